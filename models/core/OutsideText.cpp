#include "models/core/OutsideText.h"

#include <QTextDocument>

#include <optional>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
template <typename Keep>
QString filtered(const QString& text, Keep keep)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
            if (const std::optional<char32_t> kept = keep(code))
                result += QChar::fromUcs4(*kept);
            continue;
        }
        if (const std::optional<char32_t> kept = keep(c.unicode()))
            result += QChar::fromUcs4(*kept);
    }
    return result;
}

bool hasDisguise(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text.at(++i));
        if (OutsideText::isDisguise(code))
            return true;
    }
    return false;
}

int codePoints(const QString& text)
{
    return int(text.toUcs4().size());
}

QString firstCodePoints(const QString& text, int count)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()),
                             qBound(qsizetype(0), qsizetype(count), ucs4.size()));
}
} // namespace

bool OutsideText::isDisguise(char32_t c)
{
    return c != 0x200C && c != 0x200D && QChar::category(c) == QChar::Other_Format;
}

QString OutsideText::clean(const QString& text)
{
    if (!hasDisguise(text))
        return text;
    return filtered(text, [](char32_t c) { return isDisguise(c) ? std::nullopt : std::optional<char32_t>(c); });
}

QString OutsideText::name(const QString& text)
{
    return filtered(text,
                    [](char32_t c) -> std::optional<char32_t> {
                        if (isDisguise(c))
                            return std::nullopt;
                        const QChar::Category category = QChar::category(c);
                        if (category == QChar::Other_Control || category == QChar::Separator_Line
                            || category == QChar::Separator_Paragraph)
                            return U' ';
                        return c;
                    })
        .trimmed();
}

QString OutsideText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(clean(text), Qt::WhiteSpaceNormal);
}

QString OutsideText::escaped(const QString& text)
{
    return clean(text).toHtmlEscaped();
}

QString OutsideText::escapedInJson(const QString& json)
{
    if (!hasDisguise(json))
        return json;
    QString result;
    result.reserve(json.size() + 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < json.size() && json.at(i + 1).isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(c, json.at(i + 1)) : c.unicode();
        const qsizetype units = pair ? 2 : 1;
        if (isDisguise(code)) {
            for (qsizetype k = 0; k < units; ++k)
                result += u"\\u"_s + QString::number(json.at(i + k).unicode(), 16).rightJustified(4, u'0').toUpper();
        } else {
            result += json.mid(i, units);
        }
        i += units - 1;
    }
    return result;
}

QString OutsideText::shortened(const QString& name, int maxLength)
{
    if (maxLength < 1 || codePoints(name) <= maxLength)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    QString extension = dot > 0 ? name.mid(dot) : QString();
    if (codePoints(extension) > 13 || codePoints(extension) + 2 > maxLength)
        extension.clear();
    const QString base = extension.isEmpty() ? name : name.left(dot);
    const int room = maxLength - codePoints(extension) - 1; // one for the ellipsis
    const int head = (room + 1) / 2;
    const int tail = room - head;
    const QList<uint> ucs4 = base.toUcs4();
    const QString end =
        tail > 0 ? QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData() + ucs4.size() - tail), tail)
                 : QString();
    return firstCodePoints(base, head) + u'…' + end + extension;
}

} // namespace CaseDesk

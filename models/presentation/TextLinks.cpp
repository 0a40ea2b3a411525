#include "models/presentation/TextLinks.h"

#include "models/core/OutsideText.h"

#include <array>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype kCaseNumberDigits = 8;

// The code point at `i` and how many UTF-16 units it takes.
std::pair<char32_t, int> codePointAt(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

// The code point that ends before `i`.
char32_t codePointBefore(const QString& text, qsizetype i)
{
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    return c.unicode();
}

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

// A character an address written in text can hold (RFC 3986's characters, and letters beyond ASCII as an
// IRI has them). Format characters end it too, joiners included: an address has no use for invisible ones.
bool isAddressCharacter(char32_t c)
{
    if (c <= 0x20 || c == 0x7f)
        return false;
    switch (c) {
    case u'<':
    case u'>':
    case u'"':
    case u'`':
    case u'{':
    case u'}':
    case u'|':
    case u'\\':
    case u'^':
        return false;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// Punctuation that ends a sentence or a quotation rather than an address.
bool isTrailingPunctuation(char32_t c)
{
    if (c < 0x80)
        return QStringView(u".,;:!?'*").contains(QChar(c));
    switch (QChar::category(c)) {
    case QChar::Punctuation_Other:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_Dash:
        return true;
    default:
        return false;
    }
}

// The end of the address that starts at `start` (after its scheme, at `from`): the run of address characters
// without the punctuation that follows an address in a sentence.
qsizetype addressEnd(const QString& text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size()) {
        const auto [c, width] = codePointAt(text, end);
        if (!isAddressCharacter(c))
            break;
        end += width;
    }
    while (end > from) {
        const char32_t last = codePointBefore(text, end);
        const int width = last > 0xffff ? 2 : 1;
        if (last == u')' || last == u']') {
            // A closing bracket belongs to the address when it closes one the address opened ("…/Foo_(bar)").
            const QChar open = last == u')' ? u'(' : u'[';
            const QStringView address = QStringView(text).mid(from, end - from);
            if (address.count(QChar(last)) <= address.count(open))
                break;
        } else if (!isTrailingPunctuation(last)) {
            break;
        }
        end -= width;
    }
    return end;
}

// An address ready to open, or an invalid QUrl.
QUrl checkedAddress(const QString& written, TextLink::Kind kind)
{
    QUrl url(written, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    if (kind == TextLink::Kind::Web) {
        const QString scheme = url.scheme();
        if ((scheme != u"http"_s && scheme != u"https"_s) || url.host(QUrl::FullyEncoded).isEmpty())
            return {};
        return url;
    }
    // mailto:user@domain, optionally ?subject=…: one "@" with something either side.
    const QString address = url.path();
    const qsizetype at = address.indexOf(u'@');
    if (url.scheme() != u"mailto"_s || !url.host().isEmpty() || at <= 0 || at == address.size() - 1
        || address.indexOf(u'@', at + 1) >= 0 || address.contains(u'/'))
        return {};
    return url;
}

// `text` shortened to about kShownLength characters with "…" in the middle, never inside a surrogate pair.
QString shortenedAddress(const QString& text)
{
    if (text.size() <= TextLinks::kShownLength)
        return text;
    const qsizetype tail = TextLinks::kShownLength / 3;
    qsizetype head = TextLinks::kShownLength - tail - 1;
    if (text.at(head - 1).isHighSurrogate())
        --head;
    qsizetype tailFrom = text.size() - tail;
    if (text.at(tailFrom).isLowSurrogate())
        ++tailFrom;
    return text.left(head) + u'…' + text.mid(tailFrom);
}

// Characters that make a digit run part of something else when they touch it: a longer number or code
// ("11150929-2", "+49 30 1234567"), a path, an address or a query ("/cases/11150929", "id=11150929").
bool joinsNumber(char32_t c)
{
    return c < 0x80 && QStringView(u"-+_/\\@%&=$~").contains(QChar(c));
}

bool isCaseNumberAt(const QString& text, qsizetype start, qsizetype end)
{
    if (start > 0) {
        const char32_t before = codePointBefore(text, start);
        if (QChar::isLetterOrNumber(before) || joinsNumber(before) || QChar::category(before) == QChar::Mark_NonSpacing)
            return false;
        // "1.11150929" and "1,11150929" are numbers; "see.11150929" is unusual enough to leave alone too.
        if ((before == u'.' || before == u',') && start >= 2
            && QChar::isLetterOrNumber(codePointBefore(text, start - 1)))
            return false;
    }
    if (end < text.size()) {
        const auto [after, width] = codePointAt(text, end);
        if (QChar::isLetterOrNumber(after) || joinsNumber(after) || QChar::category(after) == QChar::Mark_NonSpacing)
            return false;
        // "11150929." ends a sentence; "11150929.5" and "11150929,5" are numbers.
        if ((after == u'.' || after == u',') && end + width < text.size()
            && QChar::isLetterOrNumber(codePointAt(text, end + width).first))
            return false;
    }
    return true;
}

struct Scheme
{
    QStringView prefix;
    TextLink::Kind kind;
};
constexpr std::array<Scheme, 3> kSchemes{{
    {u"https://", TextLink::Kind::Web},
    {u"http://", TextLink::Kind::Web},
    {u"mailto:", TextLink::Kind::Mail},
}};
} // namespace

QString TextLink::target() const
{
    return kind == Kind::Case ? caseNumber : url.toString(QUrl::FullyEncoded);
}

QString TextLink::host() const
{
    return kind == Kind::Web ? url.host(QUrl::FullyEncoded) : QString();
}

bool TextLink::needsConfirmation() const
{
    if (kind == Kind::Case)
        return false;
    return shown != target() || !url.userInfo().isEmpty();
}

TextLinks::TextLinks(const QString& text)
    : m_text(text)
{
    qsizetype i = 0;
    while (i < text.size() && m_links.size() <= kMaxLinks) {
        const QChar c = text.at(i);
        // An address: its scheme where a word starts.
        const bool startsWord = i == 0 || !QChar::isLetterOrNumber(codePointBefore(text, i));
        if (startsWord && (c == u'h' || c == u'H' || c == u'm' || c == u'M')) {
            qsizetype next = i;
            for (const Scheme& scheme : kSchemes) {
                if (!QStringView(text).mid(i).startsWith(scheme.prefix, Qt::CaseInsensitive))
                    continue;
                // Whether or not it is an address, the rest of the run is not a case number or another address.
                next = addressEnd(text, i + scheme.prefix.size());
                const QString written = text.mid(i, next - i);
                const QUrl url = written.size() > scheme.prefix.size() && written.size() <= kMaxUrlLength
                                     ? checkedAddress(written, scheme.kind)
                                     : QUrl();
                if (url.isValid()) {
                    TextLink link;
                    link.kind = scheme.kind;
                    link.start = i;
                    link.length = next - i;
                    link.url = url;
                    link.shown = shortenedAddress(written);
                    m_links.append(link);
                }
                break;
            }
            if (next > i) {
                i = next;
                continue;
            }
        }
        if (isAsciiDigit(c.unicode())) {
            qsizetype end = i;
            while (end < text.size() && isAsciiDigit(text.at(end).unicode()))
                ++end;
            if (end - i == kCaseNumberDigits && isCaseNumberAt(text, i, end)) {
                TextLink link;
                link.kind = TextLink::Kind::Case;
                link.start = i;
                link.length = end - i;
                link.caseNumber = text.mid(i, end - i);
                link.shown = link.caseNumber;
                m_links.append(link);
            }
            i = end;
            continue;
        }
        i += codePointAt(text, i).second;
    }
    if (m_links.size() > kMaxLinks)
        m_links.clear(); // a wall of links is not a note to click through: shown as the text it is
}

QString TextLinks::html() const
{
    // Everything from the server goes through plain(): format characters removed, escaped, line breaks as <br>.
    auto plain = [](QStringView part) {
        QString cleaned = OutsideText::clean(part.toString());
        cleaned.replace(u"\r\n"_s, u"\n"_s);
        for (QChar& c : cleaned) {
            if (c == u'\r')
                c = u'\n';
            else if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
                c = u' ';
        }
        return cleaned.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
    };
    QString html = u"<p style=\"white-space:pre-wrap\">"_s;
    qsizetype at = 0;
    for (qsizetype index = 0; index < m_links.size(); ++index) {
        const TextLink& link = m_links.at(index);
        html += plain(QStringView(m_text).mid(at, link.start - at));
        html += u"<a href=\"#"_s + QString::number(index) + u"\">"_s + plain(link.shown) + u"</a>"_s;
        at = link.start + link.length;
    }
    html += plain(QStringView(m_text).mid(at));
    html += u"</p>"_s;
    return html;
}

const TextLink* TextLinks::find(const QString& href) const
{
    if (!href.startsWith(u'#'))
        return nullptr;
    bool ok = false;
    const int index = href.mid(1).toInt(&ok);
    if (!ok || index < 0 || index >= m_links.size() || href != u'#' + QString::number(index))
        return nullptr;
    return &m_links.at(index);
}

} // namespace CaseDesk

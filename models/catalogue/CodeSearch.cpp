#include "models/catalogue/CodeSearch.h"

#include <QRegularExpression>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString fold(const QString& text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}
} // namespace

CodeSearch::CodeSearch(const QString& query)
{
    static const QRegularExpression numeric(u"^[0-9][0-9-]*$|^-[0-9][0-9-]*$"_s);
    const QStringList parts = query.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (numeric.match(part).hasMatch()) {
            m_terms.append({fold(part), digitsOf(part)});
            continue;
        }
        // "cross-connect" is two words to the label's splitter, so it is two terms here too.
        for (const QString& word : words(part))
            m_terms.append({word, QString()});
    }
}

QStringList CodeSearch::words(const QString& text)
{
    static const QRegularExpression separator(u"[^\\p{L}\\p{N}]+"_s);
    return fold(text).split(separator, Qt::SkipEmptyParts);
}

bool CodeSearch::matches(const QString& code, const QStringList& texts) const
{
    if (m_terms.isEmpty())
        return true;
    const QString codeDigits = digitsOf(code);
    QStringList textWords;
    for (const QString& text : texts)
        textWords.append(words(text));
    for (const Term& term : m_terms) {
        if (!term.digits.isEmpty() && codeDigits.contains(term.digits))
            continue;
        const bool found = std::any_of(textWords.cbegin(), textWords.cend(),
                                       [&](const QString& word) { return word.startsWith(term.word); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace CaseDesk

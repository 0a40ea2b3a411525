#include "models/store/FullTextQuery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace CaseDesk
{

QString FullTextQuery::fromUserText(const QString& text)
{
    // Shorter prefixes match most of a big store: ranking them all would keep the store thread busy for seconds.
    constexpr int kMinimumLetters = 3;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString& word : text.split(whitespace, Qt::SkipEmptyParts)) {
        const auto meaningful = std::count_if(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (meaningful < kMinimumLetters)
            continue;
        // A string in double quotes is always a plain phrase to FTS5; a quote inside is doubled.
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

} // namespace CaseDesk

#pragma once

#include <QString>
#include <QStringList>

namespace CaseDesk
{

/*
 * The code picker's search as you type. Every word of the query must match: a word of digits (and dashes)
 * matches the code's digits anywhere ("0305", "05-03", "03050301"), or any word must be the start of a
 * word of the label texts ("pow out" finds "Experiencing total power outage."). Case and accents are
 * ignored. An empty query matches everything.
 *
 *     const CodeSearch search(u"power 0002"_s);
 *     search.matches(u"0002-0000"_s, {title, category, userLabel});
 */
class CodeSearch
{
public:
    explicit CodeSearch(const QString& query);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const QString& code, const QStringList& texts) const;

    // Lower-case, accent-free words of `text`, split at anything that is not a letter or a digit.
    static QStringList words(const QString& text);

private:
    struct Term
    {
        QString word;   // folded word, for prefix matching
        QString digits; // the digits of a numeric term, for matching the code; empty otherwise
    };

    QList<Term> m_terms;
};

} // namespace CaseDesk

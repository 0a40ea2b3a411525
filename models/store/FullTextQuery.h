#pragma once

#include <QString>

namespace CaseDesk
{

// One case the full-text index found: its store key, its best rank (bm25: lower is better) and the text of
// its best-matching note (empty when only its description matched).
struct FullTextHit
{
    QString key;
    double rank = 0;
    QString noteText;
    bool operator==(const FullTextHit&) const = default;
};

/*
 * The list's quick-filter text as an SQLite FTS5 query. The user's text is never FTS5 syntax: each word
 * becomes a quoted prefix term ("cross"* "conn"*), all of which must occur, so quotes, stars, AND/OR/NOT,
 * NEAR, parentheses, carets and column filters ("text:") are matched as text or dropped, never obeyed.
 * Words of fewer than three letters or digits are left out (they match most of a big store; the list's own
 * filter still applies them); no word left means no full-text search.
 *
 *     const QString match = FullTextQuery::fromUserText(u"cross-connect carrier"_s);
 *     if (!match.isEmpty()) query.addBindValue(match);   // ... WHERE notes_fts MATCH ?
 *
 * (compiled and run, without the SQL, in tests/unit/tst_headerexamples.cpp)
 */
namespace FullTextQuery
{
QString fromUserText(const QString& text);
} // namespace FullTextQuery

} // namespace CaseDesk

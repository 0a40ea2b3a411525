#pragma once

#include "models/items/CaseFilter.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace CaseDesk
{

class CaseListModel;

/*
 * The sorted, filtered order of CaseListModel's rows, as plain index vectors: no signals, no Qt model
 * protocol (CaseSortFilterModel adds that). It keeps every row sorted, whether shown or not, so a filter
 * change only picks rows out of that order, and it keeps the filter's verdict per row in three parts
 * (text, status, the rest) so status counts can ignore the status filter.
 */
class CaseOrder
{
public:
    void setModel(const CaseListModel* cases) { m_cases = cases; }
    void setMatcher(const CaseFilterMatcher& matcher) { m_matcher = matcher; }
    void setSort(int column, Qt::SortOrder order);

    // Everything from scratch: verdicts, order, shown rows.
    void rebuild();
    void resort();
    enum class Refilter
    {
        Everything,
        Text,       // only the text changed
        NarrowText, // the text grew at its end: only rows whose text matched can still match
    };
    void refilter(Refilter what);

    // Source rows [first, last] were inserted: they join the order, not (yet) the shown rows.
    void insertSourceRows(int first, int last);
    // Source rows [first, last] are gone (their shown rows must already be hidden).
    void removeSourceRows(int first, int last);
    // A row's data changed: new verdict, new place in the order. Shown rows are left to the caller.
    void reevaluate(int sourceRow);

    // Where a row belongs by the current order among the other shown rows.
    int shownPosition(int sourceRow);
    void show(int proxyRow, int sourceRow);
    void hide(int proxyRow);
    void moveShown(int from, int to);
    // Puts every shown row where the order says, after reevaluate() calls whose shown rows stayed in place.
    void placeShown() { rebuildShown(); }

    // Full-text matches (the store's FTS index over notes and descriptions), best first: these rows pass the
    // text filter too, and while there are any, shown rows are ordered by their rank before the sort column.
    // Lower is better (bm25); an empty hash ends it.
    void setRanks(const QHash<int, double>& rankBySourceRow);
    bool hasRanks() const { return !m_rankedRows.empty(); }

    bool accepted(int sourceRow) const;
    int proxyOf(int sourceRow) const { return m_proxyOf[size_t(sourceRow)]; }
    int sourceOf(int proxyRow) const { return m_shown[size_t(proxyRow)]; }
    int shownCount() const { return int(m_shown.size()); }
    // Rows per raw status among those passing every filter but the status filter.
    QHash<QString, int> statusCounts() const;

private:
    bool lessThan(int left, int right) const;
    // The shown order: by rank first while there are ranks, then lessThan.
    bool shownLessThan(int left, int right) const;
    void evaluate(int sourceRow);
    void rebuildShown();
    void renumberFrom(int proxyRow);
    quint16 statusIdOf(const QString& status);

    const CaseListModel* m_cases = nullptr;
    CaseFilterMatcher m_matcher{CaseFilter{}};
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;   // every source row, sorted
    std::vector<int> m_shown;   // proxy row -> source row: the accepted part of m_order
    std::vector<int> m_proxyOf; // source row -> proxy row, -1 when filtered out
    std::vector<quint8> m_textOk, m_statusOk, m_otherOk;
    std::vector<double> m_rank;    // per source row; +infinity when not a full-text match
    std::vector<int> m_rankedRows; // the source rows with a finite rank
    // Each row's status as a small number, so counting statuses per keystroke hashes no strings.
    std::vector<quint16> m_statusId;
    QStringList m_statusNames;
    QHash<QString, quint16> m_statusIds;
};

} // namespace CaseDesk

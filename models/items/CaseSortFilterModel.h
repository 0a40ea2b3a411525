#pragma once

#include "models/items/CaseFilter.h"
#include "models/items/CaseOrder.h"
#include "models/store/FullTextQuery.h"

#include <QAbstractProxyModel>
#include <QHash>

#include <functional>

namespace CaseDesk
{

class CaseListModel;

/*
 * The ticket list as shown: CaseListModel's rows filtered by a CaseFilter and sorted by any column,
 * fast enough for tens of thousands of rows per keystroke.
 *
 *     auto* view = new CaseSortFilterModel(this);
 *     view->setSourceModel(cases);
 *     view->sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
 *     connect(searchField, &QLineEdit::textChanged, view, &CaseSortFilterModel::setFilterText);
 *
 * Unlike QSortFilterProxyModel it compares precomputed keys (CaseRow) instead of calling data(), keeps one
 * sorted order of every row so filtering never sorts, and re-tests only the rows that still matched when
 * the query grew at its end. A filter or sort change is one layout change that moves persistent indexes,
 * so the selection stays on the same cases; single-case updates become row inserts, removals or moves, and
 * the moves of a group of changes (CaseListModel::changesAboutToBeApplied) one layout change at its end.
 * Status counts (rows passing every filter but the status filter) follow each change.
 * Full-text matches from the store (FullTextSearch feeds them) join the rows the quick text matches, best
 * first, until the text changes again.
 */
class CaseSortFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CaseSortFilterModel(QObject* parent = nullptr);

    // Must be a CaseListModel.
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    CaseListModel* caseModel() const { return m_cases; }

    CaseFilter filter() const { return m_filter; }
    void setFilter(const CaseFilter& filter);
    void setFilterText(const QString& text);
    void setStatusFilter(const QStringList& statuses);
    // The store's full-text hits for `text`: ignored unless it is still the filter's text. They are shown even
    // where the list's own text does not match, ordered by rank ahead of the sort column.
    void setFullTextMatches(const QString& text, const QList<FullTextHit>& hits);
    bool hasFullTextMatches() const { return m_order.hasRanks(); }
    // The text of the note that matched best in that case, empty when none did (or no search is on).
    QString bestMatchingNote(const QString& key) const { return m_bestNotes.value(key); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows per raw status among those passing every filter except the status filter.
    QHash<QString, int> statusCounts() const { return m_statusCounts; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

signals:
    void filterChanged();
    void fullTextMatchesChanged(int count);
    void statusCountsChanged();

private:
    void connectSource();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(int first, int last, const QList<int>& roles);
    void updateRow(int sourceRow, const QList<int>& roles);
    void placeMovedRows();
    void relayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change);
    void applyFilter(const CaseFilter& filter);
    void scheduleCounts();

    CaseListModel* m_cases = nullptr;
    CaseOrder m_order;
    CaseFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, int> m_statusCounts;
    QHash<QString, QString> m_bestNotes;
    QList<FullTextHit> m_hits;
    bool m_countsScheduled = false;
    // While the source applies several changes, the shown rows whose place may have changed (source rows):
    // moved in one layout change at the end, not one row move each (each costs the views a pass over every
    // row: 60 moves in a 50,000-row list stalled the UI thread).
    bool m_groupingMoves = false;
    std::vector<int> m_movedLater;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace CaseDesk

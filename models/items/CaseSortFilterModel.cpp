#include "models/items/CaseSortFilterModel.h"

#include "models/items/CaseListModel.h"

#include <QTimer>

namespace CaseDesk
{

namespace
{
// Changes touching more rows than this are applied as one layout change rather than row by row.
constexpr int kBulkThreshold = 64;
} // namespace

CaseSortFilterModel::CaseSortFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void CaseSortFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* cases = qobject_cast<CaseListModel*>(sourceModel);
    Q_ASSERT_X(!sourceModel || cases, "CaseSortFilterModel", "the source model must be a CaseListModel");
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_movedLater.clear();
    m_groupingMoves = false;
    m_cases = cases;
    if (cases)
        cases->prepareSort(m_sortColumn);
    m_order.setModel(cases);
    QAbstractProxyModel::setSourceModel(cases);
    connectSource();
    m_order.rebuild();
    endResetModel();
    scheduleCounts();
}

void CaseSortFilterModel::connectSource()
{
    if (!m_cases)
        return;
    auto* source = m_cases;
    auto startOver = [this] {
        m_cases->prepareSort(m_sortColumn); // rows a reset brought in may lack what the sort compares
        m_movedLater.clear();
        m_order.rebuild();
        endResetModel();
        scheduleCounts();
    };
    m_connections = {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &CaseSortFilterModel::beginResetModel),
        connect(source, &QAbstractItemModel::modelReset, this, startOver),
        // CaseListModel never changes its layout; should a source do so, start over.
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &CaseSortFilterModel::beginResetModel),
        connect(source, &QAbstractItemModel::layoutChanged, this, startOver),
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); }),
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex&, int first, int last) { onRowsAboutToBeRemoved(first, last); }),
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex&, int first, int last) { onRowsRemoved(first, last); }),
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                    onDataChanged(topLeft.row(), bottomRight.row(), roles);
                }),
        connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        connect(source, &CaseListModel::changesAboutToBeApplied, this, [this] { m_groupingMoves = true; }),
        connect(source, &CaseListModel::changesApplied, this, &CaseSortFilterModel::placeMovedRows),
    };
}

void CaseSortFilterModel::relayout(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()>& change)
{
    emit layoutAboutToBeChanged({}, hint);
    // Persistent indexes (selection, current index) follow their cases; those filtered out become invalid.
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceRows.append(m_order.sourceOf(index.row()));
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int proxyRow = m_order.proxyOf(sourceRows[i]);
        after.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void CaseSortFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column >= 0 && column < CaseListModel::ColumnCount ? column : -1;
    m_sortOrder = order;
    m_order.setSort(m_sortColumn, order);
    if (m_cases)
        m_cases->prepareSort(m_sortColumn);
    if (m_cases)
        relayout(QAbstractItemModel::VerticalSortHint, [this] { m_order.resort(); });
}

void CaseSortFilterModel::setFilter(const CaseFilter& filter)
{
    if (filter != m_filter)
        applyFilter(filter);
}

void CaseSortFilterModel::setFilterText(const QString& text)
{
    CaseFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void CaseSortFilterModel::setStatusFilter(const QStringList& statuses)
{
    CaseFilter filter = m_filter;
    filter.statuses = statuses;
    setFilter(filter);
}

void CaseSortFilterModel::applyFilter(const CaseFilter& filter)
{
    CaseFilter sameButText = m_filter;
    sameButText.text = filter.text;
    auto what = CaseOrder::Refilter::Everything;
    if (sameButText == filter) {
        // Typing on at the end of the query: only rows that matched can still match.
        what = CaseFilterMatcher::narrows(m_filter.text, filter.text) ? CaseOrder::Refilter::NarrowText
                                                                      : CaseOrder::Refilter::Text;
    }
    // Full-text hits belong to the text they were found for.
    const bool dropHits = filter.text != m_filter.text && m_order.hasRanks();
    if (filter.text != m_filter.text)
        m_bestNotes.clear();
    m_filter = filter;
    m_order.setMatcher(CaseFilterMatcher(filter));
    if (m_cases) {
        relayout(QAbstractItemModel::NoLayoutChangeHint, [this, what, dropHits] {
            if (dropHits) {
                m_order.setRanks({});
                m_hits.clear();
            }
            m_order.refilter(what);
        });
        scheduleCounts();
    }
    emit filterChanged();
}

void CaseSortFilterModel::setFullTextMatches(const QString& text, const QList<FullTextHit>& hits)
{
    if (!m_cases || text != m_filter.text)
        return; // an answer to text typed before
    if (m_order.hasRanks() && hits == m_hits)
        return; // asked again after a store change, and nothing moved
    m_hits = hits;
    QHash<int, double> ranks;
    QHash<QString, QString> notes;
    for (const FullTextHit& hit : hits) {
        const int row = m_cases->rowOfKey(hit.key);
        if (row < 0)
            continue;
        ranks.insert(row, hit.rank);
        if (!hit.noteText.isEmpty())
            notes.insert(hit.key, hit.noteText);
    }
    m_bestNotes = notes;
    if (ranks.isEmpty() && !m_order.hasRanks())
        return;
    relayout(QAbstractItemModel::NoLayoutChangeHint, [this, &ranks] { m_order.setRanks(ranks); });
    scheduleCounts();
    emit fullTextMatchesChanged(int(ranks.size()));
}

void CaseSortFilterModel::onRowsInserted(int first, int last)
{
    for (int& row : m_movedLater)
        row += row >= first ? last - first + 1 : 0;
    if (last - first + 1 > kBulkThreshold) {
        relayout(QAbstractItemModel::NoLayoutChangeHint, [this, first, last] {
            m_order.insertSourceRows(first, last);
            m_order.resort();
        });
    } else {
        m_order.insertSourceRows(first, last);
        for (int r = first; r <= last; ++r) {
            if (!m_order.accepted(r))
                continue;
            const int at = m_order.shownPosition(r);
            beginInsertRows({}, at, at);
            m_order.show(at, r);
            endInsertRows();
        }
    }
    scheduleCounts();
}

void CaseSortFilterModel::placeMovedRows()
{
    m_groupingMoves = false;
    if (m_movedLater.empty())
        return;
    relayout(QAbstractItemModel::VerticalSortHint, [this] { m_order.placeShown(); });
    int top = rowCount();
    int bottom = -1;
    for (int sourceRow : std::exchange(m_movedLater, {})) {
        const int proxyRow = m_order.proxyOf(sourceRow);
        if (proxyRow >= 0) {
            top = std::min(top, proxyRow);
            bottom = std::max(bottom, proxyRow);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, 0), index(bottom, columnCount() - 1));
}

void CaseSortFilterModel::onRowsAboutToBeRemoved(int first, int last)
{
    // Leave the view before the source rows go, highest proxy row first so the others stay valid.
    std::vector<int> proxyRows;
    for (int r = first; r <= last; ++r) {
        if (m_order.proxyOf(r) >= 0)
            proxyRows.push_back(m_order.proxyOf(r));
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    for (int proxyRow : proxyRows) {
        beginRemoveRows({}, proxyRow, proxyRow);
        m_order.hide(proxyRow);
        endRemoveRows();
    }
}

void CaseSortFilterModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    std::erase_if(m_movedLater, [first, last](int row) { return row >= first && row <= last; });
    for (int& row : m_movedLater)
        row -= row > last ? count : 0;
    m_order.removeSourceRows(first, last);
    scheduleCounts();
}

void CaseSortFilterModel::onDataChanged(int first, int last, const QList<int>& roles)
{
    if (last - first + 1 > kBulkThreshold) {
        relayout(QAbstractItemModel::NoLayoutChangeHint, [this, first, last] {
            for (int r = first; r <= last; ++r)
                m_order.reevaluate(r);
            m_order.resort();
        });
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
    } else {
        for (int r = first; r <= last; ++r)
            updateRow(r, roles);
    }
    scheduleCounts();
}

void CaseSortFilterModel::updateRow(int sourceRow, const QList<int>& roles)
{
    m_order.reevaluate(sourceRow);
    const int was = m_order.proxyOf(sourceRow);
    const bool now = m_order.accepted(sourceRow);
    if (was >= 0 && !now) {
        beginRemoveRows({}, was, was);
        m_order.hide(was);
        endRemoveRows();
    } else if (was < 0 && now) {
        const int at = m_order.shownPosition(sourceRow);
        beginInsertRows({}, at, at);
        m_order.show(at, sourceRow);
        endInsertRows();
    } else if (was >= 0 && m_groupingMoves) {
        // Rows inserted meanwhile may land a little off while this one sits at its old place; the layout
        // change at the end puts every shown row where the order says.
        m_movedLater.push_back(sourceRow);
    } else if (was >= 0) {
        const int to = m_order.shownPosition(sourceRow);
        if (to != was) {
            // Qt counts the destination before the move, so moving down lands one further.
            beginMoveRows({}, was, was, {}, to > was ? to + 1 : to);
            m_order.moveShown(was, to);
            endMoveRows();
        }
        emit dataChanged(index(to, 0), index(to, columnCount() - 1), roles);
    }
}

void CaseSortFilterModel::scheduleCounts()
{
    // Once per event-loop pass, however many rows changed in it.
    if (std::exchange(m_countsScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_countsScheduled = false;
        if (!m_cases)
            return;
        const QHash<QString, int> counts = m_order.statusCounts();
        if (counts == m_statusCounts)
            return;
        m_statusCounts = counts;
        emit statusCountsChanged();
    });
}

QModelIndex CaseSortFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CaseSortFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex CaseSortFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int CaseSortFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cases ? 0 : m_order.shownCount();
}

int CaseSortFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cases ? 0 : m_cases->columnCount();
}

bool CaseSortFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CaseSortFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_cases || proxyIndex.model() != this)
        return {};
    return m_cases->index(m_order.sourceOf(proxyIndex.row()), proxyIndex.column());
}

QModelIndex CaseSortFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_cases || sourceIndex.model() != m_cases)
        return {};
    const int proxyRow = m_order.proxyOf(sourceIndex.row());
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

} // namespace CaseDesk

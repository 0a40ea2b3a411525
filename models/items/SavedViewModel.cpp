#include "models/items/SavedViewModel.h"

#include "models/core/OutsideText.h"
#include "models/items/CaseFilter.h"
#include "models/items/CaseListModel.h"
#include "models/items/SavedViews.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace CaseDesk
{

namespace
{
// Changes touching more rows than this are counted again in full.
constexpr int kBulkRows = 64;
// How old the clock of a look-back view ("updated in the last 30 days") may get before a full count.
constexpr qint64 kLookBackRefreshMs = 60'000;
} // namespace

SavedViewModel::SavedViewModel(SavedViews* views, CaseListModel* cases, QObject* parent)
    : QAbstractListModel(parent)
    , m_views(views)
    , m_cases(cases)
{
    m_counts.fill(0, m_views->count());
    connect(m_views, &SavedViews::viewAdded, this, [this](int at) {
        beginInsertRows({}, at, at);
        m_counts.insert(at, 0);
        endInsertRows();
        scheduleRecount();
    });
    connect(m_views, &SavedViews::viewAboutToBeRemoved, this, [this](int at) {
        beginRemoveRows({}, at, at);
        m_counts.removeAt(at);
        scheduleRecount();
    });
    connect(m_views, &SavedViews::viewRemoved, this, [this] { endRemoveRows(); });
    connect(m_views, &SavedViews::viewChanged, this, [this](int at) {
        emit dataChanged(index(at), index(at));
        scheduleRecount();
    });
    connect(m_cases, &QAbstractItemModel::modelReset, this, &SavedViewModel::scheduleRecount);
    connect(m_cases, &QAbstractItemModel::layoutChanged, this, &SavedViewModel::scheduleRecount);
    connect(m_cases, &QAbstractItemModel::rowsMoved, this, &SavedViewModel::scheduleRecount);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) { onRowsRemoved(first, last); });
    connect(m_cases, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                onRowsChanged(topLeft.row(), bottomRight.row());
            });
    recount();
    m_counts = m_current;
}

void SavedViewModel::scheduleRecount()
{
    // Until the full count runs, the per-row verdicts are out of step with the rows: row signals wait for it.
    m_recountScheduled = true;
    schedulePublish();
}

void SavedViewModel::schedulePublish()
{
    if (std::exchange(m_publishScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_publishScheduled = false;
        if (m_recountScheduled || matchersAreStale())
            recount();
        publishCounts();
    });
}

bool SavedViewModel::matchersAreStale() const
{
    return m_lookBack && QDateTime::currentMSecsSinceEpoch() - m_matchersMadeMs > kLookBackRefreshMs;
}

void SavedViewModel::recount()
{
    m_recountScheduled = false;
    const QList<SavedView> views = m_views->views();
    m_matchersMadeMs = QDateTime::currentMSecsSinceEpoch();
    m_lookBack = false;
    m_matchers.clear();
    for (const SavedView& view : views) {
        m_matchers.append(CaseFilterMatcher(view.filter, m_matchersMadeMs));
        m_lookBack = m_lookBack || view.filter.updatedWithinDays > 0;
    }
    const int rows = m_cases->rowCount();
    m_current.fill(0, views.size());
    m_matches.assign(size_t(views.size()), std::vector<bool>(size_t(rows), false));
    for (int r = 0; r < rows; ++r) {
        const CaseRow& row = m_cases->caseRow(r);
        const QByteArrayView text = m_cases->searchText(r);
        for (qsizetype v = 0; v < m_matchers.size(); ++v) {
            if (m_matchers[v].matches(row, text)) {
                m_matches[size_t(v)][size_t(r)] = true;
                ++m_current[v];
            }
        }
    }
}

void SavedViewModel::onRowsInserted(int first, int last)
{
    if (m_recountScheduled)
        return;
    if (last - first + 1 > kBulkRows) {
        scheduleRecount();
        return;
    }
    for (qsizetype v = 0; v < m_matchers.size(); ++v) {
        std::vector<bool>& matches = m_matches[size_t(v)];
        matches.insert(matches.begin() + first, size_t(last - first + 1), false);
        for (int r = first; r <= last; ++r) {
            if (m_matchers[v].matches(m_cases->caseRow(r), m_cases->searchText(r))) {
                matches[size_t(r)] = true;
                ++m_current[v];
            }
        }
    }
    schedulePublish();
}

void SavedViewModel::onRowsRemoved(int first, int last)
{
    if (m_recountScheduled)
        return;
    for (qsizetype v = 0; v < m_matchers.size(); ++v) {
        std::vector<bool>& matches = m_matches[size_t(v)];
        m_current[v] -= int(std::count(matches.begin() + first, matches.begin() + last + 1, true));
        matches.erase(matches.begin() + first, matches.begin() + last + 1);
    }
    schedulePublish();
}

void SavedViewModel::onRowsChanged(int first, int last)
{
    if (m_recountScheduled)
        return;
    if (last - first + 1 > kBulkRows) {
        scheduleRecount();
        return;
    }
    for (int r = first; r <= last; ++r) {
        const CaseRow& row = m_cases->caseRow(r);
        const QByteArrayView text = m_cases->searchText(r);
        for (qsizetype v = 0; v < m_matchers.size(); ++v) {
            const bool now = m_matchers[v].matches(row, text);
            std::vector<bool>::reference was = m_matches[size_t(v)][size_t(r)];
            if (now != bool(was)) {
                m_current[v] += now ? 1 : -1;
                was = now;
            }
        }
    }
    schedulePublish();
}

void SavedViewModel::publishCounts()
{
    if (m_current == m_counts)
        return;
    m_counts = m_current;
    if (!m_counts.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, CountRole});
}

int SavedViewModel::countOf(const QString& id) const
{
    const int at = m_views->indexOf(id);
    return at < 0 ? 0 : m_counts.value(at);
}

int SavedViewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

QVariant SavedViewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView view = m_views->views().at(index.row());
    const int count = m_counts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A saved view with the number of cases in it, e.g. "Open (1,204)"
        return tr("%1 (%2)").arg(OutsideText::name(view.name), QLocale().toString(count));
    case Qt::EditRole:
    case NameRole:
        return view.name;
    case IdRole:
        return view.id;
    case CountRole:
        return count;
    case BuiltInRole:
        return view.builtIn;
    default:
        return {};
    }
}

bool SavedViewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return m_views->rename(m_views->views().at(index.row()).id, value.toString());
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_views->views().at(index.row()).builtIn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> SavedViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    names.insert(BuiltInRole, "builtIn");
    return names;
}

} // namespace CaseDesk

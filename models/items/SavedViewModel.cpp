#include "models/items/SavedViewModel.h"

#include "models/core/OutsideText.h"
#include "models/items/CaseFilter.h"
#include "models/items/CaseListModel.h"
#include "models/items/SavedViews.h"

#include <QLocale>
#include <QTimer>

namespace CaseDesk
{

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
        scheduleCounts();
    });
    connect(m_views, &SavedViews::viewAboutToBeRemoved, this, [this](int at) {
        beginRemoveRows({}, at, at);
        m_counts.removeAt(at);
    });
    connect(m_views, &SavedViews::viewRemoved, this, [this] { endRemoveRows(); });
    connect(m_views, &SavedViews::viewChanged, this, [this](int at) {
        emit dataChanged(index(at), index(at));
        scheduleCounts();
    });
    connect(m_cases, &QAbstractItemModel::modelReset, this, &SavedViewModel::scheduleCounts);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &SavedViewModel::scheduleCounts);
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &SavedViewModel::scheduleCounts);
    connect(m_cases, &QAbstractItemModel::dataChanged, this, &SavedViewModel::scheduleCounts);
    recount();
}

void SavedViewModel::scheduleCounts()
{
    if (std::exchange(m_countsScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_countsScheduled = false;
        recount();
    });
}

void SavedViewModel::recount()
{
    const QList<SavedView> views = m_views->views();
    QList<CaseFilterMatcher> matchers;
    for (const SavedView& view : views)
        matchers.append(CaseFilterMatcher(view.filter));
    QList<int> counts(views.size(), 0);
    const int rows = m_cases->rowCount();
    for (int r = 0; r < rows; ++r) {
        const CaseRow& row = m_cases->caseRow(r);
        for (qsizetype v = 0; v < matchers.size(); ++v)
            counts[v] += matchers[v].matches(row, m_cases->searchText(r)) ? 1 : 0;
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
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

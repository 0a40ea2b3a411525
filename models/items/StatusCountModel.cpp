#include "models/items/StatusCountModel.h"

#include "models/core/OutsideText.h"
#include "models/domain/CaseStatus.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"

#include <QLocale>

namespace CaseDesk
{

StatusCountModel::StatusCountModel(CaseSortFilterModel* view, QObject* parent)
    : QAbstractListModel(parent)
    , m_view(view)
    , m_statuses(CaseStatus::knownRawValues())
{
    connect(m_view, &CaseSortFilterModel::statusCountsChanged, this, &StatusCountModel::onCountsChanged);
    connect(m_view, &CaseSortFilterModel::filterChanged, this, [this] {
        if (!m_statuses.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    });
    onCountsChanged();
}

void StatusCountModel::onCountsChanged()
{
    QStringList unknown;
    const QHash<QString, int> counts = m_view->statusCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_statuses.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        beginInsertRows({}, rowCount(), rowCount() + int(unknown.size()) - 1);
        m_statuses += unknown;
        endInsertRows();
    }
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, CountRole});
}

int StatusCountModel::countOf(const QString& status) const
{
    return m_view->statusCounts().value(status);
}

int StatusCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

QVariant StatusCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& status = m_statuses.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString label = status.isEmpty() ? tr("No status") : CaseStatus::label(status);
        //: A status with the number of cases that have it, e.g. "In progress (12)"
        return tr("%1 (%2)").arg(OutsideText::name(label), QLocale().toString(countOf(status)));
    }
    case Qt::CheckStateRole:
        return m_view->filter().statuses.contains(status) ? Qt::Checked : Qt::Unchecked;
    case RawStatusRole:
        return status;
    case CountRole:
        return countOf(status);
    case BadgeColorRole:
        return CaseListModel::badgeColor(status);
    default:
        return {};
    }
}

bool StatusCountModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString& status = m_statuses.at(index.row());
    QStringList statuses = m_view->filter().statuses;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == statuses.contains(status))
        return true;
    if (checked)
        statuses.append(status);
    else
        statuses.removeAll(status);
    m_view->setStatusFilter(statuses); // filterChanged() repaints the check marks
    return true;
}

Qt::ItemFlags StatusCountModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> StatusCountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RawStatusRole, "rawStatus");
    names.insert(CountRole, "count");
    names.insert(BadgeColorRole, "badgeColor");
    return names;
}

} // namespace CaseDesk

#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace CaseDesk
{

class CaseSortFilterModel;

/*
 * The status filter of the ticket list: one checkable row per status with how many cases have it among
 * those the other filters let through ("In progress (12)"). Checking rows sets the list's status filter;
 * nothing checked means every status. The known statuses are always listed; a status this version does
 * not know is added when a case has it.
 *
 *     statusList->setModel(new StatusCountModel(caseView, this));
 */
class StatusCountModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawStatusRole = Qt::UserRole + 1,
        CountRole,
        BadgeColorRole,
    };
    Q_ENUM(Role)

    explicit StatusCountModel(CaseSortFilterModel* view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onCountsChanged();
    int countOf(const QString& status) const;

    CaseSortFilterModel* m_view;
    QStringList m_statuses;
};

} // namespace CaseDesk

#pragma once

#include <QAbstractListModel>
#include <QList>

namespace CaseDesk
{

class CaseListModel;
class SavedViews;

/*
 * The saved views as a list, each with how many cases it holds right now ("Open (1,204)"). Counts are
 * recomputed over every row of the CaseListModel once per event-loop pass after the rows change. User
 * views can be renamed in place (EditRole).
 *
 *     viewList->setModel(new SavedViewModel(savedViews, cases, this));
 */
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CountRole,
        BuiltInRole,
    };
    Q_ENUM(Role)

    SavedViewModel(SavedViews* views, CaseListModel* cases, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int countOf(const QString& id) const;

private:
    void scheduleCounts();
    void recount();

    SavedViews* m_views;
    CaseListModel* m_cases;
    QList<int> m_counts;
    bool m_countsScheduled = false;
};

} // namespace CaseDesk

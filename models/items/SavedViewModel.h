#pragma once

#include "models/items/CaseFilter.h"

#include <QAbstractListModel>
#include <QList>

#include <vector>

namespace CaseDesk
{

class CaseListModel;
class SavedViews;

/*
 * The saved views as a list, each with how many cases it holds right now ("Open (1,204)"). It keeps each
 * view's verdict per row, so a changed, added or removed row moves the counts by its old and new verdicts
 * instead of a pass over every row (a refresh changes thousands of rows one by one); a reset, a changed view
 * or a bulk change counts everything again. Views that look back from now ("updated in the last 30 days")
 * are counted again in full when their clock is over a minute old. The view hears of new counts once per
 * event-loop pass. User views can be renamed in place (EditRole).
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
    void scheduleRecount();
    void recount();
    void publishCounts();
    void schedulePublish();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onRowsChanged(int first, int last);
    bool matchersAreStale() const;

    SavedViews* m_views;
    CaseListModel* m_cases;
    QList<int> m_counts;  // what the view shows
    QList<int> m_current; // what the rows say now
    QList<CaseFilterMatcher> m_matchers;
    std::vector<std::vector<bool>> m_matches; // per view, per source row
    qint64 m_matchersMadeMs = 0;
    bool m_lookBack = false; // a view's filter depends on the time ("updated within")
    bool m_recountScheduled = false;
    bool m_publishScheduled = false;
};

} // namespace CaseDesk

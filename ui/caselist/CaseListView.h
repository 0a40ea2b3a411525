#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListView;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace CaseDesk
{

class CaseFilterBar;
class CaseListModel;
class CaseSelectionActions;
class CaseSortFilterModel;
class SavedViewModel;
class SavedViews;
class StatusCountModel;

/*
 * The ticket list: saved views and status counts on the left, the filter bar and the table on the right.
 * Sorting, column order, widths and visibility, the chosen view and the filter survive restarts (in the
 * QSettings given, one per environment). Enter or a double click opens a case (caseActivated).
 */
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    CaseListView(CaseListModel* cases, SavedViews* views, QSettings* settings, QWidget* parent = nullptr);
    ~CaseListView() override;

    CaseSortFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    void setFamilies(const QList<std::pair<QString, QString>>& families);
    void focusQuickFilter();
    QString currentKey() const;
    // The keys of the selected rows, in the order shown; and of every row the filter lets through.
    QStringList selectedKeys() const;
    QStringList keysInView() const;
    // What the rows' context menu offers (not owned); without it there is no context menu.
    void setSelectionActions(CaseSelectionActions* actions);
    // The rows' context menu at `position` (in the table's viewport), as a right click or the Menu key opens it.
    void showRowMenu(const QPoint& position);
    // Selects the saved view `id` ("" = all cases).
    void selectView(const QString& id);
    QString selectedView() const { return m_viewId; }

public slots:
    void saveCurrentFilterAsView();
    void deleteSelectedView();

signals:
    void caseActivated(const QString& key);

private:
    void buildSidebar(QWidget* sidebar);
    void applyBar();
    void updateEmptyState();
    void updateAllCasesText();
    void showHeaderMenu(const QPoint& position);
    void saveState();
    void restoreState();

    CaseListModel* m_cases;
    QPointer<CaseSelectionActions> m_selectionActions;
    SavedViews* m_views;
    QSettings* m_settings;
    CaseSortFilterModel* m_proxy;
    SavedViewModel* m_viewModel;
    StatusCountModel* m_statusModel;
    CaseFilterBar* m_bar;
    QTableView* m_table;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QPushButton* m_allCases;
    QListView* m_viewList;
    QListView* m_statusList;
    QPushButton* m_deleteView;
    QTimer m_saveTimer;
    QString m_viewId;
    bool m_restoring = false;
};

} // namespace CaseDesk

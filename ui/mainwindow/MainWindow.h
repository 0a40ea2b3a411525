#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;
class QMenu;
class QTabWidget;
class QToolBar;

namespace CaseDesk
{

/*
 * The application's main window: a thin shell. It holds the menus and their actions, the toolbar, a tab widget
 * (the ticket list first, then one tab per open case), a banner for problems and the status bar. What the actions do is
 * wired by the composition root; the views inside are built elsewhere.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Action
    {
        NewCase,
        GoToCase,
        FindOnServer,
        ExportList,
        RefreshAll,
        FocusFilter,
        SaveView,
        CloseTab,
        NextTab,
        PreviousTab,
        Preferences,
        Quit,
        Shortcuts,
        About,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* action(Action which) const;
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* caseMenu() const { return m_caseMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    // New case, Go to case and Refresh open cases, with icons; a session adds Drafts and Outbox. View ▸
    // Toolbar (its toggleViewAction()) shows and hides it.
    QToolBar* toolBar() const { return m_toolBar; }
    QTabWidget* tabs() const { return m_tabs; }
    // The ticket list, as the first tab (not closable).
    void setListView(QWidget* list);

    void setEnvironmentName(const QString& name);
    // Production environments: the environment's name in the status bar in the production band's colours.
    void setProduction(bool production);
    bool isProduction() const { return m_production; }
    QString environmentName() const { return m_environment; }
    void setChangedCount(int count);
    void setConnectionText(const QString& text);
    // A problem the user must know about (the sandbox did not start, sign-in refused): shown in a banner.
    void showProblem(const QString& message);
    QString problemText() const;
    void showStatusMessage(const QString& message);
    // A link that cannot open (from a click in another program, so a box the user sees wherever they look).
    void showLinkProblem(const QString& message);
    QMessageBox* linkProblemBox() const;
    // Another start handed over, or a notification was clicked: shown, restored if minimised, raised and
    // activated. `activationToken` is the XDG activation token the later start or the notification service
    // brought (Wayland); Qt 6.4 has no call that takes one, but its Wayland plugin uses XDG_ACTIVATION_TOKEN
    // from the environment when the window asks to be activated, so it is set for that call.
    void bringToFront(const QString& activationToken = {});
    // A strip above the tabs, under the problem banner (the connection banner); deleting it takes it out.
    void setBanner(QWidget* banner);

private:
    void createActions();
    void createToolBar();
    void updateTitle();
    void showShortcuts();

    QLabel* m_environmentLabel;
    bool m_production = false;
    QLabel* m_connectionLabel;
    QLabel* m_problemLabel;
    QTabWidget* m_tabs;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_caseMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_toolBarMenuAnchor = nullptr; // View: the toolbar's toggle goes above it
    QHash<Action, QAction*> m_actions;
    QString m_environment;
    int m_changed = 0;
    QPointer<QMessageBox> m_linkProblem;
};

} // namespace CaseDesk

#include "ui/mainwindow/MainWindow.h"

#include "models/core/Diagnostics.h"
#include "models/core/Logging.h"
#include "models/core/OutsideText.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/widgets/ActionIcons.h"
#include "ui/widgets/AppIcon.h"
#include "ui/widgets/ContextShortcuts.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace CaseDesk
{

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_environmentLabel(PlainText::label(QString(), this))
    , m_connectionLabel(PlainText::label(QString(), this))
    , m_problemLabel(PlainText::label(QString(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcon::icon()); // the tray takes it from here too (app/PreferencesController)
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setAccessibleName(tr("Environment"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::setStyle(m_problemLabel, [](const ThemeColors& colors) {
        return colors.bannerStyle(colors.problemBanner(), QStringLiteral("QLabel"), QStringLiteral("padding: 8px;"));
    });
    m_problemLabel->setVisible(false);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) // the ticket list stays
            delete m_tabs->widget(index);
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createActions();
    createToolBar();
    updateTitle();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](Action which, const QString& text, const QKeySequence& shortcut, const QString& name) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        m_actions.insert(which, action);
        addAction(action);
        return action;
    };
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(make(Action::NewCase, tr("&New case…"), QKeySequence::New, QStringLiteral("newCaseAction")));
    m_fileMenu->addAction(make(Action::GoToCase, tr("&Go to case…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                               QStringLiteral("goToCaseAction")));
    m_fileMenu->addAction(make(Action::FindOnServer, tr("&Find on server…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QStringLiteral("findOnServerAction")));
    m_fileMenu->addAction(make(Action::ExportList, tr("&Export list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                               QStringLiteral("exportListAction")));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(
        make(Action::Preferences, tr("&Preferences…"), QKeySequence::Preferences, QStringLiteral("preferencesAction")));
    m_fileMenu->addSeparator();
    QAction* quit = make(Action::Quit, tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(make(Action::RefreshAll, tr("&Refresh open cases"), ContextShortcuts::refreshAll(),
                               QStringLiteral("refreshAllAction")));
    m_viewMenu->addAction(
        make(Action::FocusFilter, tr("&Filter the list"), QKeySequence::Find, QStringLiteral("focusFilterAction")));
    m_viewMenu->addAction(make(Action::SaveView, tr("&Save view…"), QKeySequence(), QStringLiteral("saveViewAction")));
    m_viewMenu->addSeparator();
    m_toolBarMenuAnchor = m_viewMenu->addSeparator();
    QAction* close =
        make(Action::CloseTab, tr("&Close case tab"), QKeySequence::Close, QStringLiteral("closeTabAction"));
    connect(close, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > 0)
            delete m_tabs->currentWidget();
    });
    m_viewMenu->addAction(close);
    QAction* next = make(Action::NextTab, tr("&Next tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                         QStringLiteral("nextTabAction"));
    connect(next, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % qMax(1, m_tabs->count())); });
    m_viewMenu->addAction(next);
    QAction* previous = make(Action::PreviousTab, tr("&Previous tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                             QStringLiteral("previousTabAction"));
    connect(previous, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % qMax(1, m_tabs->count()));
    });
    m_viewMenu->addAction(previous);

    m_caseMenu = menuBar()->addMenu(tr("&Case"));
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = make(Action::Shortcuts, tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
                              QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addAction(shortcuts);
    QAction* about = make(Action::About, tr("&About CaseDesk"), QKeySequence(), QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(Diagnostics::collect(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(about);
}

void MainWindow::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setWindowTitle(tr("&Toolbar")); // also the text of its toggle in View and the toolbars' menu
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle); // icons only, or with text, as the desktop says
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    auto add = [this](Action which, ActionIcons::Icon icon, const QString& iconText) {
        QAction* action = m_actions.value(which);
        action->setIcon(ActionIcons::icon(icon));
        action->setIconText(iconText);
        // What the menu calls it, with its keys: "Refresh open cases (Ctrl+Shift+R)".
        action->setToolTip(tr("%1 (%2)").arg(QString(action->text()).remove(u'&'),
                                             action->shortcut().toString(QKeySequence::NativeText)));
        m_toolBar->addAction(action);
    };
    add(Action::NewCase, ActionIcons::NewCase, tr("New case"));
    add(Action::GoToCase, ActionIcons::GoToCase, tr("Go to case"));
    add(Action::RefreshAll, ActionIcons::Refresh, tr("Refresh"));

    QAction* toggle = m_toolBar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showToolBarAction"));
    m_viewMenu->insertAction(m_toolBarMenuAnchor, toggle);
}

QAction* MainWindow::action(Action which) const
{
    return m_actions.value(which);
}

void MainWindow::setListView(QWidget* list)
{
    m_tabs->insertTab(0, list, tr("Cases"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::setEnvironmentName(const QString& name)
{
    m_environment = name;
    PlainText::setText(m_environmentLabel, name);
    updateTitle();
}

void MainWindow::setProduction(bool production)
{
    m_production = production;
    ThemeColors::setStyle(m_environmentLabel, [production](const ThemeColors& colors) {
        return production ? colors.bannerStyle(colors.productionBand(), QStringLiteral("QLabel"),
                                               QStringLiteral("font-weight: bold; padding: 0px 6px;"))
                          : QString();
    });
}

void MainWindow::setChangedCount(int count)
{
    m_changed = count;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = m_environment.isEmpty() ? tr("CaseDesk") : tr("CaseDesk – %1").arg(m_environment);
    if (m_changed > 0)
        title = tr("%1 (%n changed)", nullptr, m_changed).arg(title);
    PlainText::setWindowTitle(this, title);
}

void MainWindow::setConnectionText(const QString& text)
{
    PlainText::setText(m_connectionLabel, text);
}

void MainWindow::showProblem(const QString& message)
{
    PlainText::setText(m_problemLabel, message);
    m_problemLabel->setVisible(!message.isEmpty());
}

QString MainWindow::problemText() const
{
    return m_problemLabel->text();
}

void MainWindow::showLinkProblem(const QString& message)
{
    if (m_linkProblem)
        m_linkProblem->close();
    m_linkProblem =
        PlainText::messageBox(QMessageBox::Warning, tr("Cannot open the link"), message, QMessageBox::Close, this);
    m_linkProblem->setObjectName(QStringLiteral("linkProblemBox"));
    m_linkProblem->setAttribute(Qt::WA_DeleteOnClose);
    m_linkProblem->open();
}

QMessageBox* MainWindow::linkProblemBox() const
{
    return m_linkProblem;
}

void MainWindow::bringToFront(const QString& activationToken)
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    if (activationToken.isEmpty()) {
        activateWindow();
        return;
    }
    // The Wayland plugin reads (and unsets) it inside activateWindow(); elsewhere nothing reads it, and it is
    // taken away again so that no program CaseDesk starts later inherits a spent token.
    qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    activateWindow();
    qunsetenv("XDG_ACTIVATION_TOKEN");
    qCInfo(lcApp) << "brought the window forward with an activation token";
}

void MainWindow::showStatusMessage(const QString& message)
{
    statusBar()->showMessage(OutsideText::clean(message), 8000);
}

void MainWindow::setBanner(QWidget* banner)
{
    if (auto* layout = qobject_cast<QVBoxLayout*>(centralWidget()->layout()); layout && banner)
        layout->insertWidget(layout->indexOf(m_problemLabel) + 1, banner);
}

void MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Where")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    auto addRow = [table](const QString& command, const QKeySequence& keys, const QString& where) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(QString(command).remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(keys.toString(QKeySequence::NativeText)));
        table->setItem(row, 2, new QTableWidgetItem(where));
    };
    // The window's own commands; those of a part of it (an open case's actions among them) come from
    // ContextShortcuts, once each however many cases are open.
    QSet<QString> listed;
    QList<const QAction*> commands;
    const QList<QAction*> actions = findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty() || action->shortcutContext() != Qt::WindowShortcut
            || listed.contains(action->objectName()))
            continue;
        listed.insert(action->objectName());
        commands.append(action);
    }
    std::sort(commands.begin(), commands.end(), [](const QAction* a, const QAction* b) {
        return QString(a->text()).remove(u'&').localeAwareCompare(QString(b->text()).remove(u'&')) < 0;
    });
    for (const QAction* action : std::as_const(commands))
        addRow(action->text(), action->shortcut(), tr("Anywhere"));
    for (const ContextShortcuts::Entry& entry : ContextShortcuts::all())
        addRow(entry.command, entry.keys, entry.where);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(680, 560);
    dialog->open();
}

} // namespace CaseDesk

#include "app/AppController.h"

#include "app/EnvironmentController.h"
#include "app/LinkOpener.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/core/Logging.h"
#include "models/core/PrivateFiles.h"
#include "models/desktop/CaseLink.h"
#include "models/environment/EnvironmentLock.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/items/CaseListModel.h"
#include "models/settings/ViewState.h"
#include "models/settings/WindowSettings.h"
#include "models/store/CaseRepository.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/caselist/CaseListView.h"
#include "ui/catalogue/CatalogueActions.h"
#include "ui/dialogs/FindOnServerDialog.h"
#include "ui/dialogs/GoToCaseDialog.h"
#include "ui/export/ListExportUi.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notifications/CaseNotifications.h"
#include "ui/widgets/StartupTrace.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// CaseDesk's folders 0700 and the app's settings file 0600 before anything is written there (QSettings
// keeps an existing file's mode).
std::unique_ptr<QSettings> privateSettings()
{
    PrivateFiles::secureAppFolders();
    auto settings = std::make_unique<QSettings>();
    // Without an organization name (tests) QSettings writes nothing, and there is no file to make.
    if (settings->status() == QSettings::NoError && !PrivateFiles::createFile(settings->fileName()))
        qCWarning(lcApp) << "cannot make" << settings->fileName() << "private";
    return settings;
}
} // namespace

AppController::AppController(const AppOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(privateSettings())
    , m_viewState(std::make_unique<ViewState>(m_settings.get()))
    , m_environments(new EnvironmentController([this](const SessionConfig& config) { return startSession(config); },
                                               m_settings.get(), this))
    , m_window(std::make_unique<MainWindow>())
    , m_catalogue(new CodeCatalogue(m_settings.get(), Session::dataFolderFor(u"catalogue"_s), this))
{
    m_catalogue->load();
    m_environments->attach(m_window.get());
    // The catalogue is the app's, not an environment's: its actions live as long as the window.
    m_catalogueActions = new CatalogueActions(m_catalogue, m_window.get(), this);
    QAction* preferences = m_window->action(MainWindow::Action::Preferences);
    m_window->fileMenu()->insertAction(preferences, m_catalogueActions->loadAction());
    m_window->fileMenu()->insertAction(preferences, m_catalogueActions->resetAction());
    m_window->fileMenu()->insertSeparator(preferences);
    m_listExport = new ListExportUi(m_window.get(), this);
    connect(m_listExport, &ListExportUi::statusMessage, m_window.get(), &MainWindow::showStatusMessage);
    m_links = new LinkOpener(this);
    // A click on a case notification: that case, in the environment whose session told of it.
    connect(m_environments->notifier(), &CaseNotifications::caseRequested, this,
            [this](const QString& caseNumber, const QString& environment, const QString& activationToken) {
                m_window->bringToFront(activationToken);
                m_links->open(CaseLink{caseNumber, environment});
            });
    wireActions();
    // The toolbar as the user left it: hidden only when they hid it (View ▸ Toolbar or its context menu).
    QToolBar* toolBar = m_window->toolBar();
    toolBar->setVisible(m_viewState->toolBarVisible());
    connect(toolBar->toggleViewAction(), &QAction::toggled, this,
            [this](bool shown) { m_viewState->setToolBarVisible(shown); });
}

AppController::~AppController()
{
    // Size, position and maximized state, for the next start (the session keeps its own tabs).
    WindowSettings(m_settings.get()).setMainWindowGeometry(m_window->saveGeometry());
    // The session's views live in the window: end the session while the window exists.
    m_session.reset();
    m_window.reset();
}

CaseRepository* AppController::repository() const
{
    return m_session ? m_session->repository() : nullptr;
}

CaseTabs* AppController::caseTabs() const
{
    return m_session ? m_session->caseTabs() : nullptr;
}

CaseListView* AppController::listView() const
{
    return m_session ? m_session->listView() : nullptr;
}

void AppController::start()
{
    // As CaseDesk last ended; the first time, the window's own size. restoreGeometry() keeps it on a screen.
    if (const QByteArray geometry = WindowSettings(m_settings.get()).mainWindowGeometry(); !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    StartupTrace::watchWindow(m_window.get());
    m_window->show();
    // A link's environment is where this start begins (unless --environment says), not a second session.
    AppOptions options = m_options;
    if (options.environment.isEmpty() && !options.openRequests.isEmpty()) {
        const CaseLink::Parsed first =
            CaseLink::parseOpenArgument(options.openRequests.constFirst(), m_environments->registry()->keys());
        if (first.link)
            options.environment = first.link->environment;
    }
    m_environments->start(options);
    m_links->openAll(m_options.openRequests);
}

void AppController::handleLaterStart(const QStringList& arguments, const QString& activationToken)
{
    qCInfo(lcApp).noquote() << "a later start handed over" << arguments.size() << "argument(s)"
                            << (activationToken.isEmpty() ? "without an activation token" : "with an activation token");
    m_window->bringToFront(activationToken);
    QString error;
    const AppOptions options = AppOptions::fromArguments(arguments, &error);
    if (!error.isEmpty()) {
        m_window->showLinkProblem(error);
        return;
    }
    m_links->openAll(options.openRequests);
}

bool AppController::startSession(const SessionConfig& config)
{
    // One process per environment's data: taken before anything of the new session exists, so a second copy
    // never reads, let alone sends, another's outbox.
    const QString folder = Session::dataFolderFor(config.key);
    // The same environment again (after signing out, say): this process keeps the lock it holds.
    auto lock =
        m_lock && m_lock->dataFolder() == folder ? std::move(m_lock) : std::make_unique<EnvironmentLock>(folder);
    if (!lock->acquire()) {
        const QString why = lock->explanation(config.displayName);
        if (m_session)
            m_window->showStatusMessage(why);
        else
            m_window->showProblem(why);
        return false;
    }
    m_session.reset();
    m_lock = std::move(lock); // the old environment's lock goes only now, after its session
    m_window->showProblem({});
    m_window->setEnvironmentName(config.displayName);
    m_session = std::make_unique<Session>(config, m_window.get(), m_catalogue);
    connect(m_session.get(), &Session::connectionTextChanged, m_window.get(), &MainWindow::setConnectionText);
    connect(m_session.get(), &Session::problem, m_window.get(), &MainWindow::showProblem);
    connect(m_session->caseTabs(), &CaseTabs::currentCaseChanged, this, &AppController::fillCaseMenu);
    m_session->caseTabs()->setViewState(m_viewState.get());
    fillCaseMenu(nullptr);
    m_environments->sessionCreated(m_session.get());
    m_session->start();
    m_links->sessionStarted(m_session.get());
    return true;
}

void AppController::wireActions()
{
    MainWindow* window = m_window.get();
    connect(window->action(MainWindow::Action::GoToCase), &QAction::triggered, this, &AppController::openGoToCase);
    connect(window->action(MainWindow::Action::FindOnServer), &QAction::triggered, this,
            &AppController::openFindOnServer);
    connect(window->action(MainWindow::Action::ExportList), &QAction::triggered, this, [this] {
        if (listView())
            m_listExport->exportTable(listView()->table(), CaseListModel::DateTimeRole);
    });
    connect(window->action(MainWindow::Action::FocusFilter), &QAction::triggered, this, [this] {
        m_window->tabs()->setCurrentIndex(0);
        if (listView())
            listView()->focusQuickFilter();
    });
    connect(window->action(MainWindow::Action::SaveView), &QAction::triggered, this, [this] {
        if (listView())
            listView()->saveCurrentFilterAsView();
    });
    connect(window->action(MainWindow::Action::RefreshAll), &QAction::triggered, this, [this] {
        if (!repository())
            return;
        repository()->refreshOpenCases(this, [this](int count) {
            m_window->showStatusMessage(tr("Refreshing %n open case(s)…", nullptr, count));
        });
    });
}

void AppController::fillCaseMenu(CaseDetailView* view)
{
    // The Case menu acts on the case in front; its shortcuts then work from anywhere in the window.
    QMenu* menu = m_window->caseMenu();
    menu->clear();
    if (!view) {
        QAction* none = menu->addAction(tr("Open a case from the list to act on it"));
        none->setEnabled(false);
        return;
    }
    menu->addAction(view->refreshAction());
    menu->addAction(view->writeNoteAction());
    menu->addAction(view->newLikeThisAction());
    menu->addSeparator();
    menu->addAction(view->exportPdfAction());
    menu->addAction(view->printAction());
    menu->addAction(view->exportEvidencePackAction());
    menu->addAction(view->copyLinkAction());
    menu->addSeparator();
    menu->addAction(view->cancelAction());
}

void AppController::openGoToCase()
{
    if (!m_session)
        return;
    auto* dialog = new GoToCaseDialog(repository(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoToCaseDialog::caseFound, caseTabs(), &CaseTabs::openCase);
    dialog->open();
}

void AppController::openFindOnServer()
{
    if (!m_session)
        return;
    auto* dialog = new FindOnServerDialog(repository(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindOnServerDialog::found, this, [this](const QStringList& keys) {
        m_window->tabs()->setCurrentIndex(0);
        if (repository())
            repository()->refresh(keys); // hits are partial rows until fetched
    });
    dialog->open();
}

} // namespace CaseDesk

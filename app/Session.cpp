#include "app/Session.h"

#include "models/actions/CaseActions.h"
#include "models/api/ApiClient.h"
#include "models/api/ConnectionStatus.h"
#include "models/attachments/AttachmentService.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/core/Logging.h"
#include "models/core/PrivateFiles.h"
#include "models/environment/LocalSandbox.h"
#include "models/export/CaseExporter.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/FullTextSearch.h"
#include "models/items/SavedViews.h"
#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/OfflineServices.h"
#include "models/settings/WindowSettings.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/AutoRefresher.h"
#include "models/store/CaseRepository.h"
#include "models/store/FirstRunImport.h"
#include "models/templates/NoteTemplates.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/caselist/CaseListView.h"
#include "ui/caselist/CaseSelectionActions.h"
#include "ui/export/CaseExportUi.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/offline/ConnectivityBanner.h"
#include "ui/offline/OfflineWorkspace.h"
#include "ui/widgets/StartupTrace.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Made 0600 (in a 0700 folder) before QSettings writes it: QSettings keeps an existing file's mode.
QString privateSettingsFileFor(const QString& key)
{
    const QString file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                             .filePath(u"environments/"_s + key + u".ini"_s);
    if (!PrivateFiles::createFile(file))
        qCWarning(lcApp) << "cannot make" << file << "private";
    return file;
}

// The store's indexed order that gives the list's first rows in this sort, if any.
std::optional<CaseSummary::IndexedOrder> firstScreenOrder(int column, Qt::SortOrder order)
{
    const bool newest = order == Qt::DescendingOrder;
    if (column == CaseListModel::UpdatedColumn)
        return newest ? CaseSummary::IndexedOrder::UpdatedNewest : CaseSummary::IndexedOrder::UpdatedOldest;
    if (column == CaseListModel::CreatedColumn)
        return newest ? CaseSummary::IndexedOrder::CreatedNewest : CaseSummary::IndexedOrder::CreatedOldest;
    return std::nullopt;
}
} // namespace

Session::Session(const SessionConfig& config, MainWindow* window, CodeCatalogue* catalogue, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_window(window)
    , m_catalogue(catalogue)
    , m_settings(std::make_unique<QSettings>(privateSettingsFileFor(config.key), QSettings::IniFormat))
    , m_client(new ApiClient(this))
    , m_source(new ApiCaseSource(m_client, this))
    , m_repository(new CaseRepository(m_source, this))
    , m_actions(new CaseActions(m_client, m_repository, this))
    , m_refresher(new AutoRefresher(m_repository, this))
    , m_attachments(new AttachmentService(m_client, AttachmentStash(AttachmentStash::defaultRoot(config.key)),
                                          AttachmentService::defaultCacheRoot(config.key), this))
    , m_offline(new OfflineServices(m_client, m_repository, this))
    , m_status(new ConnectionStatus(m_client, this))
    , m_import(new FirstRunImport(m_repository, this))
{
    m_actions->setOutbox(m_offline->sender()); // notes and cancels: stored first, sent once, queued offline
    connect(m_status, &ConnectionStatus::textChanged, this, &Session::connectionTextChanged);
    connect(m_client, &ApiClient::signedIn, this, &Session::connected);
    connect(m_client, &ApiClient::serverReachabilityChanged, this,
            [this](bool reachable) { m_tabs->setServerReachable(reachable); });
    connect(m_import, &FirstRunImport::failed, m_window, &MainWindow::showStatusMessage);
    connect(m_repository, &CaseRepository::unseenCountChanged, m_window, &MainWindow::setChangedCount);
    connect(m_repository, &CaseRepository::opened, this, [this](bool ok, const QString& error) {
        if (!ok)
            emit problem(tr("The local case store cannot be opened: %1").arg(error));
        else // the same file, after the case store: the two never migrate it at once
            m_offline->open(CaseRepository::defaultPath(m_config.key));
    });
    connect(m_offline, &OfflineServices::opened, this, [this](bool ok, const QString& error) {
        if (!ok)
            emit problem(tr("Drafts and the outbox cannot be opened: %1").arg(error));
    });
    connect(m_offline, &OfflineServices::loaded, this,
            [this] { m_attachments->stash().prune(40, m_offline->referencedFiles(), this, [](int) {}); });
    buildViews();
}

Session::~Session()
{
    // The tabs go below, but the ones open now are what the next start shows: no longer kept from here.
    disconnect(m_tabs, &CaseTabs::openCasesChanged, this, nullptr);
    delete m_offlineUi; // its wizards save their drafts while the store still lives
    m_actions->setOutbox(nullptr);
    delete m_offline; // it runs on the repository's store thread: gone before the repository
    // The views live in the window, which outlives us: take them out first, case tabs before the list.
    QTabWidget* tabs = m_window->tabs();
    while (tabs->count() > 0)
        delete tabs->widget(tabs->count() - 1);
    m_window->setChangedCount(0);
}

QString Session::dataFolderFor(const QString& key)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(key);
}

QString Session::dataFolder() const
{
    return dataFolderFor(m_config.key);
}

void Session::buildViews()
{
    auto labels = [catalogue = m_catalogue](const QString& code) {
        return catalogue->listLabel(code);
    };
    m_cases = new CaseListModel(this);
    m_cases->setLabelProvider(labels);
    m_views = new SavedViews(m_settings.get(), this);
    m_listView = new CaseListView(m_cases, m_views, m_settings.get());
    QList<std::pair<QString, QString>> families;
    for (const QString& family : m_catalogue->families())
        families.append({family, m_catalogue->familyLabel(family)});
    m_listView->setFamilies(families);
    m_window->setListView(m_listView);
    // The first screen comes from the store's index when the list is sorted by a time (the usual case), before
    // the whole store is read; following the repository from here puts the list's reads first in the store
    // thread's queue, ahead of the tray's.
    m_cases->setFirstScreen(firstScreenOrder(m_listView->proxy()->sortColumn(), m_listView->proxy()->sortOrder()));
    m_cases->setRepository(m_repository);
    StartupTrace::watchRows(m_listView->table());
    connect(m_cases, &CaseListModel::loaded, this, [] { StartupTrace::mark("list ready"); });
    m_tabs = new CaseTabs(m_window->tabs(), m_repository, m_actions, labels, this);
    m_tabs->setAttachmentService(m_attachments);
    m_tabs->setEnvironmentKey(m_config.key);
    // Note templates: this environment's, kept in its settings beside the saved views.
    m_templates = new NoteTemplates(m_settings.get(), this);
    m_tabs->setNoteTemplates(m_templates);
    // Opened from a search (Enter, double-click, or the rows' menu): the note that matched is marked.
    connect(m_listView, &CaseListView::caseActivated, m_tabs, [this](const QString& key) { openFromList(key); });
    connect(m_catalogue, &CodeCatalogue::catalogueChanged, m_cases,
            [this, labels] { m_cases->setLabelProvider(labels); });
    connect(m_catalogue, &CodeCatalogue::userLabelsChanged, m_cases,
            [this, labels] { m_cases->setLabelProvider(labels); });

    // Drafts, outbox, banner and the create wizard (sent through the outbox).
    m_offlineUi = new OfflineWorkspace(
        {m_offline, m_window, m_window->viewMenu(), m_window->toolBar(), m_tabs, m_catalogue, m_attachments}, this);
    m_window->setBanner(m_offlineUi->banner());
    connect(m_offlineUi, &OfflineWorkspace::statusMessage, m_window, &MainWindow::showStatusMessage);
    connect(m_window->action(MainWindow::Action::NewCase), &QAction::triggered, m_offlineUi,
            [this] { m_offlineUi->newCase(); });
    connect(m_tabs, &CaseTabs::newCaseLikeRequested, m_offlineUi, &OfflineWorkspace::newCaseLike);

    // Case ▸ Export as PDF…, Print…, Export evidence pack…
    m_exporter = new CaseExporter(m_repository, m_attachments, m_config.displayName, labels, this);
    m_exportUi = new CaseExportUi(m_exporter, m_window, this);
    connect(m_exportUi, &CaseExportUi::statusMessage, m_window, &MainWindow::showStatusMessage);
    connect(m_tabs, &CaseTabs::exportPdfRequested, m_exportUi,
            [this](const QString& key) { m_exportUi->exportPdf({key}); });
    connect(m_tabs, &CaseTabs::printRequested, m_exportUi, &CaseExportUi::print);
    connect(m_tabs, &CaseTabs::exportEvidencePackRequested, m_exportUi,
            [this](const QString& key) { m_exportUi->exportEvidencePacks({key}); });
    // The quick filter also searches note texts and descriptions through the store's full-text index.
    new FullTextSearch(m_listView->proxy(), m_repository, m_listView);

    // The list's and the case tabs' context menu: the same actions on one case or a selection.
    auto* selection = new CaseSelectionActions(m_repository, this);
    selection->setEnvironmentKey(m_config.key);
    m_listView->setSelectionActions(selection);
    m_tabs->setSelectionActions(selection);
    connect(selection, &CaseSelectionActions::openRequested, m_tabs, [this](const QString& key) { openFromList(key); });
    connect(selection, &CaseSelectionActions::exportPdfRequested, m_exportUi, &CaseExportUi::exportPdf);
    connect(selection, &CaseSelectionActions::exportEvidencePacksRequested, m_exportUi,
            &CaseExportUi::exportEvidencePacks);
    connect(selection, &CaseSelectionActions::statusMessage, m_window, &MainWindow::showStatusMessage);
    connect(m_actions, &CaseActions::noteQueued, m_window,
            [this](const QString&, const QString& message) { m_window->showStatusMessage(message); });
    connect(m_actions, &CaseActions::cancelQueued, m_window,
            [this](const QString&, const QString& message) { m_window->showStatusMessage(message); });
}

void Session::openFromList(const QString& key)
{
    CaseDetailView* view = m_tabs->openCase(key);
    const QString text = m_listView->proxy()->filter().text;
    if (view && !text.trimmed().isEmpty())
        view->highlightSearch(m_listView->proxy()->bestMatchingNote(key), text);
}

void Session::start()
{
    if (!PrivateFiles::makeFolder(dataFolder()))
        qCWarning(lcApp) << "cannot make" << dataFolder() << "private";
    m_repository->open(CaseRepository::defaultPath(m_config.key));
    m_listView->table()->setFocus(); // arrows and Enter work on the list from the start
    // The case tabs of this environment's last run come back, from the store (its reads queue behind the
    // open), whether or not the server answers; from now on each change of the tabs is kept.
    const WindowSettings::OpenCases last = WindowSettings(m_settings.get()).openCases();
    m_tabs->restoreCases(last.keys, last.current);
    connect(m_tabs, &CaseTabs::openCasesChanged, this, [this] {
        WindowSettings(m_settings.get()).setOpenCases({m_tabs->openKeys(), m_tabs->currentKey()});
    });
    if (m_config.baseUrl.isValid()) {
        if (m_config.clientSecret.isEmpty())
            m_status->setState(ConnectionStatus::State::NotSignedIn);
        else
            connectTo(m_config.baseUrl);
        return;
    }
    m_status->setState(ConnectionStatus::State::StartingSandbox);
    m_sandbox = new LocalSandbox(QDir(dataFolder()).filePath(u"server"_s), this);
    if (!m_config.sandboxProgram.isEmpty())
        m_sandbox->setProgram(m_config.sandboxProgram);
    m_sandbox->setExtraArguments(m_config.sandboxArguments);
    connect(m_sandbox, &LocalSandbox::ready, this, [this](const QUrl& baseUrl) {
        m_config.clientId = LocalSandbox::clientId();
        m_config.clientSecret = m_sandbox->clientSecret(); // this launch's
        connectTo(baseUrl);
    });
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString& message) {
        m_status->setState(ConnectionStatus::State::SandboxUnavailable);
        emit problem(message);
    });
    m_sandbox->start();
}

void Session::signIn(const QString& clientId, const QString& clientSecret)
{
    if (!m_config.baseUrl.isValid())
        return; // the local sandbox signs in with its own client
    m_config.clientId = clientId;
    m_config.clientSecret = clientSecret;
    connectTo(m_config.baseUrl);
}

void Session::connectTo(const QUrl& baseUrl)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.clientId = m_config.clientId;
    endpoint.clientSecret = m_config.clientSecret;
    m_client->setEndpoint(endpoint);
    m_offline->setServerUrl(baseUrl);
    m_offline->monitor()->useSystemNetworkInformation();
    m_status->setState(ConnectionStatus::State::Connecting, baseUrl.toDisplayString());
    m_client->requestToken(this, [this](const ApiResult<AccessToken>& result) {
        if (!result.ok()) {
            m_status->setState(result.error.kind == ApiError::Kind::Offline ? ConnectionStatus::State::Offline
                                                                            : ConnectionStatus::State::NotConnected);
            emit problem(result.error.userMessage());
            emit signInFailed(result.error);
            return;
        }
        emit problem({});
        m_refresher->start();
        m_import->startIfEmpty();
    });
}

} // namespace CaseDesk

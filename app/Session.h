#pragma once

#include "models/api/ApiError.h"

#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

class ApiCaseSource;
class ApiClient;
class AttachmentService;
class AutoRefresher;
class CaseActions;
class CaseDetailView;
class CaseExporter;
class CaseExportUi;
class CaseListModel;
class CaseListView;
class CaseRepository;
class CaseTabs;
class CodeCatalogue;
class ConnectionStatus;
class FirstRunImport;
class LocalSandbox;
class MainWindow;
class NoteTemplates;
class OfflineServices;
class OfflineWorkspace;
class SavedViews;

// Where one session works: its own store, settings and credentials, never mixed with another's.
struct SessionConfig
{
    QString key;         // folder and settings name: "local", "provider-sandbox", ...
    QString displayName; // shown in the title and the status bar
    QUrl baseUrl;        // empty: start the local sandbox
    QString clientId;
    QString clientSecret;
    QString sandboxProgram; // local sandbox only
    QStringList sandboxArguments;
};

/*
 * Everything that belongs to one environment: the API client, the case store and its repository, the item
 * models, the ticket list and the case tabs in the main window, and the local sandbox when that is the
 * environment. The AppController makes one Session per environment and destroys it to switch, so nothing
 * from one environment can show or be sent in another.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const SessionConfig& config, MainWindow* window, CodeCatalogue* catalogue, QObject* parent = nullptr);
    ~Session() override;

    void start();
    // Connects a server environment with these credentials (from the keychain or the sign-in dialog). Until
    // then a server environment without a secret shows its local store only.
    void signIn(const QString& clientId, const QString& clientSecret);
    const SessionConfig& config() const { return m_config; }
    QString dataFolder() const;

    ApiClient* client() const { return m_client; }
    CaseRepository* repository() const { return m_repository; }
    CaseActions* actions() const { return m_actions; }
    CaseListModel* cases() const { return m_cases; }
    CaseListView* listView() const { return m_listView; }
    CaseTabs* caseTabs() const { return m_tabs; }
    QSettings* settings() const { return m_settings.get(); }
    AutoRefresher* refresher() const { return m_refresher; }
    AttachmentService* attachments() const { return m_attachments; }
    // Drafts, the outbox and connectivity of this environment.
    OfflineServices* offline() const { return m_offline; }
    OfflineWorkspace* offlineWorkspace() const { return m_offlineUi; }
    // Exports of this environment's cases (PDF, print, evidence pack) and their dialogs.
    CaseExporter* caseExporter() const { return m_exporter; }
    NoteTemplates* noteTemplates() const { return m_templates; }
    CaseExportUi* caseExports() const { return m_exportUi; }

    static QString dataFolderFor(const QString& key);

signals:
    void connectionTextChanged(const QString& text);
    void problem(const QString& message);
    void connected(const QString& userName);
    void signInFailed(const ApiError& error);

private:
    void buildViews();
    // Opens a case from the list; when the list is filtered, marks the note the filter matched.
    void openFromList(const QString& key);
    void connectTo(const QUrl& baseUrl);

    SessionConfig m_config;
    MainWindow* m_window;
    CodeCatalogue* m_catalogue;
    std::unique_ptr<QSettings> m_settings;
    ApiClient* m_client;
    ApiCaseSource* m_source;
    CaseRepository* m_repository;
    CaseActions* m_actions;
    AutoRefresher* m_refresher;
    AttachmentService* m_attachments;
    OfflineServices* m_offline;
    ConnectionStatus* m_status;
    FirstRunImport* m_import;
    OfflineWorkspace* m_offlineUi = nullptr;
    CaseListModel* m_cases = nullptr;
    SavedViews* m_views = nullptr;
    CaseListView* m_listView = nullptr;
    CaseTabs* m_tabs = nullptr;
    LocalSandbox* m_sandbox = nullptr;
    NoteTemplates* m_templates = nullptr;
    CaseExporter* m_exporter = nullptr;
    CaseExportUi* m_exportUi = nullptr;
};

} // namespace CaseDesk

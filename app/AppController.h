#pragma once

#include "app/AppOptions.h"
#include "app/Session.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

class CaseDetailView;
class CaseListView;
class CaseRepository;
class CaseTabs;
class CatalogueActions;
class CodeCatalogue;
class EnvironmentController;
class EnvironmentLock;
class LinkOpener;
class ListExportUi;
class MainWindow;
class ViewState;

/*
 * The composition root. It owns what outlives an environment (the main window, the app's settings, the code
 * catalogue) and one Session for the environment in use, and wires the window's actions to whatever the
 * current session offers. Nothing else constructs services.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const AppOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    CodeCatalogue* catalogue() const { return m_catalogue; }
    CatalogueActions* catalogueActions() const { return m_catalogueActions; }
    ListExportUi* listExport() const { return m_listExport; }
    // Environments, sign-in, secrets and preferences.
    EnvironmentController* environments() const { return m_environments; }
    // Shortcuts into the current session, for tests and the wiring below.
    CaseRepository* repository() const;
    CaseTabs* caseTabs() const;
    CaseListView* listView() const;

    // Cases to open from this start's command line (--open, casedesk:// links).
    LinkOpener* links() const { return m_links; }
    // A later start's command line, handed over by SingleInstance: the window comes to the front (with the
    // later start's activation token, if it had one) and the cases it names open.
    void handleLaterStart(const QStringList& arguments, const QString& activationToken = {});

    // Ends the current session and starts one for `config`. False, with the reason shown in the window,
    // when another CaseDesk holds that environment's data (the current session then goes on).
    bool startSession(const SessionConfig& config);

private:
    void wireActions();
    void fillCaseMenu(CaseDetailView* view);
    void openGoToCase();
    void openFindOnServer();

    AppOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ViewState> m_viewState;
    EnvironmentController* m_environments; // before the window: it installs the chosen language
    std::unique_ptr<MainWindow> m_window;
    CodeCatalogue* m_catalogue;
    CatalogueActions* m_catalogueActions = nullptr;
    ListExportUi* m_listExport = nullptr;
    LinkOpener* m_links = nullptr;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EnvironmentLock> m_lock; // held for m_session's environment, released after it
};

} // namespace CaseDesk

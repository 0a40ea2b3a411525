#include "app/EnvironmentController.h"

#include "models/api/ApiClient.h"
#include "models/core/Logging.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/environment/LocalSandbox.h"
#include "models/secrets/SecretStore.h"
#include "models/settings/Translations.h"
#include "ui/environment/CustomServerDialog.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/environment/ProductionBand.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QMenuBar>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
void installTranslationsOnce(const QString& language)
{
    const QStringList files = Translations::install(language);
    if (!files.isEmpty())
        qCInfo(lcApp) << "translations:" << files;
}
} // namespace

EnvironmentController::EnvironmentController(SessionStarter startSession, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_startSession(std::move(startSession))
    , m_registry(new EnvironmentRegistry(settings, this))
    , m_secrets(new SecretStore(SecretStore::defaultService(), this))
    , m_preferences(new PreferencesController(settings, m_secrets, this))
{
    installTranslationsOnce(m_preferences->preferences()->language());
}

Preferences* EnvironmentController::preferences() const
{
    return m_preferences->preferences();
}

CaseNotifications* EnvironmentController::notifier() const
{
    return m_preferences->notifier();
}

EnvironmentController::~EnvironmentController() = default;

EnvironmentMenu* EnvironmentController::menu() const
{
    return m_menu;
}

ProductionBand* EnvironmentController::productionBand() const
{
    return m_band;
}

SignInDialog* EnvironmentController::signInDialog() const
{
    return m_signIn;
}

void EnvironmentController::attach(MainWindow* window)
{
    m_window = window;
    m_menu = new EnvironmentMenu(m_registry, window);
    // After the Case menu: the environment is about where the cases live.
    const QList<QAction*> menus = window->menuBar()->actions();
    const qsizetype caseIndex = menus.indexOf(window->caseMenu()->menuAction());
    window->menuBar()->insertMenu(caseIndex >= 0 ? menus.value(caseIndex + 1) : nullptr, m_menu);
    connect(m_menu, &EnvironmentMenu::environmentChosen, this, &EnvironmentController::switchTo);
    connect(m_menu, &EnvironmentMenu::addCustomServerRequested, this, &EnvironmentController::openAddCustomServer);
    connect(m_menu, &EnvironmentMenu::signInRequested, this, [this] { openSignIn(); });
    connect(m_menu, &EnvironmentMenu::signOutRequested, this, &EnvironmentController::signOut);
    connect(m_menu, &EnvironmentMenu::removeCustomServerConfirmed, this, &EnvironmentController::removeCustomServer);

    m_band = new ProductionBand(window);
    window->addToolBar(Qt::TopToolBarArea, m_band);

    m_preferences->attach(window);
}

void EnvironmentController::start(const AppOptions& options)
{
    m_options = options;
    std::optional<Environment> chosen;
    QString problem;
    if (!options.environment.isEmpty()) {
        chosen = m_registry->find(options.environment);
        if (!chosen) {
            // Never guess: an unknown name starts the one environment that cannot do harm.
            problem = tr("CaseDesk knows no environment named “%1”, so it started in the local sandbox. Choose "
                         "another one from the Environment menu.")
                          .arg(options.environment);
            chosen = EnvironmentRegistry::localSandbox();
        }
    } else if (options.baseUrl.isValid()) {
        // Development: another casedesk-sandbox, with the built-in client. Not remembered.
        chosen = Environment{EnvironmentRegistry::keyForUrl(options.baseUrl),
                             tr("Custom server: %1").arg(options.baseUrl.toDisplayString()), options.baseUrl,
                             Environment::Kind::Custom};
    } else {
        chosen = m_registry->active();
    }

    auto begin = [this, environment = *chosen, problem] {
        startIn(environment);
        if (!problem.isEmpty() && m_window)
            m_window->showProblem(problem);
    };
    m_preferences->loadProxyPassword(begin); // the first request already goes out through the proxy
}

SessionConfig EnvironmentController::configFor(const Environment& environment) const
{
    SessionConfig config;
    config.key = environment.key;
    config.displayName = ProductionBand::titleFor(environment);
    config.sandboxProgram = m_options.sandboxProgram;
    config.sandboxArguments = m_options.sandboxArguments;
    if (!environment.baseUrl.isValid()) {
        // The local sandbox: its secret is made anew at each launch (Session takes it from LocalSandbox).
        config.clientId = LocalSandbox::clientId();
    } else if (!environment.needsSignIn() || m_registry->find(environment.key) == std::nullopt) {
        // A development server from --base-url: the built-in client of a casedesk-sandbox run by hand.
        config.clientId = LocalSandbox::clientId();
        config.clientSecret = LocalSandbox::builtInClientSecret();
    } else {
        config.clientId = m_registry->clientId(environment.key); // the secret comes from the keychain
    }
    config.baseUrl = environment.baseUrl;
    return config;
}

void EnvironmentController::startIn(const Environment& environment)
{
    const Environment previous = m_current;
    m_current = environment; // sessionCreated() reads it
    if (!m_startSession(configFor(environment)))
        m_current = previous;
}

void EnvironmentController::switchTo(const QString& key)
{
    const std::optional<Environment> environment = m_registry->find(key);
    if (!environment || environment->key != key)
        return;
    if (m_signIn)
        m_signIn->close(); // it belonged to the environment being left
    m_pending.reset();
    startIn(*environment);
}

void EnvironmentController::sessionCreated(Session* session)
{
    m_session = session;
    const SessionConfig& config = session->config();
    if (m_current.key != config.key) {
        // A session started by someone else (tests, tools): take the environment from its configuration.
        m_current = m_registry->find(config.key)
                        .value_or(Environment{config.key, config.displayName, config.baseUrl,
                                              config.baseUrl.isValid() ? Environment::Kind::Custom
                                                                       : Environment::Kind::LocalSandbox});
    }
    if (m_registry->find(m_current.key))
        m_registry->setActive(m_current.key);

    if (m_band)
        m_band->setEnvironment(m_current);
    if (m_window)
        m_window->setProduction(m_current.isProduction());
    if (m_menu) {
        m_menu->setActive(m_current.key);
        m_menu->setSignInState(m_current.needsSignIn(), {});
    }

    m_preferences->applyTo(session, m_current.kind == Environment::Kind::LocalSandbox);

    connect(session, &Session::connected, this, &EnvironmentController::onSignedIn);
    connect(session, &Session::signInFailed, this, &EnvironmentController::onSignInFailed);
    connect(session->client(), &ApiClient::authenticationFailed, this, [this](const ApiError& error) {
        // A token refresh refused mid-session (secret revoked, account locked): ask again.
        if (!m_pending)
            openSignIn(error.userMessage());
    });

    if (m_current.needsSignIn() && session->config().clientSecret.isEmpty()) {
        if (std::exchange(m_signedOut, false)) {
            QMetaObject::invokeMethod(
                session, [session] { emit session->connectionTextChanged(tr("Signed out")); }, Qt::QueuedConnection);
            return;
        }
        useStoredSecret();
    }
}

void EnvironmentController::useStoredSecret()
{
    const QString key = m_current.key;
    const QString clientId = m_registry->clientId(key);
    if (clientId.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { openSignIn(); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(key, clientId, m_session, [this, key, clientId](const std::optional<QString>& secret) {
        if (!m_session || m_current.key != key)
            return;
        if (secret)
            m_session->signIn(clientId, *secret);
        else
            openSignIn(); // not stored, or no keychain this run: asked once
    });
}

void EnvironmentController::openSignIn(const QString& message)
{
    if (!m_session || !m_current.needsSignIn() || !m_window)
        return;
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_current.displayName, m_window);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        m_signIn->setClientId(m_registry->clientId(m_current.key));
        if (!m_secrets->isKeychainAvailable())
            m_signIn->setStorageNote(m_secrets->unavailableReason());
        connect(m_signIn, &SignInDialog::signInRequested, this, &EnvironmentController::trySignIn);
        connect(m_signIn, &QDialog::finished, this, [this] { m_pending.reset(); });
        m_signIn->open();
    }
    if (!message.isEmpty())
        m_signIn->showMessage(message);
}

void EnvironmentController::trySignIn(const QString& clientId, const QString& secret)
{
    if (!m_session)
        return;
    m_pending = PendingSignIn{clientId, secret};
    m_session->signIn(clientId, secret);
}

void EnvironmentController::onSignedIn(const QString& userName)
{
    if (m_menu)
        m_menu->setSignInState(m_current.needsSignIn(), userName);
    if (!m_pending)
        return; // a token renewed, or the stored secret worked
    const PendingSignIn accepted = *std::exchange(m_pending, std::nullopt);
    const QString key = m_current.key;
    const QString previous = m_registry->clientId(key);
    if (!previous.isEmpty() && previous != accepted.clientId)
        m_secrets->remove(key, previous);
    m_registry->setClientId(key, accepted.clientId);
    m_secrets->write(key, accepted.clientId, accepted.secret, this, [this](bool inKeychain) {
        if (inKeychain)
            return;
        if (m_signIn)
            m_signIn->setStorageNote(m_secrets->unavailableReason());
        if (m_window)
            m_window->showStatusMessage(m_secrets->unavailableReason());
    });
    if (m_signIn)
        m_signIn->showSignedIn(userName);
}

void EnvironmentController::onSignInFailed(const ApiError& error)
{
    if (m_menu)
        m_menu->setSignInState(m_current.needsSignIn(), {});
    if (m_pending) {
        m_pending.reset();
        if (m_signIn)
            m_signIn->showFailure(error);
        return;
    }
    // The stored secret: refused or locked needs the user; an unreachable server only waits (the banner says).
    if (m_current.needsSignIn()
        && (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::AccountLocked)) {
        openSignIn();
        if (m_signIn)
            m_signIn->showFailure(error);
    }
}

void EnvironmentController::signOut()
{
    if (!m_current.needsSignIn())
        return;
    const QString clientId = m_registry->clientId(m_current.key);
    if (!clientId.isEmpty())
        m_secrets->remove(m_current.key, clientId);
    if (m_signIn)
        m_signIn->close();
    // A new session without the secret: the old client, and the token it held, are gone with the old one.
    m_signedOut = true;
    startIn(m_current);
    m_signedOut = false;
}

void EnvironmentController::removeCustomServer(const QString& key)
{
    if (key == m_current.key)
        return; // its session is running; the menu never offers it
    // Signed out for good: the secret leaves the keychain with the server; the data folder stays.
    const QString clientId = m_registry->clientId(key);
    if (!clientId.isEmpty())
        m_secrets->remove(key, clientId);
    m_registry->removeCustom(key);
}

void EnvironmentController::openAddCustomServer()
{
    if (!m_window)
        return;
    auto* dialog = new CustomServerDialog(m_registry, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomServerDialog::added, this,
            [this](const Environment& environment) { switchTo(environment.key); });
    dialog->open();
}

} // namespace CaseDesk

#pragma once

#include "app/AppOptions.h"
#include "app/PreferencesController.h"
#include "app/Session.h"
#include "models/environment/Environment.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

class EnvironmentMenu;
class EnvironmentRegistry;
class MainWindow;
class ProductionBand;
class SecretStore;
class SignInDialog;
class CaseNotifications;

/*
 * The composition root's part for environments, sign-in and preferences. It picks the environment to start
 * in (--environment, else the one used last, else the local sandbox), builds each session's configuration,
 * fetches the secret from the keychain before signing in, asks with the sign-in dialog when there is none or
 * the server refused it, switches environments from the menu (through the SessionStarter it is given:
 AppController::startSession), and has each
 * session take the preferences (PreferencesController). It owns the registry, the secret store and the
 * preferences.
 *
 *     m_environments = new EnvironmentController(
        [this](const SessionConfig& config) { return startSession(config); }, settings, this); // before any widget
 *     m_environments->attach(window);
 *     m_environments->start(options);
 *     // AppController::startSession calls sessionCreated(session) before session->start().
 */
class EnvironmentController : public QObject
{
    Q_OBJECT

public:
    // Starts a session with a configuration (AppController::startSession); false when it could not.
    using SessionStarter = std::function<bool(const SessionConfig&)>;

    EnvironmentController(SessionStarter startSession, QSettings* settings, QObject* parent = nullptr);
    ~EnvironmentController() override;

    void attach(MainWindow* window);
    void start(const AppOptions& options);
    void sessionCreated(Session* session);

    void switchTo(const QString& key);
    void openSignIn(const QString& message = {});
    void removeCustomServer(const QString& key);
    void signOut();
    void openAddCustomServer();

    EnvironmentRegistry* registry() const { return m_registry; }
    SecretStore* secrets() const { return m_secrets; }
    Preferences* preferences() const;
    CaseNotifications* notifier() const;
    EnvironmentMenu* menu() const;
    ProductionBand* productionBand() const;
    SignInDialog* signInDialog() const; // the open one, if any
    const Environment& current() const { return m_current; }

private:
    SessionConfig configFor(const Environment& environment) const;
    void startIn(const Environment& environment);
    void useStoredSecret();
    void trySignIn(const QString& clientId, const QString& secret);
    void onSignedIn(const QString& userName);
    void onSignInFailed(const ApiError& error);

    struct PendingSignIn
    {
        QString clientId;
        QString secret;
    };

    SessionStarter m_startSession;
    EnvironmentRegistry* m_registry;
    SecretStore* m_secrets;
    PreferencesController* m_preferences;
    QPointer<MainWindow> m_window;
    QPointer<EnvironmentMenu> m_menu;
    QPointer<ProductionBand> m_band;
    QPointer<SignInDialog> m_signIn;
    QPointer<Session> m_session;
    Environment m_current;
    AppOptions m_options;
    std::optional<PendingSignIn> m_pending; // typed in the dialog; kept once the server accepts it
    bool m_signedOut = false;               // the session after "Sign out" does not ask at once
};

} // namespace CaseDesk

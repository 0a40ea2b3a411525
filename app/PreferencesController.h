#pragma once

#include "models/settings/Preferences.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

class MainWindow;
class SecretStore;
class Session;
class CaseNotifications;

/*
 * The composition root's part for the preferences: it owns them and the case notifications, opens the dialog
 * (File ▸ Preferences…), keeps the manual proxy's password (from the keychain; in memory only) and applies
 * every preference to the session in use, when it starts and whenever one changes.
 *
 *     m_preferences = new PreferencesController(settings, secrets, this);
 *     m_preferences->attach(window);
 *     m_preferences->loadProxyPassword([this] { startIn(environment); }); // the first request uses the proxy
 *     m_preferences->applyTo(session, isLocalSandbox);                  // each new session
 *
 * (EnvironmentController owns it and makes these calls.)
 */
class PreferencesController : public QObject
{
    Q_OBJECT

public:
    PreferencesController(QSettings* settings, SecretStore* secrets, QObject* parent = nullptr);

    Preferences* preferences() const { return m_preferences; }
    CaseNotifications* notifier() const { return m_notifier; }

    void attach(MainWindow* window);
    // Reads the manual proxy's password from the keychain, then calls `done` (at once when none is needed),
    // so the first request already goes out with it.
    void loadProxyPassword(std::function<void()> done);
    // `direct`: the session's server is on this computer (the local sandbox), never reached through a proxy.
    void applyTo(Session* session, bool direct);
    void openDialog();

private:
    void apply(Preferences::Item item);
    void applyProxy();
    void onProxyChosen(const ProxySettings& proxy);

    Preferences* m_preferences;
    SecretStore* m_secrets;
    CaseNotifications* m_notifier = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<Session> m_session;
    bool m_direct = true;
    QString m_proxyPassword; // from the keychain or the preferences dialog; memory only
};

} // namespace CaseDesk

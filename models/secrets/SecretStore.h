#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace CaseDesk
{

/*
 * Secrets (API client secrets, a proxy password) in the system keychain through QtKeychain: the Secret
 * Service on Linux, the Keychain on macOS, the Credential Manager on Windows. Each secret is filed under a
 * scope (an environment's key, or "proxy") and an account (the client id, the proxy user), so two
 * environments never share one.
 *
 *     store.read(environment.key, clientId, this, [this](const std::optional<QString>& secret) {
 *         secret ? signIn(*secret) : askForSecret();
 *     });
 *
 * Every call returns at once; keychain jobs run in the background and answer through the callback, which is
 * dropped if `context` is gone (or was null). When there is no keychain (no Secret Service on the session bus, no
 * backend at all) or it refuses access, the store says why (unavailableReason()) and from then on keeps secrets in this
 * object's memory only, until the app quits. Secrets never go to settings, files or logs.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const std::optional<QString>& secret)>;
    using WriteCallback = std::function<void(bool inKeychain)>;

    explicit SecretStore(const QString& service = defaultService(), QObject* parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    void read(const QString& scope, const QString& account, QObject* context, ReadCallback callback);
    void write(const QString& scope, const QString& account, const QString& secret, QObject* context = nullptr,
               WriteCallback callback = {});
    void remove(const QString& scope, const QString& account, QObject* context = nullptr,
                std::function<void()> callback = {});

    // False once the keychain failed for want of a keychain or of access; secrets are then kept in memory.
    bool isKeychainAvailable() const { return m_unavailableReason.isEmpty(); }
    // A sentence for the user, empty while the keychain works.
    QString unavailableReason() const { return m_unavailableReason; }

    // The keychain entry's name: "<scope>/<account>".
    static QString entryKey(const QString& scope, const QString& account);
    static QString defaultService();

signals:
    void keychainUnavailable(const QString& reason);

private:
    void markUnavailable(int error, const QString& details);
    void later(std::function<void()> work);

    QString m_service;
    QString m_unavailableReason;
    QHash<QString, QString> m_memory; // only while there is no keychain
};

} // namespace CaseDesk

#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * One running CaseDesk per user. The first start takes a lock file in the user's runtime folder, removes a
 * socket left by a copy that crashed, and listens on a local socket beside it (this user only). A later
 * start finds the lock held, connects, sends its command line (InstanceMessage) and, once the running copy
 * accepted it, says handedOver so main() can exit. Two starts at once: one gets the lock, the other waits
 * for it to listen (retrying for a few seconds) and hands over to it. All of it runs on the event loop.
 *
 *     SingleInstance instance(SingleInstance::defaultFolder());
 *     connect(&instance, &SingleInstance::becamePrimary, ...);   // build the window
 *     connect(&instance, &SingleInstance::handedOver, ...);      // exit 0
 *     connect(&instance, &SingleInstance::failed, ...);          // say why, exit 1
 *     connect(&instance, &SingleInstance::messageReceived, ...); // a later start's arguments and token
 *     instance.start(QCoreApplication::arguments().mid(1), qEnvironmentVariable("XDG_ACTIVATION_TOKEN"));
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `folder` holds the lock and the socket: the runtime folder in the app, a temporary one in tests.
    explicit SingleInstance(const QString& folder, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The user's runtime folder (XDG_RUNTIME_DIR on Linux): private to the user, emptied at logout.
    static QString defaultFolder();
    QString socketPath() const;
    QString lockPath() const;

    // `activationToken`: this start's XDG activation token, handed over with the arguments (see
    // InstanceMessage) so the running copy may bring its window forward on Wayland.
    void start(const QStringList& arguments, const QString& activationToken = {});
    bool isPrimary() const;

    // How long a start waits for the lock holder to listen and answer; how long the running copy waits
    // for a connection to finish its message before dropping it.
    void setHandOverTimeout(int ms) { m_handOverTimeoutMs = ms; }
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }
    // Connections reading at once; further ones are closed at once.
    static constexpr int kMaxPendingConnections = 8;

signals:
    void becamePrimary();
    void handedOver();
    void failed(const QString& message);
    void messageReceived(const QStringList& arguments, const QString& activationToken);
    // A connection that sent something other than a message (for tests and the log).
    void messageRefused(const QString& why);

private:
    void becomeOrFindPrimary();
    void listen();
    void acceptConnection();
    void tryHandOver();
    void retryOrFail(const QString& why);

    QString m_folder;
    QStringList m_arguments;
    QString m_activationToken;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    QPointer<QLocalSocket> m_client;
    QTimer* m_retry;
    qint64 m_deadline = 0;
    int m_handOverTimeoutMs = 5000;
    int m_readTimeoutMs = 5000;
    int m_reading = 0;
    bool m_done = false;
};

} // namespace CaseDesk

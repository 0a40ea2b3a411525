#include "models/desktop/SingleInstance.h"

#include "models/core/AppIdentity.h"
#include "models/core/Logging.h"
#include "models/desktop/InstanceMessage.h"

#include <QDateTime>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kRetryIntervalMs = 100;
} // namespace

SingleInstance::SingleInstance(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &SingleInstance::becomeOrFindPrimary);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file; the lock goes with m_lock
}

QString SingleInstance::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

QString SingleInstance::socketPath() const
{
    return QDir(m_folder).filePath(AppIdentity::applicationId() + u".socket"_s);
}

QString SingleInstance::lockPath() const
{
    return QDir(m_folder).filePath(AppIdentity::applicationId() + u".lock"_s);
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::start(const QStringList& arguments, const QString& activationToken)
{
    m_arguments = arguments;
    m_activationToken = activationToken;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_handOverTimeoutMs;
    if (InstanceMessage::encode(arguments).isEmpty()) {
        // Refused here rather than by the running copy, which would only drop it.
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("The command line is too long to hand to the running CaseDesk.")); },
            Qt::QueuedConnection);
        m_done = true;
        return;
    }
    QMetaObject::invokeMethod(this, &SingleInstance::becomeOrFindPrimary, Qt::QueuedConnection);
}

void SingleInstance::becomeOrFindPrimary()
{
    if (m_done)
        return;
    if (!m_lock) {
        QDir().mkpath(m_folder);
        m_lock = std::make_unique<QLockFile>(lockPath());
        // Only a lock whose process is gone is stale; a running copy's is never taken, however old.
        m_lock->setStaleLockTime(0);
    }
    if (m_lock->tryLock(0)) {
        listen();
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_done = true;
        emit failed(tr("CaseDesk cannot use its lock file %1.").arg(QDir::toNativeSeparators(lockPath())));
        return;
    }
    tryHandOver();
}

void SingleInstance::listen()
{
    m_done = true;
    // Whoever left a socket is gone (we hold the lock): its file would make listen() fail.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(kMaxPendingConnections);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    if (!m_server->listen(socketPath()))
        // This copy still runs (and holds the lock, so later starts do not start a second one); they
        // cannot hand over and say so.
        qCWarning(lcApp).noquote() << "cannot listen on" << socketPath() << ":" << m_server->errorString();
    emit becamePrimary();
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        if (m_reading >= kMaxPendingConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_reading;
        auto reader = std::make_shared<InstanceMessage::Reader>();
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        const auto finish = [socket, timer](char answer) {
            timer->stop();
            if (socket->state() == QLocalSocket::ConnectedState) {
                socket->write(&answer, 1);
                socket->flush();
                socket->disconnectFromServer();
            }
        };
        // A partial message that stalls: dropped (and reported below, as it disconnects).
        connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, reader, finish] {
            if (reader->state() != InstanceMessage::Reader::State::NeedMore) {
                socket->readAll();
                return;
            }
            // At most what a message can be, per read: a flood is refused without being buffered.
            const QByteArray bytes = socket->read(InstanceMessage::kHeaderSize + InstanceMessage::kMaxPayload + 1);
            switch (reader->append(bytes)) {
            case InstanceMessage::Reader::State::NeedMore:
                return;
            case InstanceMessage::Reader::State::Refused:
                qCWarning(lcApp).noquote() << "refused a message on the local socket:" << reader->problem();
                emit messageRefused(reader->problem());
                finish(InstanceMessage::kRefused);
                return;
            case InstanceMessage::Reader::State::Done:
                finish(InstanceMessage::kAccepted);
                emit messageReceived(reader->arguments(), reader->activationToken());
                return;
            }
        });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket, reader] {
            if (reader->state() == InstanceMessage::Reader::State::NeedMore)
                emit messageRefused(u"incomplete message"_s);
            --m_reading;
            socket->deleteLater();
        });
        timer->start(m_readTimeoutMs);
    }
}

void SingleInstance::tryHandOver()
{
    if (m_client)
        return;
    m_client = new QLocalSocket(this);
    auto reply = std::make_shared<QByteArray>();
    connect(m_client, &QLocalSocket::connected, this,
            [this] { m_client->write(InstanceMessage::encode(m_arguments, m_activationToken)); });
    connect(m_client, &QLocalSocket::readyRead, this, [this, reply] {
        reply->append(m_client->read(1));
        if (reply->isEmpty())
            return;
        m_done = true;
        m_client->disconnectFromServer();
        if (reply->at(0) == InstanceMessage::kAccepted)
            emit handedOver();
        else
            emit failed(tr("The running CaseDesk refused this command line."));
    });
    connect(m_client, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_done)
            return;
        const QString why = m_client->errorString();
        m_client->deleteLater();
        m_client = nullptr;
        retryOrFail(why);
    });
    connect(m_client, &QLocalSocket::disconnected, this, [this] {
        if (m_done || !m_client)
            return;
        m_client->deleteLater();
        m_client = nullptr;
        retryOrFail(tr("the connection closed without an answer"));
    });
    m_client->connectToServer(socketPath());
}

void SingleInstance::retryOrFail(const QString& why)
{
    // The lock's holder may be a start a moment ahead of this one, not listening yet: ask again shortly.
    if (QDateTime::currentMSecsSinceEpoch() < m_deadline) {
        m_retry->start();
        return;
    }
    m_done = true;
    qint64 pid = 0;
    QString host, application;
    if (m_lock)
        m_lock->getLockInfo(&pid, &host, &application);
    emit failed(tr("Another CaseDesk (process %1) is running but does not answer (%2). Close it, or end "
                   "that process, and start CaseDesk again.")
                    .arg(pid)
                    .arg(why));
}

} // namespace CaseDesk

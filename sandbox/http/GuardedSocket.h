#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QTcpSocket>
#include <QTimer>

namespace Sandbox
{

/*
 * A client connection that protects the server from what QtHttpServer 6.4 does not: QAbstractHttpServer
 * keeps a whole request in the socket's buffer until it is complete, has no size limit, no timeout, and
 * closes without an answer on a request line it cannot parse. This socket reads every new chunk before
 * QAbstractHttpServer's parser does (its readyRead connection is made first), so it can refuse garbage
 * that is not HTTP (400), an oversized header section (431) or body (413), and a request that does not
 * arrive in time (408), with an answer, instead of letting it grow or hang. It also refuses a request whose
 * Host header is not 127.0.0.1:PORT or localhost:PORT (421; 400 when missing or repeated): a web page whose
 * name an attacker re-points at 127.0.0.1 (DNS rebinding) reaches this port with its own name as the Host.
 *
 * ApiHttpServer calls beginResponse() when a complete request reaches it and endResponse() once the answer
 * is written, so that the idle timer never cuts an answer that is being delayed on purpose.
 */
class GuardedSocket : public QTcpSocket
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxHeadBytes = 64 * 1024;
        qint64 maxBodyBytes = 11 * 1024 * 1024;
        int requestTimeoutMs = 30000;
        int idleTimeoutMs = 120000;
        int maxConnections = 64; // open at once, for GuardedTcpServer
    };

    explicit GuardedSocket(const Limits& limits, QObject* parent = nullptr);

    void beginResponse();
    void endResponse();
    bool keepAlive() const { return m_keepAlive; }
    // Answers `status` with the reason and closes, whatever the client sends.
    void refuse(int status, const QString& reason) { reject(status, reason); }
    // Whether a Host header value names this server: 127.0.0.1:port or localhost:port (no port: 80).
    static bool isLocalHost(QByteArrayView host, quint16 port);

private:
    void inspectIncoming();
    bool inspectHead();
    void reject(int status, const QString& reason);
    void onRequestTimeout();
    void onIdleTimeout();

    Limits m_limits;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QByteArray m_head;
    qint64 m_requestBytes = 0;
    bool m_inRequest = false;
    bool m_headDone = false;
    bool m_bodyExpected = false; // the request head announced a body (Content-Length above 0)
    bool m_responding = false;
    bool m_keepAlive = true;
    bool m_rejected = false;
};

} // namespace Sandbox

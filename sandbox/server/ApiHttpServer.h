#pragma once

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/ApiResponse.h"
#include "sandbox/http/GuardedSocket.h"

#include <QAbstractHttpServer>
#include <QPointer>

namespace Sandbox
{

class ApiDispatcher;

/*
 * The HTTP side: QtHttpServer parses requests on GuardedSockets, the dispatcher answers, and this class
 * writes the answer itself so that faults can delay it (a timer per answer, never a blocking wait), cut
 * it or withhold it. Logs one line per request to stderr: method, path, status, milliseconds; the lines of one
 * turn of the event loop go out in one write when it ends (a write per line cost a fifth of a GET's time).
 *
 *     ApiHttpServer http(dispatcher, limits);
 *     const quint16 port = http.listenLocal(0); // 127.0.0.1 only
 */
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiHttpServer(ApiDispatcher& dispatcher, const GuardedSocket::Limits& limits, QObject* parent = nullptr);
    ~ApiHttpServer() override;

    // Binds 127.0.0.1:port (0: any free port); returns the bound port, or 0 on failure.
    quint16 listenLocal(quint16 port, QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void deliver(QTcpSocket* socket, const ApiResponse& response, const FaultInjector::Plan& faults,
                 const QString& logLine, qint64 startedMs);
    void log(const QByteArray& line);
    void flushLog();

    ApiDispatcher& m_dispatcher;
    GuardedSocket::Limits m_limits;
    QString m_baseUrl;
    QByteArray m_log;
    bool m_flushPending = false;
};

} // namespace Sandbox

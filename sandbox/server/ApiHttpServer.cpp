#include "sandbox/server/ApiHttpServer.h"

#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/GuardedTcpServer.h"
#include "sandbox/http/ResponseWriter.h"
#include "sandbox/server/ApiDispatcher.h"

#include <QHttpServerRequest>
#include <QTimer>

#include <cstdio>

namespace Sandbox
{

using namespace Qt::StringLiterals;

ApiHttpServer::ApiHttpServer(ApiDispatcher& dispatcher, const GuardedSocket::Limits& limits, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(dispatcher)
    , m_limits(limits)
{}

ApiHttpServer::~ApiHttpServer()
{
    flushLog();
}

void ApiHttpServer::log(const QByteArray& line)
{
    m_log += line;
    if (m_flushPending)
        return;
    m_flushPending = true;
    QTimer::singleShot(0, this, &ApiHttpServer::flushLog);
}

void ApiHttpServer::flushLog()
{
    m_flushPending = false;
    if (m_log.isEmpty())
        return;
    std::fwrite(m_log.constData(), 1, size_t(m_log.size()), stderr);
    std::fflush(stderr);
    m_log.clear();
}

quint16 ApiHttpServer::listenLocal(quint16 port, QString* error)
{
    auto* server = new GuardedTcpServer(m_limits, this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    m_baseUrl = u"http://127.0.0.1:%1"_s.arg(server->serverPort());
    return server->serverPort();
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const qint64 started = SandboxTime::nowMs();
    if (auto* guarded = qobject_cast<GuardedSocket*>(socket))
        guarded->beginResponse();
    ApiRequest api = ApiRequest::fromHttp(request, m_baseUrl);
    // Paths only: query strings and headers (tokens, secrets) never reach the log.
    const QString logLine = QString::fromLatin1(api.method) + u' ' + api.path;
    const ApiDispatcher::Outcome outcome = m_dispatcher.dispatch(api);
    deliver(socket, outcome.response, outcome.faults, logLine, started);
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const ApiRequest api = ApiRequest::fromHttp(request, m_baseUrl);
    deliver(socket, ApiErrors::single(ErrorStyle::CaseApi, 404, u"$"_s, u"There is no such path."_s), {},
            QString::fromLatin1(api.method) + u' ' + api.path, SandboxTime::nowMs());
}

void ApiHttpServer::deliver(QTcpSocket* socket, const ApiResponse& response, const FaultInjector::Plan& faults,
                            const QString& logLine, qint64 startedMs)
{
    QPointer<QTcpSocket> target(socket);
    auto send = [this, target, response, faults, logLine, startedMs] {
        QString note;
        if (!target) {
            note = u" (client gone)"_s;
        } else if (faults.drop) {
            note = u" (dropped)"_s;
            target->abort();
        } else {
            auto* guarded = qobject_cast<GuardedSocket*>(target.data());
            const bool keepAlive = !guarded || guarded->keepAlive();
            const auto body = faults.truncate ? ResponseWriter::Body::FirstHalf : ResponseWriter::Body::Whole;
            target->write(ResponseWriter::serialize(response, keepAlive, body));
            if (faults.truncate)
                note = u" (truncated)"_s;
            if (guarded)
                guarded->endResponse();
            else if (!keepAlive)
                target->disconnectFromHost();
        }
        log(logLine.toLocal8Bit() + ' ' + QByteArray::number(response.status) + ' '
            + QByteArray::number(SandboxTime::nowMs() - startedMs) + "ms" + note.toLocal8Bit() + '\n');
    };
    if (faults.latencyMs > 0)
        QTimer::singleShot(faults.latencyMs, this, send);
    else
        send();
}

} // namespace Sandbox

#include "tests/support/HostileServer.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>

namespace CaseDesk
{

void HostileServer::on(QHttpServerRequest::Method method, const QString& pathPrefix, Handler handler)
{
    m_routes.append({method, pathPrefix, std::move(handler)});
}

QUrl HostileServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

QUrl HostileServer::startTls(const QSslCertificate& certificate, const QSslKey& key)
{
    sslSetup(certificate, key);
    QUrl url = start();
    if (url.isValid())
        url.setScheme(QStringLiteral("https"));
    return url;
}

bool HostileServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    m_log << QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                     .toUpper()
                 + u' ' + path;
    Answer answer{404, QByteArrayLiteral(R"([{"errorCode":"EQ-2010004","errorMessage":"no such path"}])")};
    for (const Route& route : std::as_const(m_routes)) {
        if (route.method == request.method() && path.startsWith(route.prefix)) {
            answer = route.handler(request);
            break;
        }
    }
    QHttpServerResponse response(answer.contentType, answer.body, QHttpServerResponder::StatusCode(answer.status));
    response.addHeaders(answer.headers);
    response.write(makeResponder(request, socket));
    return true;
}

void HostileServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // handleRequest() answers everything.
}

} // namespace CaseDesk

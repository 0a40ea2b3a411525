#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace CaseDesk
{

/*
 * A small HTTP server on 127.0.0.1 for tests that need answers no honest server gives (hostile text in a
 * token answer, a case, an error). Routes match a method and a path prefix, first added first; anything
 * else gets a 404.
 *
 *     HostileServer server;
 *     server.on(QHttpServerRequest::Method::Post, u"/oauth2/v1/token"_s, [](const QHttpServerRequest&) {
 *         return HostileServer::Answer{200, tokenJson};
 *     });
 *     const QUrl base = server.start();
 */
class HostileServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers = {}; // more headers, e.g. {"Location", "http://..."}
    };
    using Handler = std::function<Answer(const QHttpServerRequest&)>;

    using QAbstractHttpServer::QAbstractHttpServer;

    void on(QHttpServerRequest::Method method, const QString& pathPrefix, Handler handler);
    // Listens on a free loopback port; returns the base URL, or an empty one when it cannot listen.
    QUrl start();
    // The same over TLS with the given certificate and key (for example a TestCertificate); an https URL.
    QUrl startTls(const QSslCertificate& certificate, const QSslKey& key);
    // "POST /oauth2/v1/token", in order.
    QStringList log() const { return m_log; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QString prefix;
        Handler handler;
    };
    QList<Route> m_routes;
    QStringList m_log;
};

} // namespace CaseDesk

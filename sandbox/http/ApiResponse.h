#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace Sandbox
{

// One HTTP answer as the services produce it; ResponseWriter turns it into bytes on the socket.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonDocument& document)
    {
        ApiResponse response;
        response.status = status;
        response.body = document.toJson(QJsonDocument::Compact);
        return response;
    }

    // An answer whose JSON is already serialized (a cached one).
    static ApiResponse jsonBody(int status, const QByteArray& body)
    {
        ApiResponse response;
        response.status = status;
        response.body = body;
        return response;
    }

    // A gateway's own answer when the backend was too slow or broke off: HTML, not the API's error shape.
    static ApiResponse gatewayError(int status)
    {
        ApiResponse response;
        response.status = status;
        response.contentType = QByteArrayLiteral("text/html");
        const QByteArray title =
            status == 504 ? QByteArrayLiteral("504 Gateway Time-out") : QByteArrayLiteral("502 Bad Gateway");
        response.body = "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>\n";
        return response;
    }

    // A 200 whose body a client cannot decode (a proxy's error page with the wrong status, say).
    static ApiResponse notJson()
    {
        ApiResponse response;
        response.contentType = QByteArrayLiteral("text/html");
        response.body = QByteArrayLiteral("<html><body>Service temporarily unavailable</body></html>\n");
        return response;
    }
};

} // namespace Sandbox

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
};

} // namespace Sandbox

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace Sandbox
{

// A parsed request as the services see it: method, decoded path, headers, body, path parameters and,
// once the dispatcher has checked the token, the calling client.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // keys in lower case
    QHash<QString, QString> params;        // path parameters by name
    QString baseUrl;                       // http://127.0.0.1:PORT, for links in answers
    QString clientId;
    bool readOnly = false;

    static ApiRequest fromHttp(const QHttpServerRequest& request, const QString& baseUrl);

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString param(const QString& name) const { return params.value(name); }
};

} // namespace Sandbox

#include "sandbox/http/ApiRequest.h"

#include <QHttpServerRequest>

namespace Sandbox
{

namespace
{

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

ApiRequest ApiRequest::fromHttp(const QHttpServerRequest& request, const QString& baseUrl)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.body = request.body();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers)
        api.headers.insert(name.toLower(), value);
    api.baseUrl = baseUrl;
    return api;
}

} // namespace Sandbox

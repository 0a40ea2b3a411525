#pragma once

#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace Sandbox
{

/*
 * Maps method and path to a handler. Patterns use {name} for one path segment:
 *
 *     router.add("GET", u"/support/v2/tickets/{id}"_s, ErrorStyle::CaseApi, handler);
 *     const Router::Match match = router.match("GET", u"/support/v2/tickets/11150930"_s);
 */
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;

    struct Route
    {
        QByteArray method;
        QStringList segments;
        ErrorStyle style = ErrorStyle::CaseApi;
        bool authenticated = true; // needs a bearer token, and faults apply
        Handler handler;
    };

    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // the path exists with these methods
    };

    void add(const QByteArray& method, const QString& pattern, ErrorStyle style, Handler handler,
             bool authenticated = true);
    Match match(const QByteArray& method, const QString& path) const;

private:
    static QStringList split(const QString& path);

    QList<Route> m_routes;
};

} // namespace Sandbox

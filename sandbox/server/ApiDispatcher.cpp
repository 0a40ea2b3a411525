#include "sandbox/server/ApiDispatcher.h"

#include "sandbox/auth/TokenService.h"
#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/Router.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

ApiDispatcher::ApiDispatcher(Router& router, TokenService& tokens, FaultInjector& faults)
    : m_router(router)
    , m_tokens(tokens)
    , m_faults(faults)
{}

ApiDispatcher::Outcome ApiDispatcher::dispatch(ApiRequest& request)
{
    Outcome outcome;
    const Router::Match match = m_router.match(request.method, request.path);
    const ErrorStyle pathStyle =
        request.path.startsWith(u"/v1/retrieve-orders"_s) ? ErrorStyle::OrderHistory : ErrorStyle::CaseApi;
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            outcome.response = ApiErrors::single(pathStyle, 404, u"$"_s, u"There is no such path."_s);
        } else {
            outcome.response =
                ApiErrors::single(pathStyle, 405, u"$"_s,
                                  u"Use %1 on this path."_s.arg(QString::fromLatin1(match.allowedMethods.join(", "))));
            outcome.response.headers.append({QByteArrayLiteral("Allow"), match.allowedMethods.join(", ")});
        }
        return outcome;
    }
    const Router::Route& route = *match.route;
    request.params = match.params;
    if (!route.authenticated) {
        outcome.response = route.handler(request);
        return outcome;
    }
    outcome.faults = m_faults.draw(request.method, request.path);
    const QByteArray authorization = request.header("authorization");
    const auto identity = m_tokens.authenticate(authorization);
    if (!identity) {
        const QString reason = authorization.isEmpty() ? u"No bearer access token was presented."_s
                                                       : u"The access token is unknown or expired."_s;
        outcome.response = ApiErrors::single(route.style, 401, u"Authorization"_s, reason);
        return outcome;
    }
    if (outcome.faults.expire) {
        m_tokens.revoke(authorization);
        outcome.response = ApiErrors::single(route.style, 401, u"Authorization"_s, u"The access token has expired."_s);
        return outcome;
    }
    if (outcome.faults.error) {
        outcome.response = ApiErrors::single(route.style, 500, u"$"_s, u"Injected fault: internal error."_s);
        return outcome;
    }
    request.clientId = identity->clientId;
    request.readOnly = identity->readOnly;
    outcome.response = route.handler(request);
    // What a gateway or a broken proxy does after the backend acted: the write happened, the answer lies.
    if (outcome.faults.afterErrorStatus > 0)
        outcome.response = ApiResponse::gatewayError(outcome.faults.afterErrorStatus);
    else if (outcome.faults.malformed)
        outcome.response = ApiResponse::notJson();
    return outcome;
}

} // namespace Sandbox

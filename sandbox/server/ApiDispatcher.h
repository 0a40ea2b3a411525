#pragma once

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"

namespace Sandbox
{

class Router;
class TokenService;

/*
 * Routes one request: unknown path 404, known path with another method 405, then the bearer token
 * (401), then the faults (see FaultInjector), then the handler. Routes without authentication (the token
 * endpoint) get no faults.
 */
class ApiDispatcher
{
public:
    struct Outcome
    {
        ApiResponse response;
        FaultInjector::Plan faults;
    };

    ApiDispatcher(Router& router, TokenService& tokens, FaultInjector& faults);

    Outcome dispatch(ApiRequest& request);

private:
    Router& m_router;
    TokenService& m_tokens;
    FaultInjector& m_faults;
};

} // namespace Sandbox

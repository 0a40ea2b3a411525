#pragma once

#include "sandbox/http/ApiResponse.h"

#include <QList>
#include <QString>

namespace Sandbox
{

// One problem with a request: where (a JSON path into the request, a path parameter, "Authorization" or
// "$" for the whole body) and why.
struct Violation
{
    QString property;
    QString reason;

    bool operator==(const Violation& other) const = default;
};

// The three error shapes the sandbox speaks: the case and attachment APIs' error array, order history's
// genericError object and the token API's Oauth2TokenErrorResponse.
enum class ErrorStyle
{
    CaseApi,
    OrderHistory,
    OAuth,
};

/*
 * Builds error answers. Every error code and error key is spelled here and nowhere else.
 *
 *     return ApiErrors::single(ErrorStyle::CaseApi, 404, u"id"_s, u"No case with this number."_s);
 */
class ApiErrors
{
public:
    static ApiResponse single(ErrorStyle style, int status, const QString& property, const QString& reason);
    static ApiResponse many(ErrorStyle style, int status, const QList<Violation>& violations);

    // Token API errors (always 400, as the official spec documents).
    enum class TokenError
    {
        InvalidRequest,
        InvalidClient,
        AccountLocked,
        UnsupportedGrantType,
    };
    static ApiResponse token(TokenError error, const QString& developerMessage);

    // The error code of the case API for an HTTP status, e.g. 400 -> EQ-2010010.
    static QString caseApiCode(int status);
    static QString orderHistoryCode(int status);
    static QString summary(int status);
};

} // namespace Sandbox

#pragma once

#include "models/api/ApiErrorEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CaseDesk
{

/*
 * Every way a call can fail, as one value: what kind of failure, the server's own words (errorCode, message,
 * correlationId, the fields it refused), and a translated sentence a user can act on (userMessage()).
 */
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Offline,        // no connection to the server (refused, unreachable, dropped before an answer)
        Timeout,        // no answer within the transfer timeout
        Unauthorized,   // 401, or the token endpoint refused the credentials
        AccountLocked,  // the token endpoint says the account is locked
        Forbidden,      // 403
        Validation,     // 400 with field errors
        Conflict,       // 409: the case's state does not allow it
        NotFound,       // 404
        TooLarge,       // 413
        Server,         // 5xx
        BadPayload,     // an answer we cannot read (not JSON, wrong shape, cut short)
        Tls,            // certificate or TLS problem; never ignored
        InsecureUrl,    // plain http:// to a host that is not loopback
        SignInRequired, // no server or credentials yet for this environment
        Cancelled,      // the user (or the owner going away) cancelled
        Local,          // a local file could not be read or written
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;
    QString message;       // the server's message, untranslated
    QString correlationId; // quote this to the provider's support
    QList<FieldError> fieldErrors;
    QString technicalDetails; // network error text, decode errors: for the details pane and logs

    bool isError() const { return kind != Kind::None; }
    // Errors that may go away by themselves: worth an automatic retry for reads, or the outbox for writes.
    bool isTransient() const;
    // True when the request may have reached the server even though no answer came back.
    bool mayHaveReachedServer() const;

    // A translated sentence for people: what happened and what they can do about it.
    QString userMessage() const;
    // The server's field errors as "property: reason" lines.
    QString fieldSummary() const;

    static ApiError make(Kind kind, const QString& technicalDetails = {});
    static ApiError badPayload(const QString& details);

    // Reads an error body in any of the shapes the provider's APIs use (the case API's error array, the
    // token API's object, the order-history API's {errors: [...]}) into `error`; unknown shapes are kept raw.
    static void readServerBody(const QByteArray& body, ApiError* error);
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::ApiError)

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
        Timeout,        // no answer within the transfer timeout, or 408 from the server
        Unauthorized,   // 401, or the token endpoint refused the credentials
        AccountLocked,  // the token endpoint says the account is locked
        Forbidden,      // 403
        RateLimited,    // 429: too many requests; wait (Retry-After) and send again
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

    // How an exchange ended before its body was looked at. Only the transport knows whether any byte of
    // the request left: a connection refused or reset before the body went out proves nothing happened.
    enum class Delivery
    {
        Answered,           // an HTTP status line came back (the body may still be cut short)
        NotConnected,       // refused, host not found, network down: nothing was sent
        ResetBeforeSending, // the connection closed before any byte of the request body was sent
        ResetAfterSending,  // the connection closed after the request (or part of it) went out
        TimedOut,           // no (complete) answer within the transfer timeout
        TlsFailed,          // the TLS handshake failed: nothing was sent
        Cancelled,          // we aborted it (user, owner gone)
    };
    Q_ENUM(Delivery)

    // What an answer (or its absence) says: the one table the client, the outbox and the tests read.
    struct Meaning
    {
        Kind kind = Kind::None;
        bool transient = false;     // may go away by itself: reads retry, the outbox waits and tries again
        bool reachedServer = false; // the server may have carried it out: ask before sending a write again
        bool operator==(const Meaning&) const = default;
    };
    // `bodyDecodes`: a 2xx answer's body read as the expected type (false: not JSON, cut short, wrong shape).
    static Meaning meaningOf(int httpStatus, Delivery delivery, bool bodyDecodes = true);

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;
    QString message;       // the server's message, untranslated
    QString correlationId; // quote this to the provider's support
    QList<FieldError> fieldErrors;
    QString technicalDetails; // network error text, decode errors: for the details pane and logs
    bool transient = false;
    bool reachedServer = false;
    int retryAfterMs = 0; // the server's Retry-After, when it gave one

    bool isError() const { return kind != Kind::None; }
    // Errors that may go away by themselves: worth an automatic retry for reads, or the outbox for writes.
    bool isTransient() const { return transient; }
    // True when a write may have been carried out although no clear answer says so (5xx, 408, a timeout, a
    // dropped or cut answer, a 2xx that does not decode): never send it again without asking the server.
    bool mayHaveReachedServer() const { return reachedServer; }

    // A translated sentence for people: what happened and what they can do about it.
    QString userMessage() const;
    // The server's field errors as "property: reason" lines.
    QString fieldSummary() const;

    // An error of `kind` with the meaning such an error usually has (Offline: nothing was sent).
    static ApiError make(Kind kind, const QString& technicalDetails = {});
    // The error for an answer (None for a 2xx that decodes), with its meaning from meaningOf().
    static ApiError forAnswer(int httpStatus, Delivery delivery, bool bodyDecodes = true);
    static ApiError badPayload(const QString& details);

    // Reads an error body in any of the shapes the provider's APIs use (the case API's error array, the
    // token API's object, the order-history API's {errors: [...]}) into `error`; unknown shapes are kept raw.
    static void readServerBody(const QByteArray& body, ApiError* error);
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::ApiError)

#include "models/api/ApiError.h"

#include "models/domain/TokenError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace CaseDesk
{

ApiError::Meaning ApiError::meaningOf(int httpStatus, Delivery delivery, bool bodyDecodes)
{
    // The table of what an answer tells about the server's state. Only an answer that proves nothing
    // happened (a 4xx refusal, a connection that failed before anything was sent) lets a write go out again
    // without asking; everything else "may have been done".
    switch (delivery) {
    case Delivery::NotConnected:
    case Delivery::ResetBeforeSending:
        return {Kind::Offline, true, false};
    case Delivery::ResetAfterSending:
        return {Kind::Offline, true, true};
    case Delivery::TimedOut:
        return {Kind::Timeout, true, true};
    case Delivery::TlsFailed:
        return {Kind::Tls, false, false};
    case Delivery::Cancelled:
        return {Kind::Cancelled, false, true};
    case Delivery::Answered:
        break;
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return bodyDecodes ? Meaning{Kind::None, false, true} : Meaning{Kind::BadPayload, true, true};
    switch (httpStatus) {
    case 400:
        return {Kind::Validation, false, false};
    case 401:
        return {Kind::Unauthorized, false, false};
    case 403:
        return {Kind::Forbidden, false, false};
    case 404:
        return {Kind::NotFound, false, false};
    case 408: // the server gave up reading it; a gateway may have passed it on first
        return {Kind::Timeout, true, true};
    case 409:
        return {Kind::Conflict, false, false};
    case 413:
        return {Kind::TooLarge, false, false};
    case 429: // refused for now: nothing was done, and it is worth sending again later
        return {Kind::RateLimited, true, false};
    default:
        break;
    }
    if (httpStatus >= 500) // a gateway may have forwarded it and then given up: 502, 503, 504 alike
        return {Kind::Server, true, true};
    if (httpStatus >= 400) // any other refusal of the request itself
        return {Kind::Validation, false, false};
    // 1xx/3xx as a final answer (a redirect not followed) or no status at all: nothing says it was not done.
    return {Kind::BadPayload, false, true};
}

ApiError ApiError::make(Kind kind, const QString& technicalDetails)
{
    ApiError error;
    error.kind = kind;
    error.technicalDetails = technicalDetails;
    // The meaning such an error has when it is made without an answer to look at.
    switch (kind) {
    case Kind::Offline:
        error.transient = true; // could not connect
        break;
    case Kind::Timeout:
    case Kind::Server:
    case Kind::BadPayload:
        error.transient = true;
        error.reachedServer = true;
        break;
    case Kind::RateLimited:
        error.transient = true;
        break;
    case Kind::Cancelled:
        error.reachedServer = true;
        break;
    default:
        break;
    }
    return error;
}

ApiError ApiError::forAnswer(int httpStatus, Delivery delivery, bool bodyDecodes)
{
    const Meaning meaning = meaningOf(httpStatus, delivery, bodyDecodes);
    ApiError error;
    error.kind = meaning.kind;
    error.transient = meaning.transient;
    error.reachedServer = meaning.reachedServer;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::badPayload(const QString& details)
{
    return make(Kind::BadPayload, details);
}

QString ApiError::fieldSummary() const
{
    QStringList lines;
    for (const FieldError& field : fieldErrors) {
        lines << (field.property.isEmpty() ? field.reason : tr("%1: %2").arg(field.property, field.reason));
    }
    return lines.join(u'\n');
}

QString ApiError::userMessage() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        sentence = tr("The server cannot be reached. Check the network connection; CaseDesk keeps working "
                      "with what it has and tries again.");
        break;
    case Kind::Timeout:
        sentence = httpStatus == 408 ? tr("The server gave up waiting for the request (HTTP 408). It may be busy; "
                                          "CaseDesk tries again in a moment.")
                                     : tr("The server did not answer in time. It may be busy; try again in a moment.");
        break;
    case Kind::RateLimited:
        sentence = retryAfterMs > 0 ? tr("The server is receiving too many requests and asks to wait %n second(s).",
                                         nullptr, (retryAfterMs + 999) / 1000)
                                    : tr("The server is receiving too many requests. CaseDesk waits and tries again.");
        break;
    case Kind::Unauthorized:
        sentence = tr("The server did not accept the credentials. Check the client ID and secret and sign in again.");
        break;
    case Kind::AccountLocked:
        sentence = tr("The account is locked after too many failed sign-ins. Ask the provider to unlock it.");
        break;
    case Kind::Forbidden:
        sentence = tr("This account is not allowed to do this. Ask an administrator for the permission.");
        break;
    case Kind::Validation:
        sentence = fieldErrors.isEmpty() ? tr("The server refused the request as invalid.")
                                         : tr("The server refused some fields:\n%1").arg(fieldSummary());
        break;
    case Kind::Conflict:
        sentence = tr("The case's current state does not allow this (it may be closed or cancelled). "
                      "Refresh the case to see its state.");
        break;
    case Kind::NotFound:
        sentence = tr("The server does not know this case or file. Check the number.");
        break;
    case Kind::TooLarge:
        sentence = tr("The file or request is larger than the server accepts.");
        break;
    case Kind::Server:
        sentence = tr("The server had a problem (HTTP %1). Try again later.").arg(httpStatus);
        break;
    case Kind::BadPayload:
        sentence = tr("The server sent an answer CaseDesk cannot read. Nothing was changed here; try again.");
        break;
    case Kind::Tls:
        sentence =
            tr("The server's certificate could not be trusted, so CaseDesk did not connect: %1").arg(technicalDetails);
        break;
    case Kind::InsecureUrl:
        sentence = tr("CaseDesk only talks to servers other than this computer over HTTPS.");
        break;
    case Kind::SignInRequired:
        sentence = tr("Sign in to this environment first (Environment menu, Sign in…).");
        break;
    case Kind::Cancelled:
        sentence = tr("Cancelled.");
        break;
    case Kind::Local:
        sentence = tr("A local file could not be used: %1").arg(technicalDetails);
        break;
    }
    if (!correlationId.isEmpty())
        sentence += u'\n' + tr("Reference for the provider's support: %1").arg(correlationId);
    return sentence;
}

void ApiError::readServerBody(const QByteArray& body, ApiError* error)
{
    if (body.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->technicalDetails = QString::fromUtf8(body.left(500));
        return;
    }
    if (document.isArray()) {
        const QJsonArray entries = document.array();
        for (const QJsonValue& value : entries) {
            const auto entry = decodeJson<ApiErrorEntry>(value);
            if (!entry.value)
                continue;
            if (error->errorCode.isEmpty())
                error->errorCode = entry.value->errorCode.value_or(QString());
            if (error->message.isEmpty())
                error->message = entry.value->errorMessage.value_or(QString());
            if (error->correlationId.isEmpty())
                error->correlationId = entry.value->correlationId.value_or(QString());
            error->fieldErrors += entry.value->fieldErrors();
        }
        return;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"errors")) {
        const auto history = decodeJson<OrderHistoryError>(object);
        if (history.value && history.value->errors) {
            for (const auto& item : *history.value->errors) {
                if (error->errorCode.isEmpty())
                    error->errorCode = item.code.value_or(QString());
                if (error->message.isEmpty())
                    error->message = item.message.value_or(QString());
                for (const QString& field : item.fields.value_or(QStringList()))
                    error->fieldErrors.append({field, item.message.value_or(QString())});
            }
            error->correlationId = history.value->ticketId.value_or(QString());
        }
        return;
    }
    const auto token = decodeJson<TokenError>(object);
    if (token.value) {
        error->errorCode = token.value->errorCode.value_or(QString());
        error->message = token.value->errorMessage.value_or(token.value->errorTitle.value_or(QString()));
        error->technicalDetails = token.value->developerMessage.value_or(QString());
    }
}

} // namespace CaseDesk

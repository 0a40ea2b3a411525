#include "models/api/ApiError.h"

#include "models/domain/TokenError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace CaseDesk
{

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

bool ApiError::mayHaveReachedServer() const
{
    // A timeout or a connection closed after sending may hide a request the server did carry out.
    return kind == Kind::Timeout || kind == Kind::BadPayload || (kind == Kind::Offline && httpStatus == 0);
}

ApiError ApiError::make(Kind kind, const QString& technicalDetails)
{
    ApiError error;
    error.kind = kind;
    error.technicalDetails = technicalDetails;
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
        sentence = tr("The server did not answer in time. It may be busy; try again in a moment.");
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

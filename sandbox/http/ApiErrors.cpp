#include "sandbox/http/ApiErrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

const QString kHelp = u"https://docs.equinix.com/api-catalog/supportv2"_s;

QString correlationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject caseApiEntry(int status, const Violation& violation, const QString& correlation)
{
    return QJsonObject{
        {u"errorCode"_s, ApiErrors::caseApiCode(status)},
        {u"errorMessage"_s, ApiErrors::summary(status)},
        {u"details"_s, violation.reason},
        {u"correlationId"_s, correlation},
        {u"help"_s, kHelp},
        {u"additionalInfo"_s, QJsonObject{{u"property"_s, violation.property}, {u"reason"_s, violation.reason}}},
    };
}

ApiResponse withStatus(int status, const QJsonDocument& document)
{
    return ApiResponse::json(status, document);
}

} // namespace

QString ApiErrors::caseApiCode(int status)
{
    switch (status) {
    case 400:
        return u"EQ-2010010"_s;
    case 401:
        return u"EQ-2010006"_s;
    case 403:
        return u"EQ-2010007"_s;
    case 404:
        return u"EQ-2010004"_s;
    case 405:
        return u"EQ-2010005"_s;
    case 408:
        return u"EQ-2010008"_s;
    case 409:
        return u"EQ-2010009"_s;
    case 413:
        return u"EQ-2010013"_s;
    case 421:
        return u"EQ-2010021"_s;
    case 431:
        return u"EQ-2010031"_s;
    case 503:
        return u"EQ-2010103"_s;
    default:
        return u"EQ-2010101"_s;
    }
}

QString ApiErrors::orderHistoryCode(int status)
{
    return u"EQX-OH-%1"_s.arg(status);
}

QString ApiErrors::summary(int status)
{
    switch (status) {
    case 400:
        return u"One or more properties of the request are invalid."_s;
    case 401:
        return u"Permission denied: the access token is missing, unknown or expired."_s;
    case 403:
        return u"Permission denied: this client may not do this."_s;
    case 404:
        return u"Not found."_s;
    case 405:
        return u"Method not allowed on this path."_s;
    case 408:
        return u"The request was not received in time."_s;
    case 409:
        return u"The case's state does not allow this change."_s;
    case 413:
        return u"The request is too large."_s;
    case 421:
        return u"The request was meant for another server."_s;
    case 431:
        return u"The request's header section is too large."_s;
    case 503:
        return u"The server is busy. Please try again later."_s;
    default:
        return u"The server has encountered an unexpected error. Please try again later."_s;
    }
}

ApiResponse ApiErrors::single(ErrorStyle style, int status, const QString& property, const QString& reason)
{
    return many(style, status, {Violation{property, reason}});
}

ApiResponse ApiErrors::many(ErrorStyle style, int status, const QList<Violation>& violations)
{
    if (style == ErrorStyle::OrderHistory) {
        QJsonArray errors;
        for (const Violation& violation : violations) {
            errors.append(QJsonObject{{u"code"_s, orderHistoryCode(status)},
                                      {u"message"_s, violation.reason},
                                      {u"fields"_s, QJsonArray{violation.property}}});
        }
        // ticketId: 15 digits, like the official examples.
        const QString ticketId = QString::number(
            QRandomGenerator::global()->bounded(Q_INT64_C(100000000000000), Q_INT64_C(1000000000000000)));
        return withStatus(status, QJsonDocument(QJsonObject{{u"errors"_s, errors}, {u"ticketId"_s, ticketId}}));
    }
    if (style == ErrorStyle::OAuth) {
        const QString reason = violations.isEmpty() ? summary(status) : violations.constFirst().reason;
        ApiResponse response = token(TokenError::InvalidRequest, reason);
        response.status = status;
        return response;
    }
    const QString correlation = correlationId();
    QJsonArray entries;
    for (const Violation& violation : violations)
        entries.append(caseApiEntry(status, violation, correlation));
    return withStatus(status, QJsonDocument(entries));
}

ApiResponse ApiErrors::token(TokenError error, const QString& developerMessage)
{
    QString title;
    QString code;
    QString message;
    switch (error) {
    case TokenError::InvalidRequest:
        title = u"Invalid Request"_s;
        code = u"INVALID_REQUEST"_s;
        message = u"The request is not a valid token request."_s;
        break;
    case TokenError::InvalidClient:
        title = u"Invalid Client"_s;
        code = u"INVALID_CLIENT"_s;
        message = u"Please enter a valid client id/client secret/username/password and try again."_s;
        break;
    case TokenError::AccountLocked:
        title = u"Account Locked"_s;
        code = u"ACCOUNT_LOCKED"_s;
        message = u"The account is locked after 5 successive invalid attempts."_s;
        break;
    case TokenError::UnsupportedGrantType:
        title = u"Unsupported Grant Type"_s;
        code = u"UNSUPPORTED_GRANT_TYPE"_s;
        message = u"Only the client_credentials grant type is supported."_s;
        break;
    }
    const QJsonObject body{
        {u"error_domain"_s, u"apigateway"_s},       {u"error_title"_s, title},     {u"error_code"_s, code},
        {u"developer_message"_s, developerMessage}, {u"error_message"_s, message},
    };
    return withStatus(400, QJsonDocument(body));
}

} // namespace Sandbox

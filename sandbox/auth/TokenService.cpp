#include "sandbox/auth/TokenService.h"

#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/JsonBody.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool sameSecret(const QString& a, const QString& b)
{
    // Constant time in the length of the presented secret: no early exit on the first difference.
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    quint8 diff = x.size() == y.size() ? 0 : 1;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= quint8(x.at(i) ^ (i < y.size() ? y.at(i) : 0));
    return diff == 0;
}

} // namespace

TokenService::TokenService(const QList<ClientCredentials>& clients, int ttlSeconds)
    : m_ttlSeconds(ttlSeconds)
{
    for (const ClientCredentials& client : clients)
        m_clients.insert(client.id, client);
}

ApiResponse TokenService::issue(const ApiRequest& request)
{
    using TokenError = ApiErrors::TokenError;
    ApiResponse error;
    const auto body = JsonBody::parse(request, ErrorStyle::OAuth, &error);
    if (!body)
        return error;
    const QJsonValue grant = body->value(u"grant_type"_s);
    const QJsonValue id = body->value(u"client_id"_s);
    const QJsonValue secret = body->value(u"client_secret"_s);
    if (!grant.isString() || grant.toString().isEmpty())
        return ApiErrors::token(TokenError::InvalidRequest, u"grant_type is required."_s);
    if (!id.isString() || id.toString().isEmpty() || !secret.isString() || secret.toString().isEmpty())
        return ApiErrors::token(TokenError::InvalidRequest, u"client_id and client_secret are required."_s);
    if (grant.toString() != u"client_credentials"_s)
        return ApiErrors::token(TokenError::UnsupportedGrantType,
                                u"grant_type %1 is not supported; use client_credentials."_s.arg(grant.toString()));
    const auto client = m_clients.constFind(id.toString());
    if (client == m_clients.constEnd())
        return ApiErrors::token(TokenError::InvalidClient, u"Unknown client id or wrong secret."_s);
    if (!client->neverLocked && m_failures.value(client->id) >= kLockAfterFailures)
        return ApiErrors::token(
            TokenError::AccountLocked,
            u"The client is locked after %1 successive invalid attempts."_s.arg(kLockAfterFailures));
    if (!sameSecret(secret.toString(), client->secret)) {
        if (!client->neverLocked)
            m_failures.insert(client->id, m_failures.value(client->id) + 1);
        return ApiErrors::token(TokenError::InvalidClient, u"Unknown client id or wrong secret."_s);
    }
    m_failures.remove(client->id);
    dropExpired();
    const QString token = newToken();
    m_tokens.insert(token, Token{client->id, SandboxTime::nowMs() + qint64(m_ttlSeconds) * 1000});
    const QJsonObject answer{
        {u"access_token"_s, token},
        {u"token_timeout"_s, QString::number(m_ttlSeconds)},
        {u"user_name"_s, client->id},
        {u"token_type"_s, u"Bearer"_s},
    };
    return ApiResponse::json(200, QJsonDocument(answer));
}

QString TokenService::bearerToken(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 8 || trimmed.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(trimmed.mid(7).trimmed());
}

std::optional<TokenService::Identity> TokenService::authenticate(const QByteArray& authorization) const
{
    const auto token = m_tokens.constFind(bearerToken(authorization));
    if (token == m_tokens.constEnd() || token->expiresMs <= SandboxTime::nowMs())
        return std::nullopt;
    const auto client = m_clients.constFind(token->clientId);
    if (client == m_clients.constEnd())
        return std::nullopt;
    return Identity{client->id, client->readOnly};
}

void TokenService::revoke(const QByteArray& authorization)
{
    m_tokens.remove(bearerToken(authorization));
}

void TokenService::dropExpired()
{
    const qint64 now = SandboxTime::nowMs();
    m_tokens.removeIf([now](const auto& entry) { return entry.value().expiresMs <= now; });
}

} // namespace Sandbox

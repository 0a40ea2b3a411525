#pragma once

#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox
{

struct ClientCredentials
{
    QString id;
    QString secret;
    bool readOnly = false;
    // The launching app's own client (see LaunchClient): wrong secrets never lock it.
    bool neverLocked = false;
};

/*
 * POST /oauth2/v1/token and the bearer tokens it hands out (kept in memory: a restart signs everyone out).
 * Five successive wrong secrets for a known client lock it for the server's lifetime, as the official
 * token API documents; except the launching app's own client (neverLocked), whose secret is random per
 * launch: another local user guessing at it must not lock the app out of its own sandbox.
 */
class TokenService
{
public:
    struct Identity
    {
        QString clientId;
        bool readOnly = false;
    };

    TokenService(const QList<ClientCredentials>& clients, int ttlSeconds);

    ApiResponse issue(const ApiRequest& request);
    // The client behind "Authorization: Bearer <token>", if the token is known and not expired.
    std::optional<Identity> authenticate(const QByteArray& authorization) const;
    void revoke(const QByteArray& authorization);

    static constexpr int kLockAfterFailures = 5;

private:
    struct Token
    {
        QString clientId;
        qint64 expiresMs = 0;
    };

    static QString bearerToken(const QByteArray& authorization);
    void dropExpired();

    QHash<QString, ClientCredentials> m_clients;
    QHash<QString, int> m_failures;
    QHash<QString, Token> m_tokens;
    int m_ttlSeconds;
};

} // namespace Sandbox

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QString>

namespace CaseDesk
{

// The body of POST /oauth2/v1/token for the client-credentials grant. Never logged: it carries the secret.
struct TokenRequest
{
    QString grantType = QStringLiteral("client_credentials");
    QString clientId;
    QString clientSecret;

    static TokenRequest fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const TokenRequest&) const = default;
};

} // namespace CaseDesk

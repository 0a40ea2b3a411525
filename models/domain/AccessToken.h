#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The token endpoint's answer. token_timeout is a string of seconds; there is no refresh token.
struct AccessToken
{
    QString accessToken;
    QString tokenTimeout;
    std::optional<QString> userName;
    std::optional<QString> tokenType;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static AccessToken fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AccessToken&) const = default;
};

} // namespace CaseDesk

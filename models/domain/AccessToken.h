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

    // A token counts as valid at most this long, whatever the server says: its lifetime is turned into
    // milliseconds, which overflowed for a hostile "9223372036854775807".
    static constexpr qint64 kMaxLifetimeSecs = 366LL * 24 * 3600;

    // token_timeout as seconds, capped at kMaxLifetimeSecs; nullopt when it is not a positive whole number.
    std::optional<qint64> lifetimeSecs() const;

    static AccessToken fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AccessToken&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The token endpoint's error body (a different shape from the case API's error list).
struct TokenError
{
    std::optional<QString> errorDomain;
    std::optional<QString> errorTitle;
    std::optional<QString> errorCode;
    std::optional<QString> developerMessage;
    std::optional<QString> errorMessage;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static TokenError fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const TokenError&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// A key/value pair of a case or line item (`RECURRING_TYPE` = `CHILD`); the value may be any JSON.
struct AdditionalInfo
{
    std::optional<QString> key;
    std::optional<QJsonValue> value;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static AdditionalInfo fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AdditionalInfo&) const = default;
};

} // namespace CaseDesk

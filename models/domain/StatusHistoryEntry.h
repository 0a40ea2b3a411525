#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// One step of a case's status history.
struct StatusHistoryEntry
{
    std::optional<QString> status;
    std::optional<Timestamp> createdDate;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static StatusHistoryEntry fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const StatusHistoryEntry&) const = default;
};

} // namespace CaseDesk

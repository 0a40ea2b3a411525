#pragma once

#include "models/domain/AttachmentRef.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// A note on a case: the provider's (RESOLUTION_NOTES) or the customer's own (CUSTOMER_NOTES).
struct CaseNote
{
    std::optional<QString> id;
    std::optional<Timestamp> createdDateTime;
    std::optional<QString> text;
    std::optional<QString> type;
    std::optional<QString> visibility;
    std::optional<QList<AttachmentRef>> attachments;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static CaseNote fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CaseNote&) const = default;
};

} // namespace CaseDesk

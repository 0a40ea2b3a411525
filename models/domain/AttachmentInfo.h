#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// What the Attachments API answers about an uploaded file.
struct AttachmentInfo
{
    QString attachmentId;
    QString attachmentName;
    QString attachmentType;
    std::optional<double> attachmentSize;
    std::optional<Timestamp> createdDate;
    std::optional<QString> createdBy;
    std::optional<Timestamp> lastUpdatedDate;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static AttachmentInfo fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AttachmentInfo&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace CaseDesk
{

// One file of a draft's attachment list: the local copy it was added from (the draft's own copy, so a
// restored draft can upload it again after its id expired) and, once uploaded, the id and name the API gave.
struct DraftAttachment
{
    QString localPath;
    QString name;
    std::optional<QString> attachmentId;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    bool isUploaded() const { return attachmentId && !attachmentId->isEmpty(); }

    static DraftAttachment fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const DraftAttachment&) const = default;
};

} // namespace CaseDesk

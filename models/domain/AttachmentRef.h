#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// An attachment as a case, note or request refers to it: the Attachments API's id and a name.
// GET answers add its source (CUSTOMER or PROVIDER).
struct AttachmentRef
{
    QString id;
    QString name;
    std::optional<QString> source;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static AttachmentRef fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AttachmentRef&) const = default;
};

} // namespace CaseDesk

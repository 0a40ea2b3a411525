#pragma once

#include "models/domain/AttachmentRef.h"
#include "models/domain/Contact.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The body of POST /support/v2/tickets. Empty optional fields must stay absent: the API refuses empty strings.
struct CreateCaseRequest
{
    QString code;
    QString description;
    QString primaryId;
    std::optional<QString> secondaryId;
    std::optional<Timestamp> occurredDateTime;
    std::optional<QString> customerReferenceId;
    std::optional<QList<AttachmentRef>> attachments;
    std::optional<QList<Contact>> contacts;
    std::optional<QJsonObject> details;

    static CreateCaseRequest fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CreateCaseRequest&) const = default;
};

} // namespace CaseDesk

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

// The body of POST /support/v1/tickets/{caseNumber}/notes.
struct NoteRequest
{
    QString text;
    std::optional<QList<AttachmentRef>> attachments;
    std::optional<QString> visibility;

    static NoteRequest fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const NoteRequest&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/domain/AttachmentRef.h"
#include "models/domain/CaseNote.h"
#include "models/domain/Contact.h"
#include "models/domain/OtherDetails.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

/*
 * A case as GET /support/v2/tickets/{id} answers it (SingleCaseResponseV2). Every field is optional because
 * the API marks none required; enum values (status, channel) stay raw text so a value this version does
 * not know is shown as sent. Decode with decodeJson<Case>(bytes).
 */
struct Case
{
    struct Location
    {
        std::optional<QStringList> ibx;
        QJsonObject extra;

        static Location fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Location&) const = default;
    };

    std::optional<QString> id; // the 8-digit case number
    std::optional<QString> accountNumber;
    std::optional<QString> accountName;
    std::optional<QString> customerReferenceId;
    std::optional<QString> channel;
    std::optional<QString> orderId; // trouble tickets only: "1-" and 12 digits
    std::optional<QString> code;
    std::optional<Location> location;
    std::optional<QString> status;
    std::optional<QList<Contact>> contacts;
    std::optional<Timestamp> createdDateTime;
    std::optional<OtherDetails> otherDetails;
    std::optional<QList<CaseNote>> notes;
    std::optional<QList<AttachmentRef>> attachments;
    QJsonObject extra;

    static Case fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const Case&) const = default;

    // Conveniences over the nested optionals, for the list and the header.
    QString firstIbx() const;
    QString firstCage() const;
    std::optional<Timestamp> updatedDateTime() const;
    bool isCancellable() const;
    bool isModifiable() const;
};

} // namespace CaseDesk

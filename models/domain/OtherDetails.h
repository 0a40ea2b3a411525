#pragma once

#include "models/domain/AdditionalInfo.h"
#include "models/domain/CaseLine.h"
#include "models/domain/StatusHistoryEntry.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The provider's back-office view of a case (GET's otherDetails): history, line items and what is allowed.
struct OtherDetails
{
    std::optional<QString> contactUCMID;
    std::optional<QString> recordType;
    std::optional<QString> subChannel;
    std::optional<Timestamp> finalScheduledDate;
    std::optional<QString> category;
    std::optional<QString> subCategory;
    std::optional<QString> description;
    std::optional<Timestamp> updatedDateTime;
    std::optional<QString> updatedByFullName;
    std::optional<QString> requestedTerminationDate; // free text, "" in the provider's own sample
    std::optional<QList<StatusHistoryEntry>> statusHistory;
    std::optional<QStringList> purchaseOrders;
    std::optional<QStringList> products;
    std::optional<QStringList> productOfferingCodes;
    std::optional<QList<CaseLine>> details;
    std::optional<QList<AdditionalInfo>> additionalInfo;
    std::optional<bool> modifiable;
    std::optional<bool> reOpen;
    std::optional<bool> cancellable;
    std::optional<bool> respond;
    QJsonObject extra;

    static OtherDetails fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const OtherDetails&) const = default;
};

} // namespace CaseDesk

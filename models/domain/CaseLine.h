#pragma once

#include "models/domain/AdditionalInfo.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

// A line item of a case (otherDetails.details[]): the product, where, its status and what may be done with it.
struct CaseLine
{
    struct EstimatedCompletion
    {
        std::optional<Timestamp> originalDateTime;
        QJsonObject extra;

        static EstimatedCompletion fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const EstimatedCompletion&) const = default;
    };

    std::optional<QString> lineId;
    std::optional<QString> parentLineId;
    std::optional<QString> productType;
    std::optional<QString> productOfferingCode;
    std::optional<QString> productCode;
    std::optional<QString> productName;
    std::optional<QString> status;
    std::optional<QString> reOpen; // a string on lines ("NOT_ALLOWED"), a boolean on otherDetails
    std::optional<bool> respond;
    std::optional<QString> ibx;
    std::optional<QString> cage;
    std::optional<QString> requestType;
    std::optional<QString> activityId;
    std::optional<QJsonObject> purchaseOrder;
    std::optional<EstimatedCompletion> estimatedCompletion;
    std::optional<Timestamp> updatedDateTime;
    std::optional<QList<AdditionalInfo>> additionalInfo;
    std::optional<bool> modifiable;
    std::optional<bool> cancellable;
    QJsonObject extra;

    static CaseLine fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CaseLine&) const = default;
};

} // namespace CaseDesk

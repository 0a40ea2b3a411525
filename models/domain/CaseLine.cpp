#include "models/domain/CaseLine.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto completionFields =
    std::make_tuple(jsonField("originalDateTime"_L1, &CaseLine::EstimatedCompletion::originalDateTime));

const auto fields = std::make_tuple(
    jsonField("lineId"_L1, &CaseLine::lineId), jsonField("parentLineId"_L1, &CaseLine::parentLineId),
    jsonField("productType"_L1, &CaseLine::productType),
    jsonField("productOfferingCode"_L1, &CaseLine::productOfferingCode),
    jsonField("productCode"_L1, &CaseLine::productCode), jsonField("productName"_L1, &CaseLine::productName),
    jsonField("status"_L1, &CaseLine::status), jsonField("reOpen"_L1, &CaseLine::reOpen),
    jsonField("respond"_L1, &CaseLine::respond), jsonField("ibx"_L1, &CaseLine::ibx),
    jsonField("cage"_L1, &CaseLine::cage), jsonField("requestType"_L1, &CaseLine::requestType),
    jsonField("activityId"_L1, &CaseLine::activityId), jsonField("purchaseOrder"_L1, &CaseLine::purchaseOrder),
    jsonField("estimatedCompletion"_L1, &CaseLine::estimatedCompletion),
    jsonField("updatedDateTime"_L1, &CaseLine::updatedDateTime),
    jsonField("additionalInfo"_L1, &CaseLine::additionalInfo), jsonField("modifiable"_L1, &CaseLine::modifiable),
    jsonField("cancellable"_L1, &CaseLine::cancellable));
} // namespace

CaseLine::EstimatedCompletion CaseLine::EstimatedCompletion::fromJson(JsonReader& reader)
{
    return reader.readFields<EstimatedCompletion>(completionFields);
}

QJsonObject CaseLine::EstimatedCompletion::toJson() const
{
    return writeFields(*this, completionFields);
}

CaseLine CaseLine::fromJson(JsonReader& reader)
{
    return reader.readFields<CaseLine>(fields);
}

QJsonObject CaseLine::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

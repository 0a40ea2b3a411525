#include "models/domain/OtherDetails.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("contactUCMID"_L1, &OtherDetails::contactUCMID), jsonField("recordType"_L1, &OtherDetails::recordType),
    jsonField("subChannel"_L1, &OtherDetails::subChannel),
    jsonField("finalScheduledDate"_L1, &OtherDetails::finalScheduledDate),
    jsonField("category"_L1, &OtherDetails::category), jsonField("subCategory"_L1, &OtherDetails::subCategory),
    jsonField("description"_L1, &OtherDetails::description),
    jsonField("updatedDateTime"_L1, &OtherDetails::updatedDateTime),
    jsonField("updatedByFullName"_L1, &OtherDetails::updatedByFullName),
    jsonField("requestedTerminationDate"_L1, &OtherDetails::requestedTerminationDate),
    jsonField("statusHistory"_L1, &OtherDetails::statusHistory),
    jsonField("purchaseOrders"_L1, &OtherDetails::purchaseOrders), jsonField("products"_L1, &OtherDetails::products),
    jsonField("productOfferingCodes"_L1, &OtherDetails::productOfferingCodes),
    jsonField("details"_L1, &OtherDetails::details), jsonField("additionalInfo"_L1, &OtherDetails::additionalInfo),
    jsonField("modifiable"_L1, &OtherDetails::modifiable), jsonField("reOpen"_L1, &OtherDetails::reOpen),
    jsonField("cancellable"_L1, &OtherDetails::cancellable), jsonField("respond"_L1, &OtherDetails::respond));
} // namespace

OtherDetails OtherDetails::fromJson(JsonReader& reader)
{
    return reader.readFields<OtherDetails>(fields);
}

QJsonObject OtherDetails::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

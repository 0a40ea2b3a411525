#include "models/domain/Case.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto locationFields = std::make_tuple(jsonField("ibx"_L1, &Case::Location::ibx));

const auto fields = std::make_tuple(
    jsonField("id"_L1, &Case::id), jsonField("accountNumber"_L1, &Case::accountNumber),
    jsonField("accountName"_L1, &Case::accountName), jsonField("customerReferenceId"_L1, &Case::customerReferenceId),
    jsonField("channel"_L1, &Case::channel), jsonField("orderId"_L1, &Case::orderId), jsonField("code"_L1, &Case::code),
    jsonField("location"_L1, &Case::location), jsonField("status"_L1, &Case::status),
    jsonField("contacts"_L1, &Case::contacts), jsonField("createdDateTime"_L1, &Case::createdDateTime),
    jsonField("otherDetails"_L1, &Case::otherDetails), jsonField("notes"_L1, &Case::notes),
    jsonField("attachments"_L1, &Case::attachments));
} // namespace

Case::Location Case::Location::fromJson(JsonReader& reader)
{
    return reader.readFields<Location>(locationFields);
}

QJsonObject Case::Location::toJson() const
{
    return writeFields(*this, locationFields);
}

Case Case::fromJson(JsonReader& reader)
{
    return reader.readFields<Case>(fields);
}

QJsonObject Case::toJson() const
{
    return writeFields(*this, fields);
}

QString Case::firstIbx() const
{
    if (location && location->ibx && !location->ibx->isEmpty())
        return location->ibx->constFirst();
    if (otherDetails && otherDetails->details) {
        for (const CaseLine& line : *otherDetails->details) {
            if (line.ibx && !line.ibx->isEmpty())
                return *line.ibx;
        }
    }
    return {};
}

QString Case::firstCage() const
{
    if (otherDetails && otherDetails->details) {
        for (const CaseLine& line : *otherDetails->details) {
            if (line.cage && !line.cage->isEmpty())
                return *line.cage;
        }
    }
    return {};
}

std::optional<Timestamp> Case::updatedDateTime() const
{
    if (otherDetails && otherDetails->updatedDateTime)
        return otherDetails->updatedDateTime;
    return std::nullopt;
}

bool Case::isCancellable() const
{
    return otherDetails && otherDetails->cancellable.value_or(false);
}

bool Case::isModifiable() const
{
    return otherDetails && otherDetails->modifiable.value_or(false);
}

} // namespace CaseDesk

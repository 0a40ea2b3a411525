#include "models/domain/OrderHeader.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto accountFields = std::make_tuple(jsonField("number"_L1, &OrderHeader::Account::number),
                                           jsonField("name"_L1, &OrderHeader::Account::name));
const auto personFields = std::make_tuple(jsonField("name"_L1, &OrderHeader::Person::name),
                                          jsonField("email"_L1, &OrderHeader::Person::email),
                                          jsonField("phone"_L1, &OrderHeader::Person::phone));
const auto fields = std::make_tuple(
    jsonField("orderNumber"_L1, &OrderHeader::orderNumber), jsonField("type"_L1, &OrderHeader::type),
    jsonField("orderStatus"_L1, &OrderHeader::orderStatus), jsonField("createdAt"_L1, &OrderHeader::createdAt),
    jsonField("account"_L1, &OrderHeader::account), jsonField("orderingContact"_L1, &OrderHeader::orderingContact),
    jsonField("notificationContact"_L1, &OrderHeader::notificationContact), jsonField("ibx"_L1, &OrderHeader::ibx),
    jsonField("customerReferenceNumbers"_L1, &OrderHeader::customerReferenceNumbers));
} // namespace

OrderHeader::Account OrderHeader::Account::fromJson(JsonReader& reader)
{
    return reader.readFields<Account>(accountFields);
}

QJsonObject OrderHeader::Account::toJson() const
{
    return writeFields(*this, accountFields);
}

OrderHeader::Person OrderHeader::Person::fromJson(JsonReader& reader)
{
    return reader.readFields<Person>(personFields);
}

QJsonObject OrderHeader::Person::toJson() const
{
    return writeFields(*this, personFields);
}

OrderHeader OrderHeader::fromJson(JsonReader& reader)
{
    return reader.readFields<OrderHeader>(fields);
}

QJsonObject OrderHeader::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

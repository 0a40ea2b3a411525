#include "models/domain/Contact.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("type"_L1, &Contact::type), jsonField("registeredUsers"_L1, &Contact::registeredUsers),
    jsonField("registeredUser"_L1, &Contact::registeredUser), jsonField("firstName"_L1, &Contact::firstName),
    jsonField("lastName"_L1, &Contact::lastName), jsonField("details"_L1, &Contact::details),
    jsonField("availability"_L1, &Contact::availability), jsonField("timezone"_L1, &Contact::timezone));
} // namespace

Contact Contact::fromJson(JsonReader& reader)
{
    return reader.readFields<Contact>(fields);
}

QJsonObject Contact::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

#include "models/domain/ContactDetail.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields =
    std::make_tuple(jsonField("type"_L1, &ContactDetail::type), jsonField("value"_L1, &ContactDetail::value));
} // namespace

ContactDetail ContactDetail::fromJson(JsonReader& reader)
{
    return reader.readFields<ContactDetail>(fields);
}

QJsonObject ContactDetail::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

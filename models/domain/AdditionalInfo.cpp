#include "models/domain/AdditionalInfo.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields =
    std::make_tuple(jsonField("key"_L1, &AdditionalInfo::key), jsonField("value"_L1, &AdditionalInfo::value));
} // namespace

AdditionalInfo AdditionalInfo::fromJson(JsonReader& reader)
{
    return reader.readFields<AdditionalInfo>(fields);
}

QJsonObject AdditionalInfo::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

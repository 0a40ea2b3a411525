#include "models/domain/CaseNote.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("id"_L1, &CaseNote::id), jsonField("createdDateTime"_L1, &CaseNote::createdDateTime),
    jsonField("text"_L1, &CaseNote::text), jsonField("type"_L1, &CaseNote::type),
    jsonField("visibility"_L1, &CaseNote::visibility), jsonField("attachments"_L1, &CaseNote::attachments));
} // namespace

CaseNote CaseNote::fromJson(JsonReader& reader)
{
    return reader.readFields<CaseNote>(fields);
}

QJsonObject CaseNote::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

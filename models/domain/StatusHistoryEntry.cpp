#include "models/domain/StatusHistoryEntry.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("status"_L1, &StatusHistoryEntry::status),
                                    jsonField("createdDate"_L1, &StatusHistoryEntry::createdDate));
} // namespace

StatusHistoryEntry StatusHistoryEntry::fromJson(JsonReader& reader)
{
    return reader.readFields<StatusHistoryEntry>(fields);
}

QJsonObject StatusHistoryEntry::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

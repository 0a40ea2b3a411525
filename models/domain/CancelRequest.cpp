#include "models/domain/CancelRequest.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("reason"_L1, &CancelRequest::reason));
} // namespace

CancelRequest CancelRequest::fromJson(JsonReader& reader)
{
    return reader.readFields<CancelRequest>(fields);
}

QJsonObject CancelRequest::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

#include "models/offline/ArrivalBaseline.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("knownIds"_L1, &ArrivalBaseline::knownIds),
                                    jsonField("serverSentMs"_L1, &ArrivalBaseline::serverSentMs));
} // namespace

ArrivalBaseline ArrivalBaseline::fromJson(JsonReader& reader)
{
    return reader.readFields<ArrivalBaseline>(fields);
}

QJsonObject ArrivalBaseline::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

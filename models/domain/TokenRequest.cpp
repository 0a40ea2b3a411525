#include "models/domain/TokenRequest.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("grant_type"_L1, &TokenRequest::grantType),
                                    jsonField("client_id"_L1, &TokenRequest::clientId),
                                    jsonField("client_secret"_L1, &TokenRequest::clientSecret));
} // namespace

TokenRequest TokenRequest::fromJson(JsonReader& reader)
{
    return reader.readFields<TokenRequest>(fields);
}

QJsonObject TokenRequest::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

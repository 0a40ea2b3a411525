#include "models/domain/TokenError.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("error_domain"_L1, &TokenError::errorDomain),
                                    jsonField("error_title"_L1, &TokenError::errorTitle),
                                    jsonField("error_code"_L1, &TokenError::errorCode),
                                    jsonField("developer_message"_L1, &TokenError::developerMessage),
                                    jsonField("error_message"_L1, &TokenError::errorMessage));
} // namespace

TokenError TokenError::fromJson(JsonReader& reader)
{
    return reader.readFields<TokenError>(fields);
}

QJsonObject TokenError::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

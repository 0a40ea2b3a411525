#include "models/domain/CaseUpdateResponse.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto resultFields = std::make_tuple(jsonField("CaseId"_L1, &CaseUpdateResponse::Result::caseId),
                                          jsonField("CaseNotesId"_L1, &CaseUpdateResponse::Result::caseNotesId),
                                          jsonField("CaseNumber"_L1, &CaseUpdateResponse::Result::caseNumber));
const auto fields = std::make_tuple(jsonField("result"_L1, &CaseUpdateResponse::result));
} // namespace

CaseUpdateResponse::Result CaseUpdateResponse::Result::fromJson(JsonReader& reader)
{
    return reader.readFields<Result>(resultFields);
}

QJsonObject CaseUpdateResponse::Result::toJson() const
{
    return writeFields(*this, resultFields);
}

CaseUpdateResponse CaseUpdateResponse::fromJson(JsonReader& reader)
{
    return reader.readFields<CaseUpdateResponse>(fields);
}

QJsonObject CaseUpdateResponse::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

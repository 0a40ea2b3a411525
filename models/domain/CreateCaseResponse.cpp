#include "models/domain/CreateCaseResponse.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields =
    std::make_tuple(jsonField("id"_L1, &CreateCaseResponse::id), jsonField("type"_L1, &CreateCaseResponse::type));
} // namespace

CreateCaseResponse CreateCaseResponse::fromJson(JsonReader& reader)
{
    return reader.readFields<CreateCaseResponse>(fields);
}

QJsonObject CreateCaseResponse::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

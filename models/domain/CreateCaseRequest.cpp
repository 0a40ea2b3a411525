#include "models/domain/CreateCaseRequest.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("code"_L1, &CreateCaseRequest::code), jsonField("description"_L1, &CreateCaseRequest::description),
    jsonField("primaryId"_L1, &CreateCaseRequest::primaryId),
    jsonField("secondaryId"_L1, &CreateCaseRequest::secondaryId),
    jsonField("occurredDateTime"_L1, &CreateCaseRequest::occurredDateTime),
    jsonField("customerReferenceId"_L1, &CreateCaseRequest::customerReferenceId),
    jsonField("attachments"_L1, &CreateCaseRequest::attachments),
    jsonField("contacts"_L1, &CreateCaseRequest::contacts), jsonField("details"_L1, &CreateCaseRequest::details));
} // namespace

CreateCaseRequest CreateCaseRequest::fromJson(JsonReader& reader)
{
    return reader.readFields<CreateCaseRequest>(fields);
}

QJsonObject CreateCaseRequest::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

#include "models/domain/AttachmentInfo.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("attachmentId"_L1, &AttachmentInfo::attachmentId),
                                    jsonField("attachmentName"_L1, &AttachmentInfo::attachmentName),
                                    jsonField("attachmentType"_L1, &AttachmentInfo::attachmentType),
                                    jsonField("attachmentSize"_L1, &AttachmentInfo::attachmentSize),
                                    jsonField("createdDate"_L1, &AttachmentInfo::createdDate),
                                    jsonField("createdBy"_L1, &AttachmentInfo::createdBy),
                                    jsonField("lastUpdatedDate"_L1, &AttachmentInfo::lastUpdatedDate));
} // namespace

AttachmentInfo AttachmentInfo::fromJson(JsonReader& reader)
{
    return reader.readFields<AttachmentInfo>(fields);
}

QJsonObject AttachmentInfo::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

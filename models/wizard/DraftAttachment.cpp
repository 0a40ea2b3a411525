#include "models/wizard/DraftAttachment.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("localPath"_L1, &DraftAttachment::localPath),
                                    jsonField("name"_L1, &DraftAttachment::name),
                                    jsonField("attachmentId"_L1, &DraftAttachment::attachmentId));
} // namespace

DraftAttachment DraftAttachment::fromJson(JsonReader& reader)
{
    return reader.readFields<DraftAttachment>(fields);
}

QJsonObject DraftAttachment::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

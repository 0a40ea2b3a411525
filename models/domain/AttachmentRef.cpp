#include "models/domain/AttachmentRef.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(jsonField("id"_L1, &AttachmentRef::id), jsonField("name"_L1, &AttachmentRef::name),
                                    jsonField("source"_L1, &AttachmentRef::source));
} // namespace

AttachmentRef AttachmentRef::fromJson(JsonReader& reader)
{
    return reader.readFields<AttachmentRef>(fields);
}

QJsonObject AttachmentRef::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

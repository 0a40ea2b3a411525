#include "models/domain/NoteRequest.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields =
    std::make_tuple(jsonField("text"_L1, &NoteRequest::text), jsonField("attachments"_L1, &NoteRequest::attachments),
                    jsonField("visibility"_L1, &NoteRequest::visibility));
} // namespace

NoteRequest NoteRequest::fromJson(JsonReader& reader)
{
    return reader.readFields<NoteRequest>(fields);
}

QJsonObject NoteRequest::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

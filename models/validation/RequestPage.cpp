#include "models/validation/RequestPage.h"

#include "models/schema/CreateRequestKeys.h"
#include "models/schema/JsonPath.h"

namespace CaseDesk
{

RequestPage::Page RequestPage::forPath(const QString& path)
{
    const QList<JsonPath::Segment> segments = JsonPath::split(path);
    if (segments.isEmpty())
        return Problem;
    const auto* key = std::get_if<QString>(&segments.constFirst());
    if (!key)
        return Problem;
    const CreateRequestKeys& keys = CreateRequestKeys::get();
    if (*key == keys.code)
        return Code;
    if (*key == keys.contacts)
        return Contacts;
    if (*key == keys.details)
        return Details;
    if (*key == keys.attachments)
        return Attachments;
    return Problem;
}

} // namespace CaseDesk

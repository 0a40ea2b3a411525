#include "models/wizard/RequestLimits.h"

#include "models/schemaform/SchemaFormParser.h"
#include "models/wizard/RequestPaths.h"

namespace CaseDesk
{

namespace
{
FormFieldPtr fieldAt(const ApiDocument& document, const QString& path)
{
    const SchemaNavigator& navigator = document.navigator();
    const QString pointer = navigator.descend(document.createRequestPointer(), JsonPath::split(path));
    if (pointer.isEmpty())
        return nullptr;
    return SchemaFormParser::parse(navigator.inlined(pointer), path);
}

std::optional<int> maxLength(const ApiDocument& document, const QString& path)
{
    const FormFieldPtr field = fieldAt(document, path);
    return field ? field->maxLength : std::nullopt;
}
} // namespace

RequestLimits RequestLimits::of(const ApiDocument& document)
{
    const RequestPaths& paths = RequestPaths::get();
    RequestLimits limits;
    limits.descriptionMax = maxLength(document, paths.description);
    limits.primaryIdMax = maxLength(document, paths.primaryId);
    limits.secondaryIdMax = maxLength(document, paths.secondaryId);
    limits.customerReferenceMax = maxLength(document, paths.customerReferenceId);
    if (const FormFieldPtr attachments = fieldAt(document, paths.attachments))
        limits.attachmentsMax = attachments->maxItems;
    return limits;
}

} // namespace CaseDesk

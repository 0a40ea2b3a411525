#include "models/validation/Violation.h"

#include "models/schema/JsonPath.h"

namespace CaseDesk
{

QList<Violation> Violation::fromFieldErrors(const QList<FieldError>& errors)
{
    QList<Violation> violations;
    violations.reserve(errors.size());
    for (const FieldError& error : errors)
        violations.append({error.property.isEmpty() ? JsonPath::root() : error.property, error.reason});
    return violations;
}

QList<Violation> Violation::within(const QList<Violation>& violations, const QString& path)
{
    QList<Violation> inside;
    for (const Violation& violation : violations) {
        if (JsonPath::isWithin(violation.path, path))
            inside.append(violation);
    }
    return inside;
}

} // namespace CaseDesk

#include "models/wizard/ServerViolations.h"

#include "models/schema/JsonPath.h"

namespace CaseDesk
{

void ServerViolations::set(const QList<Violation>& violations, const QJsonObject& sentRequest)
{
    m_entries.clear();
    for (const Violation& violation : violations)
        m_entries.append({violation, JsonPath::valueAt(sentRequest, violation.path)});
}

void ServerViolations::clear()
{
    m_entries.clear();
}

QList<Violation> ServerViolations::current(const QJsonObject& request) const
{
    QList<Violation> still;
    for (const Entry& entry : m_entries) {
        if (JsonPath::valueAt(request, entry.violation.path) == entry.sentValue)
            still.append(entry.violation);
    }
    return still;
}

} // namespace CaseDesk

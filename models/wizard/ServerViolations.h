#pragma once

#include "models/validation/Violation.h"

#include <QJsonObject>
#include <QList>

namespace CaseDesk
{

/*
 * What the server refused in the last create (a 400's field errors), kept beside their fields until the
 * user changes the value that was refused. The local validator may not know why the server refused a
 * value, so only an edit clears it:
 *
 *     m_server.set(Violation::fromFieldErrors(error.fieldErrors), sent.toJson());
 *     const QList<Violation> shown = local + m_server.current(request.toJson());
 */
class ServerViolations
{
public:
    void set(const QList<Violation>& violations, const QJsonObject& sentRequest);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The violations whose value in `request` is still the one that was sent.
    QList<Violation> current(const QJsonObject& request) const;

private:
    struct Entry
    {
        Violation violation;
        QJsonValue sentValue;
    };
    QList<Entry> m_entries;
};

} // namespace CaseDesk

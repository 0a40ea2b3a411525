#pragma once

#include "models/api/ApiErrorEntry.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace CaseDesk
{

// One problem with a request: where (a JsonPath, "$" for the whole body) and a translated sentence a user can
// act on. The validator makes them; a server 400 becomes the same thing through fromFieldErrors().
struct Violation
{
    QString path;
    QString reason;

    bool operator==(const Violation&) const = default;

    static QList<Violation> fromFieldErrors(const QList<FieldError>& errors);
    // The violations at or under `path` (e.g. everything under "details").
    static QList<Violation> within(const QList<Violation>& violations, const QString& path);
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::Violation)

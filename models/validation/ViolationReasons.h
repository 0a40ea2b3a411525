#pragma once

#include "models/validation/Violation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * Turns one of valijson's English error lines into a Violation with a translated sentence a user can act on
 * ("At most 4000 characters (now 4012).", "Choose one of: PDF, XLS.", "Required."). valijson decides what is
 * wrong; this only words it, using the failing value (for "now N") and its schema (for enum values).
 * Errors about a named property (missing, not allowed) move to that property's own path.
 */
class ViolationReasons
{
    Q_DECLARE_TR_FUNCTIONS(ViolationReasons)

public:
    // valijson's lines that only summarise errors already reported below them.
    static bool isSummary(const QString& description);
    static bool isOneOfWithoutMatch(const QString& description);

    // `path` is where valijson found the problem, `value` the instance there, `schema` its schema (may be
    // empty when it cannot be found). nullopt for summary lines.
    static std::optional<Violation> translate(const QString& description, const QString& path, const QJsonValue& value,
                                              const QJsonObject& schema);

    static QString noneOfTheForms();
    static QString nestedTooDeeply();
};

} // namespace CaseDesk

#pragma once

#include "sandbox/http/ApiErrors.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Sandbox
{

/*
 * Turns valijson's error list into the API's violations: one per problem, each with the property's JSON
 * path in the request ("contacts[0].details[1].value", "primaryId", "$"). valijson reports an error at
 * every level ("Failed to validate item #0 in array."); only the leaves are kept. For a failed oneOf
 * (contacts) valijson reports every variant's errors; the translator keeps those of the closest variant,
 * the one with the fewest errors, so that a user gets something to fix rather than "oneOf failed".
 */
class SchemaErrorTranslator
{
public:
    struct RawError
    {
        QStringList context; // valijson's context: "<root>", "[contacts]", "[0]", ...
        QString description;
    };

    static QList<Violation> translate(const QList<RawError>& errors, const QJsonValue& instance);
    static QString pathOf(const QStringList& context, const QJsonValue& instance);
    static QString join(const QString& path, const QString& property);

private:
    static bool isWrapper(const QString& description);
    static Violation toViolation(const RawError& error, const QJsonValue& instance);
};

} // namespace Sandbox

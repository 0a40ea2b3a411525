#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace CaseDesk
{

/*
 * The JSON Schemas of one OpenAPI document, compiled by valijson once each and kept for the document's
 * lifetime. A schema is named by a JSON pointer into the document ("#/components/schemas/CaseCreateRequest",
 * "#/paths/~1support~1v2~1tickets/post/..."); valijson sees the whole document with a root "$ref" to that
 * pointer, so the document's internal references resolve.
 *
 *     CompiledSchemaSet schemas(document);
 *     if (const QString why = schemas.compile(pointer); !why.isEmpty()) ...      // unusable schema
 *     const auto errors = schemas.validate(pointer, body);                        // raw valijson errors
 *
 * valijson stays inside the .cpp. Not thread-safe: compile and validate from one thread.
 */
class CompiledSchemaSet
{
public:
    struct RawError
    {
        QStringList context; // instance location as keys or indexes, outermost first (no "<root>")
        QString description; // valijson's own English sentence; translated by the validator
    };

    // The JSON Schema dialect of the document's schemas: OpenAPI 3.0 and Swagger 2.0 use draft 4's rules
    // (a boolean exclusiveMinimum), OpenAPI 3.1 uses a later draft, read here as draft 7.
    enum class Dialect
    {
        Draft4,
        Draft7,
    };

    explicit CompiledSchemaSet(const QJsonObject& document, Dialect dialect = Dialect::Draft4);
    ~CompiledSchemaSet();
    CompiledSchemaSet(const CompiledSchemaSet&) = delete;
    CompiledSchemaSet& operator=(const CompiledSchemaSet&) = delete;

    const QJsonObject& document() const;

    // Compiles the schema at `pointer` unless done already. Returns empty, or why it cannot be compiled.
    QString compile(const QString& pointer);
    // Validates `instance`; nullopt when the schema cannot be compiled. An empty list means valid.
    std::optional<QList<RawError>> validate(const QString& pointer, const QJsonValue& instance);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace CaseDesk

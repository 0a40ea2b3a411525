#pragma once

#include "models/schema/CompiledSchemaSet.h"
#include "models/schema/SchemaNavigator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace CaseDesk
{

/*
 * A case API description the app can work from: the bundled spec or the provider's own OpenAPI document.
 * fromJson() checks that the document really describes the Case Management API (OpenAPI 3.x or Swagger 2.0,
 * a POST /support/v2/tickets whose body has a `code` enum) and that its schemas compile; otherwise it says,
 * translated, what is missing. A document that passes knows where its request schemas are (as JSON pointers)
 * and which codes carry a details schema, read from x-details-schema-by-code or, failing that, from a
 * oneOf/anyOf of `details` whose variants are titled with codes.
 *
 *     QString why;
 *     auto document = ApiDocument::fromJson(json, &why);
 *     if (!document) refuse(why);
 *     document->codes(); document->detailsSchema(u"0305-0301"_s);
 *
 * Immutable once made, and shared (std::shared_ptr<const ApiDocument>); schemas() is its compiled-schema
 * cache, used by SchemaValidator so each schema is parsed once per document.
 */
class ApiDocument
{
    Q_DECLARE_TR_FUNCTIONS(ApiDocument)

public:
    enum class Flavour
    {
        OpenApi3,
        Swagger2,
    };

    static std::shared_ptr<const ApiDocument> fromJson(const QJsonObject& root, QString* error);
    // The spec compiled into the app (:/api/supportv2.json); read once.
    static std::shared_ptr<const ApiDocument> bundled();

    const QJsonObject& root() const { return m_navigator.document(); }
    Flavour flavour() const { return m_flavour; }
    QString title() const;
    QString version() const;

    QStringList codes() const { return m_codes; } // in the document's order
    bool hasCode(const QString& code) const { return m_codes.contains(code); }

    QString createRequestPointer() const { return m_createPointer; }
    QString noteRequestPointer() const { return m_notePointer; }     // empty if the document has no notes call
    QString cancelRequestPointer() const { return m_cancelPointer; } // empty if it has no cancel call

    QStringList codesWithDetails() const;
    QString detailsSchemaPointer(const QString& code) const { return m_detailsPointers.value(code); }
    // The code's details schema with references inlined, ready for the form generator; empty if none.
    QJsonObject detailsSchema(const QString& code) const;

    const SchemaNavigator& navigator() const { return m_navigator; }
    CompiledSchemaSet& schemas() const { return *m_schemas; }

private:
    explicit ApiDocument(const QJsonObject& root);
    QString read(); // fills the members; returns why the document is refused, or empty

    QString findOperationBody(const QString& path, const QString& method, QString* error) const;
    QString findOperationByPattern(const QString& pattern) const;
    QString readCodes();
    QString readDetailsSchemas();

    SchemaNavigator m_navigator;
    std::shared_ptr<CompiledSchemaSet> m_schemas;
    Flavour m_flavour = Flavour::OpenApi3;
    QStringList m_codes;
    QString m_createPointer;
    QString m_notePointer;
    QString m_cancelPointer;
    QHash<QString, QString> m_detailsPointers;
};

} // namespace CaseDesk

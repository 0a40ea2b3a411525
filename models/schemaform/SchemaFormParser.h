#pragma once

#include "models/schemaform/FormField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace CaseDesk
{

/*
 * Builds a form from a JSON Schema whose references are already inlined (ApiDocument::detailsSchema):
 *
 *     FormFieldPtr form = SchemaFormParser::parse(document->detailsSchema(code), u"details"_s);
 *
 * Handles objects (nested too), strings with lengths and formats, enums, arrays of enums, arrays of strings,
 * booleans, integers and numbers with bounds, date-times and arrays of objects. Whatever else a schema says
 * (oneOf, maps, tuples, mixed types) becomes a Raw field edited as JSON text: the form degrades, it never
 * fails. Properties come in the order of `required`, then alphabetically, since JSON objects do not keep
 * the schema's own order. Titles come from `title`, else from the key ("transactionIds" → "Transaction ids").
 */
class SchemaFormParser
{
    Q_DECLARE_TR_FUNCTIONS(SchemaFormParser)

public:
    static constexpr int kMaxDepth = 16;

    static FormFieldPtr parse(const QJsonObject& schema, const QString& basePath);
    static QString humanise(const QString& key);

private:
    static std::shared_ptr<FormField> parseField(const QJsonValue& schema, const QString& key, const QString& path,
                                                 bool required, int depth);
    static void readObject(FormField* field, const QJsonObject& schema, int depth);
    static void readArray(FormField* field, const QJsonObject& schema, int depth);
};

} // namespace CaseDesk

// A details schema (a code's entry in x-details-schema-by-code) turned into a form, with a value loaded into it
// the way a draft or "New case like this" does. The input is a schema, or [schema, value].
#include "models/schemaform/FormValue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/wizard/ReviewSummary.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

int detailsSchema(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(data, size));
    const QJsonObject schema = document.isArray() ? document.array().at(0).toObject() : document.object();
    const QJsonValue loaded = document.isArray() ? document.array().at(1) : schema.value(u"example"_s);
    const FormFieldPtr form = SchemaFormParser::parse(schema, u"details"_s);
    FormValue value(form);
    value.load(loaded);
    value.problems();
    value.isBlank();
    const std::optional<QJsonValue> json = value.toJson();
    if (json) {
        // A draft keeps the form's JSON and loads it back on Reopen: nothing may change on the way.
        FormValue reopened(form);
        reopened.load(*json);
        require(reopened.toJson() == json, "a form's value survives being stored and loaded");
    }
    ReviewSummary::detailsRows(form, value.toJsonObject(), QLocale::c());
    if (loaded.isObject())
        ReviewSummary::detailsRows(form, loaded.toObject(), QLocale::c());
    value.clear();
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(detailsSchema)

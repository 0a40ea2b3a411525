#include "tests/fuzz/WizardChecks.h"

#include "models/catalogue/ApiDocument.h"
#include "models/schema/JsonPath.h"
#include "models/schemaform/FormValue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/validation/RequestPage.h"
#include "models/validation/SchemaValidator.h"
#include "models/wizard/ReviewSummary.h"

#include <QJsonArray>

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

void routeToFields(const QList<Violation>& violations)
{
    const auto document = ApiDocument::bundled();
    FormValue details(SchemaFormParser::parse(document->detailsSchema(u"0305-0301"_s), u"details"_s));
    details.load(QJsonObject{{u"documents"_s, QJsonObject{{u"transactionIds"_s, QJsonArray{u"1"_s, u"2"_s}},
                                                          {u"formats"_s, QJsonArray{u"PDF"_s, u"XLS"_s}}}}});
    for (const Violation& violation : violations) {
        RequestPage::forPath(violation.path);
        JsonPath::join(JsonPath::split(violation.path));
        details.find(violation.path);
        document->navigator().descend(document->createRequestPointer(), JsonPath::split(violation.path));
    }
    Violation::within(violations, u"details"_s);
}

void reopenCaseDraft(const CaseDraft& draft)
{
    const auto document = ApiDocument::bundled();
    const CreateCaseRequest request = draft.requestToSend();
    ReviewSummary::requestText(request);
    const SchemaValidator validator(document);
    validator.validateCreate(request);
    const QJsonObject schema = document->detailsSchema(request.code);
    if (schema.isEmpty() || !request.details)
        return;
    const FormFieldPtr form = SchemaFormParser::parse(schema, u"details"_s);
    FormValue value(form);
    value.load(*request.details);
    value.problems();
    value.toJson();
    ReviewSummary::detailsRows(form, value.toJsonObject(), QLocale::c());
    ReviewSummary::detailsRows(form, *request.details, QLocale::c());
}

} // namespace CaseDesk::Fuzz

#include "tests/fuzz/ApiDocumentChecks.h"

#include "models/catalogue/ApiDocumentLoader.h"
#include "models/catalogue/CatalogueDiff.h"
#include "models/schemaform/FormValue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/validation/SchemaValidator.h"
#include "models/wizard/RequestLimits.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QJsonDocument>

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

void loadApiDocument(const QByteArray& bytes, bool yaml)
{
    const auto format = yaml ? ApiDocumentLoader::Format::Yaml : ApiDocumentLoader::Format::Json;
    const ApiDocumentLoader::Result loaded = ApiDocumentLoader::fromBytes(bytes, format);
    require(loaded.ok() != !loaded.error.isEmpty(), "a document is refused exactly when the loader says why");
    if (!loaded.ok())
        return;
    const ApiDocument& document = *loaded.document;
    CatalogueDiff::between(*ApiDocument::bundled(), document);

    const QByteArray kept = QJsonDocument(document.root()).toJson(QJsonDocument::Compact);
    const ApiDocumentLoader::Result reloaded = ApiDocumentLoader::fromBytes(kept, ApiDocumentLoader::Format::Json);
    require(reloaded.ok(), "the JSON copy of an accepted document loads at the next start");
    require(reloaded.document->codes() == document.codes(), "the JSON copy has the same codes");

    RequestLimits::of(document);
    const SchemaValidator validator(loaded.document);
    QStringList codes = document.codesWithDetails();
    if (!document.codes().isEmpty())
        codes.append(document.codes().constFirst());
    for (const QString& code : std::as_const(codes)) {
        const QJsonObject schema = document.detailsSchema(code);
        FormValue form(SchemaFormParser::parse(schema, u"details"_s));
        form.load(schema.value(u"example"_s));
        const QJsonObject details = form.toJsonObject();
        validator.validateDetails(code, details);
        validator.validateCreate(QJsonObject{{u"code"_s, code},
                                             {u"description"_s, u"Power outage in cage 0101"_s},
                                             {u"primaryId"_s, u"AM5:01:001234"_s},
                                             {u"details"_s, details}});
    }
    validator.validateNote(QJsonObject{{u"text"_s, u"note"_s}});
    validator.validateCancel(QJsonObject{{u"reason"_s, u"no longer needed"_s}});
}

} // namespace CaseDesk::Fuzz

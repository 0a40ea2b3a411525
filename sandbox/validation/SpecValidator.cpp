#include "sandbox/validation/SpecValidator.h"

#include "sandbox/validation/SchemaErrorTranslator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QString resourcePath(SpecValidator::Api api)
{
    switch (api) {
    case SpecValidator::Api::Support:
        return u":/api/supportv2.json"_s;
    case SpecValidator::Api::Attachments:
        return u":/api/attachmentsv1.json"_s;
    case SpecValidator::Api::AccessToken:
        return u":/api/accesstokenv1.json"_s;
    case SpecValidator::Api::OrderHistory:
        return u":/api/orderhistoryv1.json"_s;
    }
    return {};
}

// Swagger 2.0 says fromDate/toDate are "format: date" but documents them as mm/dd/yyyy, while JSON
// Schema's "date" means yyyy-mm-dd; OrderHistoryService checks those dates itself.
QJsonValue withoutDateFormat(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withoutDateFormat(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it.key() == u"format"_s && it.value().toString() == u"date"_s)
            continue;
        object.insert(it.key(), withoutDateFormat(it.value()));
    }
    return object;
}

// Applies the sandbox limits and returns the copy valijson sees. Overlong strings are replaced by a
// shorter run of 'x': every length bound in the specs is far below the cut, so the verdict stays the
// same, while valijson's date-time regex (recursive in libstdc++) never sees a megabyte of digits.
QJsonValue limited(const QJsonValue& value, int depth, const QString& path, QList<Violation>& violations)
{
    if (depth > SpecValidator::kMaxDepth) {
        violations.append({path, u"Is nested more deeply than %1 levels."_s.arg(SpecValidator::kMaxDepth)});
        return QJsonValue();
    }
    if (value.isString() && value.toString().size() > SpecValidator::kMaxCheckedStringLength)
        return QString(SpecValidator::kMaxCheckedStringLength, u'x');
    if (value.isArray()) {
        const QJsonArray source = value.toArray();
        if (source.size() > SpecValidator::kMaxArrayItems) {
            violations.append({path, u"Has more than %1 items."_s.arg(SpecValidator::kMaxArrayItems)});
            return QJsonArray();
        }
        QJsonArray array;
        for (qsizetype i = 0; i < source.size(); ++i)
            array.append(limited(source.at(i), depth + 1, path + u'[' + QString::number(i) + u']', violations));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject source = value.toObject();
        QJsonObject object;
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(),
                          limited(it.value(), depth + 1, SchemaErrorTranslator::join(path, it.key()), violations));
        return object;
    }
    return value;
}

} // namespace

struct SpecValidator::Private
{
    QHash<int, QJsonObject> documents;
    std::map<QString, std::unique_ptr<valijson::Schema>> schemas; // by "api|pointer"
    QHash<QString, QString> detailsPointerByCode;
    QString error;

    static QString key(Api api, const QString& pointer) { return QString::number(int(api)) + u'|' + pointer; }

    const valijson::Schema* schema(Api api, const QString& pointer)
    {
        const QString k = key(api, pointer);
        if (auto it = schemas.find(k); it != schemas.end())
            return it->second.get();
        QJsonObject root = documents.value(int(api));
        root.insert(u"$ref"_s, pointer);
        auto parsed = std::make_unique<valijson::Schema>();
        try {
            valijson::SchemaParser parser;
            valijson::adapters::QtJsonAdapter adapter(root);
            parser.populateSchema(adapter, *parsed);
        } catch (const std::exception& e) {
            error += u"cannot parse %1: %2\n"_s.arg(pointer, QString::fromUtf8(e.what()));
            return nullptr;
        }
        return schemas.emplace(k, std::move(parsed)).first->second.get();
    }
};

SpecValidator::SpecValidator()
    : d(std::make_unique<Private>())
{
    for (Api api : {Api::Support, Api::Attachments, Api::AccessToken, Api::OrderHistory}) {
        QFile file(resourcePath(api));
        if (!file.open(QIODevice::ReadOnly)) {
            d->error += u"cannot read %1\n"_s.arg(file.fileName());
            continue;
        }
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        if (api == Api::OrderHistory)
            document = withoutDateFormat(document).toObject();
        d->documents.insert(int(api), document);
    }
    const QJsonObject byCode =
        d->documents.value(int(Api::Support))
            .value(u"components"_s)[u"schemas"_s][u"CaseCreateRequest"_s][u"x-details-schema-by-code"_s]
            .toObject();
    for (auto it = byCode.begin(); it != byCode.end(); ++it)
        d->detailsPointerByCode.insert(it.key(), it.value()[u"$ref"_s].toString());

    const QStringList supportSchemas{u"CaseCreateRequest"_s, u"CaseNoteRequest"_s, u"CaseCancelRequest"_s,
                                     u"CaseNumber"_s, u"CaseOrOrderNumber"_s};
    for (const QString& name : supportSchemas)
        d->schema(Api::Support, u"#/components/schemas/"_s + name);
    for (const QString& pointer : std::as_const(d->detailsPointerByCode))
        d->schema(Api::Support, pointer);
    d->schema(Api::OrderHistory, u"#/definitions/orderhistoryapirequest"_s);
}

SpecValidator::~SpecValidator() = default;

QString SpecValidator::loadError() const
{
    return d->error;
}

QList<Violation> SpecValidator::validate(Api api, const QString& pointer, const QJsonValue& instance) const
{
    QList<Violation> violations;
    const QJsonValue checked = limited(instance, 0, u"$"_s, violations);
    if (!violations.isEmpty())
        return violations;
    const valijson::Schema* schema = d->schema(api, pointer);
    if (!schema)
        return {Violation{u"$"_s, u"The server cannot load the schema %1."_s.arg(pointer)}};
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter adapter(checked);
    try {
        if (validator.validate(*schema, adapter, &results))
            return {};
    } catch (const std::exception& e) {
        return {Violation{u"$"_s, u"Cannot be validated: %1"_s.arg(QString::fromUtf8(e.what()))}};
    }
    QList<SchemaErrorTranslator::RawError> raw;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        SchemaErrorTranslator::RawError entry;
        for (const std::string& part : error.context)
            entry.context.append(QString::fromStdString(part));
        entry.description = QString::fromStdString(error.description);
        raw.append(entry);
    }
    return SchemaErrorTranslator::translate(raw, checked);
}

bool SpecValidator::hasDetailsSchema(const QString& code) const
{
    return d->detailsPointerByCode.contains(code);
}

QList<Violation> SpecValidator::validateDetails(const QString& code, const QJsonValue& details) const
{
    const QString pointer = d->detailsPointerByCode.value(code);
    if (pointer.isEmpty())
        return {};
    QList<Violation> violations = validate(Api::Support, pointer, details);
    for (Violation& violation : violations)
        violation.property =
            violation.property == u"$"_s
                ? u"details"_s
                : SchemaErrorTranslator::join(u"details"_s, violation.property).replace(u"details.["_s, u"details["_s);
    return violations;
}

QJsonObject SpecValidator::document(Api api) const
{
    return d->documents.value(int(api));
}

QStringList SpecValidator::ticketCodes() const
{
    QStringList codes;
    const QJsonArray values =
        document(Api::Support).value(u"components"_s)[u"schemas"_s][u"TicketCode"_s][u"enum"_s].toArray();
    for (const QJsonValue& value : values)
        codes.append(value.toString());
    return codes;
}

QStringList SpecValidator::attachmentExtensions() const
{
    QStringList extensions;
    const QJsonArray values = document(Api::Attachments).value(u"x-limits"_s)[u"extensions"_s].toArray();
    for (const QJsonValue& value : values)
        extensions.append(value.toString().toLower());
    return extensions;
}

qint64 SpecValidator::attachmentMaxBytes() const
{
    return qint64(document(Api::Attachments).value(u"x-limits"_s)[u"maxBytes"_s].toDouble(10485760));
}

} // namespace Sandbox

#include "models/schema/CompiledSchemaSet.h"

// valijson aborts on a bad schema unless told to throw; a provider's document must be refused, not fatal.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#include <map>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

struct CompiledSchemaSet::Private
{
    QJsonObject document;
    Dialect dialect = Dialect::Draft4;
    std::map<QString, std::unique_ptr<valijson::Schema>> schemas;
    std::map<QString, QString> failures; // pointer -> why it could not be compiled; not retried
};

CompiledSchemaSet::CompiledSchemaSet(const QJsonObject& document, Dialect dialect)
    : d(std::make_unique<Private>())
{
    d->document = document;
    d->dialect = dialect;
}

CompiledSchemaSet::~CompiledSchemaSet() = default;

const QJsonObject& CompiledSchemaSet::document() const
{
    return d->document;
}

QString CompiledSchemaSet::compile(const QString& pointer)
{
    if (d->schemas.count(pointer))
        return {};
    if (auto it = d->failures.find(pointer); it != d->failures.end())
        return it->second;

    QJsonObject root = d->document;
    root.insert(u"$ref"_s, pointer);
    auto schema = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(d->dialect == Dialect::Draft4 ? valijson::SchemaParser::kDraft4
                                                                    : valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, *schema);
    } catch (const std::exception& e) {
        const QString why = QString::fromUtf8(e.what());
        d->failures.emplace(pointer, why);
        return why;
    }
    d->schemas.emplace(pointer, std::move(schema));
    return {};
}

std::optional<QList<CompiledSchemaSet::RawError>> CompiledSchemaSet::validate(const QString& pointer,
                                                                              const QJsonValue& instance)
{
    if (!compile(pointer).isEmpty())
        return std::nullopt;
    const valijson::Schema& schema = *d->schemas.at(pointer);

    valijson::ValidationResults results;
    try {
        valijson::Validator validator;
        const valijson::adapters::QtJsonAdapter adapter(instance);
        if (validator.validate(schema, adapter, &results))
            return QList<RawError>{};
    } catch (const std::exception& e) {
        // A schema valijson compiled but cannot apply (e.g. a bad pattern); the body is not known to be valid.
        return QList<RawError>{{QStringList(), QString::fromUtf8(e.what())}};
    }

    QList<RawError> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        RawError raw;
        for (const std::string& part : error.context) {
            if (part == "<root>")
                continue;
            QString segment = QString::fromStdString(part);
            if (segment.startsWith(u'[') && segment.endsWith(u']'))
                segment = segment.mid(1, segment.size() - 2);
            raw.context.append(segment);
        }
        raw.description = QString::fromStdString(error.description);
        errors.append(raw);
    }
    return errors;
}

} // namespace CaseDesk

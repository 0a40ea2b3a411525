#include "models/schemaform/SchemaFormParser.h"

#include "models/core/NumberConversion.h"
#include "models/schema/JsonPath.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// JSON Schema keywords this parser reads, spelled once.
namespace Key
{
const QString type = u"type"_s;
const QString title = u"title"_s;
const QString description = u"description"_s;
const QString properties = u"properties"_s;
const QString required = u"required"_s;
const QString additionalProperties = u"additionalProperties"_s;
const QString items = u"items"_s;
const QString enumValues = u"enum"_s;
const QString format = u"format"_s;
const QString minLength = u"minLength"_s;
const QString maxLength = u"maxLength"_s;
const QString minimum = u"minimum"_s;
const QString maximum = u"maximum"_s;
const QString exclusiveMinimum = u"exclusiveMinimum"_s;
const QString exclusiveMaximum = u"exclusiveMaximum"_s;
const QString minItems = u"minItems"_s;
const QString maxItems = u"maxItems"_s;
const QString uniqueItems = u"uniqueItems"_s;
const QString defaultValue = u"default"_s;
const QString ref = u"$ref"_s;
} // namespace Key

const QString kDateTime = u"date-time"_s;

// The one type a schema names, ignoring "null" (OpenAPI 3.1 writes nullable fields as ["string", "null"]);
// empty when it names none, "*" when it names several.
QString typeOf(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(Key::type);
    if (type.isString())
        return type.toString();
    QStringList types;
    for (const QJsonValue& item : type.toArray()) {
        if (item.toString() != u"null"_s)
            types.append(item.toString());
    }
    if (types.size() > 1)
        return u"*"_s;
    if (!types.isEmpty())
        return types.constFirst();
    if (schema.contains(Key::properties))
        return u"object"_s;
    if (schema.contains(Key::items))
        return u"array"_s;
    return QString();
}

// A length or count bound, 0 or more; one beyond int's range is clamped into it (QJsonValue::toInt() gives 0
// there, which turned "maxLength": 1e10 into "nothing allowed").
std::optional<int> intOf(const QJsonObject& schema, const QString& key)
{
    const QJsonValue value = schema.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return NumberConversion::clampedInt(value.toDouble(), 0, 0, std::numeric_limits<int>::max());
}

// A bound in either dialect: OpenAPI 3.0 says {"minimum": 1, "exclusiveMinimum": true}, JSON Schema 2019
// says {"exclusiveMinimum": 1}.
void readBound(const QJsonObject& schema, const QString& inclusiveKey, const QString& exclusiveKey,
               std::optional<double>* bound, bool* exclusive)
{
    if (schema.value(inclusiveKey).isDouble())
        *bound = schema.value(inclusiveKey).toDouble();
    const QJsonValue exclusiveValue = schema.value(exclusiveKey);
    if (exclusiveValue.isDouble()) {
        *bound = exclusiveValue.toDouble();
        *exclusive = true;
    } else {
        *exclusive = exclusiveValue.toBool() && bound->has_value();
    }
}
} // namespace

FormFieldPtr SchemaFormParser::parse(const QJsonObject& schema, const QString& basePath)
{
    return parseField(schema, QString(), basePath, true, 0);
}

QString SchemaFormParser::humanise(const QString& key)
{
    QString words;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-' || c == u'.') {
            words += u' ';
            continue;
        }
        // A new word starts at an upper-case letter after a lower-case one ("transactionIds").
        if (c.isUpper() && i > 0 && key.at(i - 1).isLower())
            words += u' ';
        words += words.trimmed().isEmpty() ? c.toUpper() : c;
    }
    words = words.simplified();
    // "Transaction Ids" → "Transaction ids": keep acronyms ("IBX", "ID") but lower the rest.
    QStringList parts = words.split(u' ');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const bool acronym = part.size() > 1 && std::all_of(part.cbegin(), part.cend(), [](QChar ch) {
                                 return ch.isUpper() || ch.isDigit();
                             });
        if (!acronym)
            parts[i] = part.toLower();
    }
    return parts.join(u' ');
}

std::shared_ptr<FormField> SchemaFormParser::parseField(const QJsonValue& value, const QString& key,
                                                        const QString& path, bool required, int depth)
{
    auto field = std::make_shared<FormField>();
    field->key = key;
    field->path = path;
    field->required = required;
    const QJsonObject schema = value.toObject();
    field->title = schema.value(Key::title).toString();
    if (field->title.isEmpty() || depth == 0)
        field->title = humanise(key);
    field->description = schema.value(Key::description).toString();
    field->defaultValue = schema.value(Key::defaultValue);

    auto raw = [&](const QString& reason) {
        field->kind = FormField::Kind::Raw;
        field->rawReason = reason;
        return field;
    };
    if (!value.isObject())
        return raw(tr("The schema allows any value here."));
    if (depth > kMaxDepth)
        return raw(tr("The schema nests too deeply for a form."));
    for (const QString& combinator : {u"oneOf"_s, u"anyOf"_s, u"allOf"_s, u"not"_s, u"if"_s}) {
        if (schema.contains(combinator))
            return raw(tr("The schema offers alternatives (%1) that a form cannot show.").arg(combinator));
    }
    if (schema.contains(Key::ref))
        return raw(tr("The schema refers to itself here."));

    const QString type = typeOf(schema);
    const bool isEnum = schema.value(Key::enumValues).isArray() && !schema.value(Key::enumValues).toArray().isEmpty();
    if (isEnum && (type.isEmpty() || type == u"string"_s || type == u"integer"_s || type == u"number"_s)) {
        field->kind = FormField::Kind::Choice;
        field->enumValues = schema.value(Key::enumValues).toArray();
        return field;
    }
    if (type == u"object"_s) {
        readObject(field.get(), schema, depth);
        return field;
    }
    if (type == u"array"_s) {
        readArray(field.get(), schema, depth);
        return field;
    }
    if (type == u"string"_s) {
        field->format = schema.value(Key::format).toString();
        field->kind = field->format == kDateTime ? FormField::Kind::DateTime : FormField::Kind::Text;
        field->minLength = intOf(schema, Key::minLength);
        field->maxLength = intOf(schema, Key::maxLength);
        return field;
    }
    if (type == u"integer"_s || type == u"number"_s) {
        field->kind = type == u"integer"_s ? FormField::Kind::Integer : FormField::Kind::Number;
        readBound(schema, Key::minimum, Key::exclusiveMinimum, &field->minimum, &field->exclusiveMinimum);
        readBound(schema, Key::maximum, Key::exclusiveMaximum, &field->maximum, &field->exclusiveMaximum);
        return field;
    }
    if (type == u"boolean"_s) {
        field->kind = FormField::Kind::Boolean;
        return field;
    }
    return raw(type == u"*"_s ? tr("The schema allows several kinds of value here.")
                              : tr("The schema allows any value here."));
}

void SchemaFormParser::readObject(FormField* field, const QJsonObject& schema, int depth)
{
    const QJsonObject properties = schema.value(Key::properties).toObject();
    const QJsonValue additional = schema.value(Key::additionalProperties);
    if (properties.isEmpty() && additional.isObject()) {
        field->kind = FormField::Kind::Raw;
        field->rawReason = tr("The schema allows entries with any names here.");
        return;
    }
    field->kind = FormField::Kind::Object;
    field->allowsExtraKeys = !(additional.isBool() && !additional.toBool());

    QStringList required;
    for (const QJsonValue& name : schema.value(Key::required).toArray()) {
        if (properties.contains(name.toString()) && !required.contains(name.toString()))
            required.append(name.toString());
    }
    QStringList order = required;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString& name : std::as_const(order))
        field->children.append(parseField(properties.value(name), name, JsonPath::key(field->path, name),
                                          required.contains(name), depth + 1));
}

void SchemaFormParser::readArray(FormField* field, const QJsonObject& schema, int depth)
{
    field->minItems = intOf(schema, Key::minItems);
    field->maxItems = intOf(schema, Key::maxItems);
    field->uniqueItems = schema.value(Key::uniqueItems).toBool();
    const QJsonValue items = schema.value(Key::items);
    field->kind = FormField::Kind::Raw;
    if (!items.isObject()) {
        field->rawReason = tr("The schema does not say what the list holds.");
        return;
    }
    const std::shared_ptr<FormField> item = parseField(items, QString(), field->path + u"[]"_s, true, depth + 1);
    switch (item->kind) {
    case FormField::Kind::Choice:
        field->kind = FormField::Kind::ChoiceList;
        field->enumValues = item->enumValues;
        break;
    case FormField::Kind::Text:
        field->kind = FormField::Kind::TextList;
        break;
    case FormField::Kind::Object:
        field->kind = FormField::Kind::ObjectList;
        break;
    default:
        field->rawReason = tr("The form has no editor for a list of this kind.");
        return;
    }
    item->title = field->title;
    field->item = item;
}

} // namespace CaseDesk

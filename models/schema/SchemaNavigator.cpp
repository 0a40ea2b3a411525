#include "models/schema/SchemaNavigator.h"

#include "models/schema/JsonPointer.h"

#include <QJsonArray>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const QString kRef = u"$ref"_s;
} // namespace

SchemaNavigator::SchemaNavigator(const QJsonObject& document)
    : m_document(document)
{}

QString SchemaNavigator::deref(const QString& pointer) const
{
    QString current = pointer;
    for (int hop = 0; hop <= kMaxReferenceHops; ++hop) {
        const QJsonValue value = JsonPointer::resolve(m_document, current);
        if (!value.isObject() && !value.isBool())
            return QString();
        const QJsonValue reference = value.toObject().value(kRef);
        if (!reference.isString())
            return current;
        if (!JsonPointer::isLocal(reference.toString()))
            return QString();
        current = reference.toString();
    }
    return QString();
}

QJsonObject SchemaNavigator::schemaAt(const QString& pointer) const
{
    const QString target = deref(pointer);
    return target.isEmpty() ? QJsonObject() : JsonPointer::resolve(m_document, target).toObject();
}

QString SchemaNavigator::step(const QString& pointer, const JsonPath::Segment& segment) const
{
    const QString here = deref(pointer);
    if (here.isEmpty())
        return QString();
    const QJsonObject schema = JsonPointer::resolve(m_document, here).toObject();
    if (const auto* key = std::get_if<QString>(&segment)) {
        const QString properties = JsonPointer::append(here, u"properties"_s);
        if (schema.value(u"properties"_s).toObject().contains(*key))
            return JsonPointer::append(properties, *key);
        // An allOf composes properties from several schemas; look in each.
        const QJsonArray allOf = schema.value(u"allOf"_s).toArray();
        for (qsizetype i = 0; i < allOf.size(); ++i) {
            const QString part = JsonPointer::append(JsonPointer::append(here, u"allOf"_s), i);
            const QString found = step(part, segment);
            if (!found.isEmpty())
                return found;
        }
        if (schema.value(u"additionalProperties"_s).isObject())
            return JsonPointer::append(here, u"additionalProperties"_s);
        return QString();
    }
    const qsizetype index = std::get<qsizetype>(segment);
    const QJsonValue items = schema.value(u"items"_s);
    if (items.isObject())
        return JsonPointer::append(here, u"items"_s);
    if (items.isArray() && index < items.toArray().size())
        return JsonPointer::append(JsonPointer::append(here, u"items"_s), index);
    if (schema.value(u"additionalItems"_s).isObject())
        return JsonPointer::append(here, u"additionalItems"_s);
    return QString();
}

QString SchemaNavigator::descend(const QString& pointer, const QList<JsonPath::Segment>& path) const
{
    QString current = pointer;
    for (const JsonPath::Segment& segment : path) {
        current = step(current, segment);
        if (current.isEmpty())
            return current;
    }
    return deref(current);
}

QJsonObject SchemaNavigator::inlined(const QString& pointer) const
{
    const QString target = deref(pointer);
    if (target.isEmpty())
        return QJsonObject();
    QStringList stack{target};
    qsizetype budget = kMaxInlinedValues;
    return inlineValue(JsonPointer::resolve(m_document, target), &stack, &budget).toObject();
}

QJsonValue SchemaNavigator::inlineValue(const QJsonValue& value, QStringList* stack, qsizetype* budget) const
{
    if (--*budget < 0)
        return value; // as it is, references and all
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(inlineValue(item, stack, budget));
        return array;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    const QJsonValue reference = object.value(kRef);
    if (reference.isString()) {
        const QString target = deref(reference.toString());
        if (target.isEmpty() || stack->contains(target) || stack->size() > kMaxReferenceHops)
            return object;
        stack->append(target);
        const QJsonValue resolved = inlineValue(JsonPointer::resolve(m_document, target), stack, budget);
        stack->removeLast();
        return resolved;
    }
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), inlineValue(it.value(), stack, budget));
    return result;
}

} // namespace CaseDesk

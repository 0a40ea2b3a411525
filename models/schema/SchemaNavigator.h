#pragma once

#include "models/schema/JsonPath.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace CaseDesk
{

/*
 * Walks the schemas of one OpenAPI document by JSON pointer: follows "$ref" chains, finds the schema that
 * governs a place inside an instance, and inlines references so a schema can be read on its own (the form
 * generator needs that; valijson does not).
 *
 *     SchemaNavigator nav(document);
 *     const QString itemPointer = nav.descend(createPointer, JsonPath::split(u"contacts[0]"_s));
 *     const QJsonObject schema = nav.schemaAt(itemPointer);   // {"oneOf": [...]}
 */
class SchemaNavigator
{
public:
    static constexpr int kMaxReferenceHops = 32;
    // Inlining copies a target once for every reference to it, so a document whose schemas each refer twice to
    // the next, 30 deep, would expand to 2^30 objects. Past this many values references stay as they are.
    static constexpr qsizetype kMaxInlinedValues = 20'000;

    explicit SchemaNavigator(const QJsonObject& document);

    const QJsonObject& document() const { return m_document; }

    // The pointer of the schema `pointer` finally names once every "$ref" is followed; empty when broken.
    QString deref(const QString& pointer) const;
    // The schema object at `pointer` after deref(); empty when there is none.
    QJsonObject schemaAt(const QString& pointer) const;
    // The pointer of the schema that applies at `path` inside an instance of the schema at `pointer`;
    // empty when the schema does not say (no such property, or a oneOf/anyOf decides).
    QString descend(const QString& pointer, const QList<JsonPath::Segment>& path) const;
    // The schema at `pointer` with local references replaced by their targets. A reference back into
    // itself, or beyond kMaxInlinedValues, is left as {"$ref": ...}, which readers treat as "any value".
    QJsonObject inlined(const QString& pointer) const;

private:
    QString step(const QString& pointer, const JsonPath::Segment& segment) const;
    QJsonValue inlineValue(const QJsonValue& value, QStringList* stack, qsizetype* budget) const;

    QJsonObject m_document;
};

} // namespace CaseDesk

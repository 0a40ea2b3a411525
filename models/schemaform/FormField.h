#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace CaseDesk
{

struct FormField;
using FormFieldPtr = std::shared_ptr<const FormField>;

/*
 * One field of a form generated from a JSON Schema (SchemaFormParser makes the tree): what kind of editor
 * it needs, what to call it, and the limits the schema sets, so the form can show them (length counters,
 * spin-box bounds, required marks) before the validator has anything to say.
 *
 * Array items are described once, by `item`; `path` is the field's JSON path with "[]" standing for any
 * index ("details.parts[].serial"). FormValue gives the concrete paths.
 */
struct FormField
{
    enum class Kind
    {
        Object,     // nested fields (a group box)
        Text,       // string, with lengths and a format
        Choice,     // enum (a combo box)
        ChoiceList, // array of enum values (a checkable list)
        TextList,   // array of strings (an editable list)
        Boolean,    // a check box
        Integer,    // a spin box
        Number,     // a double spin box
        DateTime,   // string, format date-time: entered in local time, sent as UTC
        ObjectList, // array of objects (rows that can be added and removed)
        Raw,        // anything else: edited as JSON text, so nothing is lost or refused
    };

    Kind kind = Kind::Raw;
    QString key; // the property name; empty for the root and for array items
    QString path;
    QString title;
    QString description;
    bool required = false;

    std::optional<int> minLength;
    std::optional<int> maxLength;
    QString format;

    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;

    QJsonArray enumValues; // Choice, ChoiceList

    std::optional<int> minItems;
    std::optional<int> maxItems;
    bool uniqueItems = false;

    QJsonValue defaultValue;
    bool allowsExtraKeys = true;  // Object: additionalProperties is not false
    QList<FormFieldPtr> children; // Object, in form order
    FormFieldPtr item;            // TextList, ObjectList
    QString rawReason;            // Raw: which construct the form could not offer an editor for

    FormFieldPtr child(const QString& key) const;
};

} // namespace CaseDesk

#include "models/validation/ViolationReasons.h"

#include "models/core/NumberConversion.h"
#include "models/schema/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype kMaxListedChoices = 12;

// valijson's sentences, by their fixed beginnings (valijson 1.0, validation_visitor.hpp).
namespace Message
{
const QString missing = u"Missing required property '"_s;
const QString notAllowed = u"Object contains a property that could not be validated"_s;
const QString dependency = u"Missing dependency '"_s;
const QString maxLength = u"String should be no more than "_s;
const QString minLength = u"String should be no fewer than "_s;
const QString maxItems = u"Array should contain no more than "_s;
const QString minItems = u"Array should contain no fewer than "_s;
const QString maxProperties = u"Object should have no more than "_s;
const QString minProperties = u"Object should have no fewer than "_s;
const QString enumValues = u"Failed to match against any enum values"_s;
const QString dateTime = u"String should be a valid date-time"_s;
const QString date = u"String should be a valid date"_s;
const QString time = u"String should be a valid time"_s;
const QString type = u"Value type not permitted"_s;
const QString atMost = u"Expected number less than or equal to "_s;
const QString below = u"Expected number less than "_s;
const QString atLeast = u"Expected number greater than or equal to "_s;
const QString above = u"Expected number greater than "_s;
const QString multipleOf = u"Value should be a multiple of "_s;
const QString unique = u"Elements at indexes"_s;
const QString pattern = u"Failed to match regex"_s;
const QString constant = u"Failed to match expected value set by 'const'"_s;
const QString notSchema = u"Target should not validate"_s;
const QString anyOf = u"Failed to validate against any schemas allowed by anyOf"_s;
const QString oneOfNone = u"Failed to validate against any child schemas allowed by oneOf"_s;
const QString oneOfMany = u"Failed to validate against exactly one child schema"_s;
const QString conditional = u"Failed to validate against a conditional schema"_s;
const QString contains = u"Failed to any values against subschema in 'contains'"_s;
const QString tooManyItems = u"Array contains more items than allowed"_s;
} // namespace Message

QString quotedName(const QString& description)
{
    const qsizetype end = description.lastIndexOf(u'\'');
    const qsizetype start = end > 0 ? description.lastIndexOf(u'\'', end - 1) : -1;
    return start >= 0 ? description.mid(start + 1, end - start - 1) : QString();
}

double numberIn(const QString& description)
{
    static const QRegularExpression number(u"-?[0-9]+(\\.[0-9]+)?"_s);
    QRegularExpressionMatchIterator it = number.globalMatch(description);
    double last = 0;
    while (it.hasNext())
        last = it.next().captured().toDouble();
    return last;
}

int countIn(const QString& description)
{
    // The number comes from a schema the provider wrote ("maxLength": 1e300): clamp it, a cast would be UB.
    return NumberConversion::clampedInt(numberIn(description));
}

QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return number(value.toDouble());
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

qsizetype characters(const QJsonValue& value)
{
    return value.toString().toUcs4().size(); // JSON Schema counts code points, not UTF-16 units
}

QString typeReason(const QJsonObject& schema)
{
    QStringList types;
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue& item : type.toArray()) {
        if (item.toString() != u"null"_s)
            types.append(item.toString());
    }
    const QString expected = types.size() == 1 ? types.constFirst() : QString();
    if (expected == u"string"_s)
        return ViolationReasons::tr("Must be text.");
    if (expected == u"integer"_s)
        return ViolationReasons::tr("Must be a whole number.");
    if (expected == u"number"_s)
        return ViolationReasons::tr("Must be a number.");
    if (expected == u"boolean"_s)
        return ViolationReasons::tr("Must be true or false.");
    if (expected == u"array"_s)
        return ViolationReasons::tr("Must be a list.");
    if (expected == u"object"_s)
        return ViolationReasons::tr("Must be a group of fields.");
    return ViolationReasons::tr("Has the wrong kind of value.");
}

QString enumReason(const QJsonObject& schema)
{
    const QJsonArray values = schema.value(u"enum"_s).toArray();
    if (values.isEmpty() || values.size() > kMaxListedChoices)
        return ViolationReasons::tr("Is not one of the allowed values.");
    QStringList choices;
    for (const QJsonValue& value : values)
        choices.append(shown(value));
    return ViolationReasons::tr("Choose one of: %1.").arg(choices.join(u", "_s));
}
} // namespace

bool ViolationReasons::isSummary(const QString& d)
{
    return d.startsWith(u"Failed to validate against schema associated with property name"_s)
           || d.startsWith(u"Failed to validate item #"_s) || d.startsWith(u"Cannot validate item #"_s)
           || d.startsWith(u"Failed to validate against additional properties schema"_s)
           || d.startsWith(u"Failed to validate against child schema #"_s)
           || d.startsWith(u"Failed to validate against dependent schema"_s)
           || d.startsWith(u"Failed to validate against schema associated with pattern"_s);
}

bool ViolationReasons::isOneOfWithoutMatch(const QString& description)
{
    return description.startsWith(Message::oneOfNone);
}

QString ViolationReasons::noneOfTheForms()
{
    return tr("Does not match any of the allowed forms.");
}

QString ViolationReasons::nestedTooDeeply()
{
    return tr("Is nested too deeply.");
}

std::optional<Violation> ViolationReasons::translate(const QString& d, const QString& path, const QJsonValue& value,
                                                     const QJsonObject& schema)
{
    if (isSummary(d))
        return std::nullopt;
    const QString at = JsonPath::isRoot(path) ? JsonPath::root() : path;
    const QLocale locale;

    if (d.startsWith(Message::missing) || d.startsWith(Message::dependency))
        return Violation{JsonPath::key(path, quotedName(d)), tr("Required.")};
    if (d.startsWith(Message::notAllowed))
        return Violation{JsonPath::key(path, quotedName(d)), tr("Is not expected here; remove it.")};

    QString reason;
    if (d.startsWith(Message::maxLength)) {
        reason = tr("At most %n characters (now %1).", nullptr, countIn(d)).arg(locale.toString(characters(value)));
    } else if (d.startsWith(Message::minLength)) {
        const int least = countIn(d);
        if (characters(value) == 0)
            reason = tr("Must not be empty.");
        else if (schema.value(u"maxLength"_s).toInt(-1) == least)
            reason = tr("Exactly %n characters (now %1).", nullptr, least).arg(locale.toString(characters(value)));
        else
            reason = tr("At least %n characters (now %1).", nullptr, least).arg(locale.toString(characters(value)));
    } else if (d.startsWith(Message::maxItems)) {
        reason = tr("At most %n items (now %1).", nullptr, countIn(d)).arg(locale.toString(value.toArray().size()));
    } else if (d.startsWith(Message::minItems)) {
        const qsizetype now = value.toArray().size();
        const int least = countIn(d);
        if (now == 0)
            reason = least == 1 ? tr("Add at least one item.") : tr("Add at least %n items.", nullptr, least);
        else
            reason = tr("At least %n items (now %1).", nullptr, least).arg(locale.toString(now));
    } else if (d.startsWith(Message::maxProperties)) {
        reason = tr("At most %n fields.", nullptr, countIn(d));
    } else if (d.startsWith(Message::minProperties)) {
        reason = tr("At least %n fields.", nullptr, countIn(d));
    } else if (d.startsWith(Message::enumValues)) {
        reason = enumReason(schema);
    } else if (d.startsWith(Message::dateTime)) {
        reason = tr("Enter a date and time such as %1.").arg(u"2024-05-22T19:23:51Z"_s);
    } else if (d.startsWith(Message::date)) {
        reason = tr("Enter a date such as %1.").arg(u"2024-05-22"_s);
    } else if (d.startsWith(Message::time)) {
        reason = tr("Enter a time such as %1.").arg(u"19:23:51Z"_s);
    } else if (d.startsWith(Message::type)) {
        reason = typeReason(schema);
    } else if (d.startsWith(Message::atMost)) {
        reason = tr("At most %1.").arg(number(numberIn(d)));
    } else if (d.startsWith(Message::below)) {
        reason = tr("Less than %1.").arg(number(numberIn(d)));
    } else if (d.startsWith(Message::atLeast)) {
        reason = tr("At least %1.").arg(number(numberIn(d)));
    } else if (d.startsWith(Message::above)) {
        reason = tr("More than %1.").arg(number(numberIn(d)));
    } else if (d.startsWith(Message::multipleOf)) {
        reason = tr("Must be a multiple of %1.").arg(number(numberIn(d)));
    } else if (d.startsWith(Message::unique)) {
        reason = tr("Lists the same value twice.");
    } else if (d.startsWith(Message::pattern)) {
        reason = tr("Is not in the expected form.");
    } else if (d.startsWith(Message::constant)) {
        reason = schema.contains(u"const"_s) ? tr("Must be %1.").arg(shown(schema.value(u"const"_s)))
                                             : tr("Has a value that is not allowed.");
    } else if (d.startsWith(Message::notSchema)) {
        reason = tr("Has a value that is not allowed.");
    } else if (d.startsWith(Message::anyOf) || d.startsWith(Message::oneOfNone)) {
        reason = noneOfTheForms();
    } else if (d.startsWith(Message::oneOfMany)) {
        reason = tr("Matches more than one of the allowed forms.");
    } else if (d.startsWith(Message::conditional)) {
        reason = tr("Does not meet the conditions for this value.");
    } else if (d.startsWith(Message::contains)) {
        reason = tr("Must contain at least one suitable item.");
    } else if (d.startsWith(Message::tooManyItems)) {
        reason = tr("Has too many items.");
    } else {
        reason = tr("Is not valid (%1).").arg(d);
    }
    return Violation{at, reason};
}

} // namespace CaseDesk

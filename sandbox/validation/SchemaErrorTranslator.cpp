#include "sandbox/validation/SchemaErrorTranslator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

const QString kVariantMarker = u"Failed to validate against child schema #"_s;

bool isOneOfSummary(const QString& description)
{
    return description.startsWith(u"Failed to validate against any child schemas allowed by oneOf"_s)
           || description.startsWith(u"Failed to validate against exactly one child schema"_s);
}

QString contextKey(const QStringList& context)
{
    return context.join(QString());
}

bool isUnder(const QStringList& context, const QStringList& prefix)
{
    if (context.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (context.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

QString quotedName(const QString& description)
{
    const qsizetype end = description.lastIndexOf(u'\'');
    const qsizetype start = end > 0 ? description.lastIndexOf(u'\'', end - 1) : -1;
    return start >= 0 ? description.mid(start + 1, end - start - 1) : QString();
}

QString friendlyReason(const QString& description)
{
    static const QRegularExpression maxLength(u"^String should be no more than (\\d+) characters"_s);
    static const QRegularExpression minLength(u"^String should be no fewer than (\\d+) characters"_s);
    static const QRegularExpression maxItems(u"^Array should contain no more than (\\d+) elements"_s);
    static const QRegularExpression minItems(u"^Array should contain no fewer than (\\d+) elements"_s);
    if (auto m = maxLength.match(description); m.hasMatch())
        return u"Must be at most %1 characters long."_s.arg(m.captured(1));
    if (auto m = minLength.match(description); m.hasMatch()) {
        return m.captured(1) == u"1"_s ? u"Must not be empty."_s
                                       : u"Must be at least %1 characters long."_s.arg(m.captured(1));
    }
    if (auto m = maxItems.match(description); m.hasMatch())
        return u"Must have at most %1 items."_s.arg(m.captured(1));
    if (auto m = minItems.match(description); m.hasMatch())
        return u"Must have at least %1 items."_s.arg(m.captured(1));
    if (description.startsWith(u"Failed to match against any enum values"_s))
        return u"Is not one of the allowed values."_s;
    if (description.startsWith(u"Value type not permitted"_s))
        return u"Has the wrong type."_s;
    if (description.startsWith(u"Missing required property"_s))
        return u"Is required."_s;
    if (description.startsWith(u"Object contains a property that could not be validated"_s))
        return u"Is not an allowed property."_s;
    if (description.startsWith(u"String should be a valid date-time"_s))
        return u"Must be a date-time such as 2024-05-22T19:23:51Z."_s;
    if (description.startsWith(u"Elements at indexes"_s))
        return u"Must not contain the same value twice."_s;
    return description;
}

} // namespace

bool SchemaErrorTranslator::isWrapper(const QString& description)
{
    return description.startsWith(u"Failed to validate against schema associated with property name"_s)
           || description.startsWith(u"Failed to validate item #"_s)
           || description.startsWith(u"Cannot validate item #"_s)
           || description.startsWith(u"Failed to validate against additional properties schema"_s);
}

QString SchemaErrorTranslator::join(const QString& path, const QString& property)
{
    if (path.isEmpty() || path == u"$"_s)
        return property;
    return path + u'.' + property;
}

QString SchemaErrorTranslator::pathOf(const QStringList& context, const QJsonValue& instance)
{
    QString path;
    QJsonValue current = instance;
    for (const QString& segment : context) {
        if (segment == u"<root>"_s)
            continue;
        const QString name = segment.mid(1, segment.size() - 2); // "[name]"
        if (current.isArray()) {
            path += u'[' + name + u']';
            current = current.toArray().at(name.toInt());
        } else {
            path = join(path, name);
            current = current.toObject().value(name);
        }
    }
    return path.isEmpty() ? u"$"_s : path;
}

Violation SchemaErrorTranslator::toViolation(const RawError& error, const QJsonValue& instance)
{
    const QString path = pathOf(error.context, instance);
    const QString& description = error.description;
    if (description.startsWith(u"Missing required property"_s)
        || description.startsWith(u"Object contains a property that could not be validated"_s)) {
        return Violation{join(path, quotedName(description)), friendlyReason(description)};
    }
    return Violation{path, friendlyReason(description)};
}

QList<Violation> SchemaErrorTranslator::translate(const QList<RawError>& errors, const QJsonValue& instance)
{
    QList<RawError> leaves;
    // Per oneOf location: the variants' error ranges in `leaves` and where the next variant starts.
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> variants;
    QHash<QString, qsizetype> variantStart;
    for (const RawError& error : errors) {
        const QString key = contextKey(error.context);
        if (error.description.startsWith(kVariantMarker)) {
            qsizetype start = variantStart.value(key, -1);
            if (start < 0) {
                // valijson reports a oneOf's variant errors together, right before the first marker.
                start = leaves.size();
                while (start > 0 && isUnder(leaves.at(start - 1).context, error.context))
                    --start;
            }
            variants[key].append({start, leaves.size()});
            variantStart.insert(key, leaves.size());
            continue;
        }
        if (isOneOfSummary(error.description)) {
            const auto ranges = variants.take(key);
            variantStart.remove(key);
            if (ranges.isEmpty()) {
                const bool tooMany = error.description.contains(u"exactly one"_s);
                leaves.append(RawError{error.context, tooMany ? u"Matches more than one of the allowed shapes."_s
                                                              : u"Does not match any of the allowed shapes."_s});
                continue;
            }
            auto best = ranges.constFirst();
            for (const auto& range : ranges) {
                if (range.second - range.first < best.second - best.first)
                    best = range;
            }
            const QList<RawError> kept = leaves.mid(best.first, best.second - best.first);
            leaves.resize(ranges.constFirst().first);
            leaves.append(kept);
            continue;
        }
        if (isWrapper(error.description))
            continue;
        leaves.append(error);
    }
    QList<Violation> violations;
    for (const RawError& leaf : leaves) {
        const Violation violation = toViolation(leaf, instance);
        if (!violations.contains(violation))
            violations.append(violation);
    }
    // A value of the wrong type also fails its format and length checks; only the type error helps.
    const QString wrongType = friendlyReason(u"Value type not permitted"_s);
    QStringList mistyped;
    for (const Violation& violation : std::as_const(violations)) {
        if (violation.reason == wrongType)
            mistyped.append(violation.property);
    }
    violations.removeIf([&](const Violation& v) { return v.reason != wrongType && mistyped.contains(v.property); });
    return violations;
}

} // namespace Sandbox

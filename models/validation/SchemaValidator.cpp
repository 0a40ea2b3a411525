#include "models/validation/SchemaValidator.h"

#include "models/schema/CreateRequestKeys.h"
#include "models/schema/JsonPath.h"
#include "models/schema/JsonPointer.h"
#include "models/validation/ViolationReasons.h"

#include <QJsonArray>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// A copy valijson can check safely: overlong strings shortened (still longer than any bound a schema sets,
// so the verdict stands), and values nested beyond kMaxDepth cut off with a violation of their own.
QJsonValue bounded(const QJsonValue& value, int depth, const QString& path, QList<Violation>* violations)
{
    if (depth > SchemaValidator::kMaxDepth) {
        violations->append({path, ViolationReasons::nestedTooDeeply()});
        return QJsonValue(QJsonValue::Null);
    }
    if (value.isString() && value.toString().size() > SchemaValidator::kMaxCheckedStringLength)
        return QString(SchemaValidator::kMaxCheckedStringLength, u'x');
    if (value.isArray()) {
        QJsonArray array;
        const QJsonArray source = value.toArray();
        for (qsizetype i = 0; i < source.size(); ++i)
            array.append(bounded(source.at(i), depth + 1, JsonPath::index(path, i), violations));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), bounded(it.value(), depth + 1, JsonPath::key(path, it.key()), violations));
        return object;
    }
    return value;
}

// valijson names object keys and array indexes alike ("[0]"); the instance tells which is which.
QList<JsonPath::Segment> segmentsOf(const QStringList& context, const QJsonValue& instance)
{
    QList<JsonPath::Segment> segments;
    QJsonValue current = instance;
    for (const QString& name : context) {
        bool isIndex = false;
        const qsizetype index = name.toLongLong(&isIndex);
        if (current.isArray() && isIndex) {
            segments.append(index);
            current = current.toArray().at(index);
        } else {
            segments.append(name);
            current = current.toObject().value(name);
        }
    }
    return segments;
}

bool isWithin(const QStringList& context, const QStringList& ancestor)
{
    return context.size() >= ancestor.size() && context.mid(0, ancestor.size()) == ancestor;
}

void appendUnique(QList<Violation>* list, const QList<Violation>& more)
{
    for (const Violation& violation : more) {
        if (!list->contains(violation))
            list->append(violation);
    }
}

QList<Violation> prefixed(const QList<Violation>& violations, const QString& base)
{
    QList<Violation> result;
    for (const Violation& violation : violations)
        result.append({JsonPath::append(base, violation.path), violation.reason});
    return result;
}
} // namespace

SchemaValidator::SchemaValidator(std::shared_ptr<const ApiDocument> document)
    : m_document(std::move(document))
{}

QList<Violation> SchemaValidator::run(const QString& pointer, const QJsonValue& instance, const QString& base) const
{
    QList<Violation> violations;
    const QJsonValue checked = bounded(instance, 0, JsonPath::root(), &violations);
    if (!violations.isEmpty())
        return prefixed(violations, base);

    const auto raw = m_document->schemas().validate(pointer, checked);
    if (!raw)
        return {{JsonPath::isRoot(base) ? JsonPath::root() : base,
                 tr("CaseDesk cannot check this: the API document's schema for it cannot be used.")}};

    // The outermost failed oneOfs: their variants' mixed errors are replaced by the closest variant's.
    QList<QStringList> oneOfs;
    for (const CompiledSchemaSet::RawError& error : *raw) {
        if (!ViolationReasons::isOneOfWithoutMatch(error.description))
            continue;
        oneOfs.erase(std::remove_if(oneOfs.begin(), oneOfs.end(),
                                    [&](const QStringList& inner) { return isWithin(inner, error.context); }),
                     oneOfs.end());
        const bool nested = std::any_of(oneOfs.cbegin(), oneOfs.cend(),
                                        [&](const QStringList& outer) { return isWithin(error.context, outer); });
        if (!nested)
            oneOfs.append(error.context);
    }

    const SchemaNavigator& navigator = m_document->navigator();
    QList<QStringList> reported;
    for (const CompiledSchemaSet::RawError& error : *raw) {
        const auto oneOf = std::find_if(oneOfs.cbegin(), oneOfs.cend(),
                                        [&](const QStringList& c) { return isWithin(error.context, c); });
        if (oneOf != oneOfs.cend()) {
            if (reported.contains(*oneOf))
                continue;
            reported.append(*oneOf);
            const QList<JsonPath::Segment> segments = segmentsOf(*oneOf, checked);
            const QString path = JsonPath::join(segments);
            appendUnique(&violations, closestVariant(navigator.descend(pointer, segments),
                                                     JsonPath::valueAt(instance, path), JsonPath::append(base, path)));
            continue;
        }
        const QList<JsonPath::Segment> segments = segmentsOf(error.context, checked);
        const QString path = JsonPath::join(segments);
        const QJsonObject schema = navigator.schemaAt(navigator.descend(pointer, segments));
        const auto violation =
            ViolationReasons::translate(error.description, path, JsonPath::valueAt(instance, path), schema);
        if (violation)
            appendUnique(&violations, prefixed({*violation}, base));
    }
    return violations;
}

QList<Violation> SchemaValidator::closestVariant(const QString& pointer, const QJsonValue& instance,
                                                 const QString& base) const
{
    const Violation unmatched{JsonPath::isRoot(base) ? JsonPath::root() : base, ViolationReasons::noneOfTheForms()};
    const SchemaNavigator& navigator = m_document->navigator();
    const qsizetype count = navigator.schemaAt(pointer).value(u"oneOf"_s).toArray().size();
    if (pointer.isEmpty() || count == 0)
        return {unmatched};

    const QStringList given = instance.toObject().keys();
    std::optional<QList<Violation>> best;
    qsizetype bestOverlap = -1;
    for (qsizetype i = 0; i < count; ++i) {
        const QString variant = JsonPointer::append(JsonPointer::append(pointer, u"oneOf"_s), i);
        const QList<Violation> problems = run(variant, instance, base);
        const QJsonObject declared = navigator.schemaAt(variant).value(u"properties"_s).toObject();
        const qsizetype overlap =
            std::count_if(given.cbegin(), given.cend(), [&](const QString& key) { return declared.contains(key); });
        if (!best || problems.size() < best->size() || (problems.size() == best->size() && overlap > bestOverlap)) {
            best = problems;
            bestOverlap = overlap;
        }
    }
    return best && !best->isEmpty() ? *best : QList<Violation>{unmatched};
}

QList<Violation> SchemaValidator::validateCreate(const CreateCaseRequest& request) const
{
    return validateCreate(request.toJson());
}

QList<Violation> SchemaValidator::validateCreate(const QJsonObject& body) const
{
    if (!m_document)
        return {};
    const CreateRequestKeys& keys = CreateRequestKeys::get();
    QList<Violation> violations = run(m_document->createRequestPointer(), body, JsonPath::root());
    const QJsonValue details = body.value(keys.details);
    const QString detailsPointer = m_document->detailsSchemaPointer(body.value(keys.code).toString());
    if (details.isObject() && !detailsPointer.isEmpty()) {
        // The code's own schema is the authority on details; whatever the general schema said is replaced.
        violations.removeIf([&](const Violation& v) { return JsonPath::isWithin(v.path, keys.details); });
        violations += run(detailsPointer, details, keys.details);
    }
    return violations;
}

QList<Violation> SchemaValidator::validateDetails(const QString& code, const QJsonObject& details) const
{
    if (!m_document)
        return {};
    const QString pointer = m_document->detailsSchemaPointer(code);
    return pointer.isEmpty() ? QList<Violation>() : run(pointer, details, CreateRequestKeys::get().details);
}

QList<Violation> SchemaValidator::validateNote(const NoteRequest& request) const
{
    return validateNote(request.toJson());
}

QList<Violation> SchemaValidator::validateNote(const QJsonObject& body) const
{
    if (!m_document || m_document->noteRequestPointer().isEmpty())
        return {};
    return run(m_document->noteRequestPointer(), body, JsonPath::root());
}

QList<Violation> SchemaValidator::validateCancel(const CancelRequest& request) const
{
    return validateCancel(request.toJson());
}

QList<Violation> SchemaValidator::validateCancel(const QJsonObject& body) const
{
    if (!m_document || m_document->cancelRequestPointer().isEmpty())
        return {};
    return run(m_document->cancelRequestPointer(), body, JsonPath::root());
}

} // namespace CaseDesk

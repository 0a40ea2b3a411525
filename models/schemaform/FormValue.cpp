#include "models/schemaform/FormValue.h"

#include "models/core/NumberConversion.h"
#include "models/schema/JsonPath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace CaseDesk
{

using Kind = FormField::Kind;

FormValue::FormValue(FormFieldPtr field, FormValue* parent)
    : m_field(std::move(field))
    , m_parent(parent)
{
    Q_ASSERT(m_field);
    if (m_field->kind == Kind::Object) {
        for (const FormFieldPtr& child : m_field->children)
            m_children.push_back(std::make_unique<FormValue>(child, this));
    }
    if (m_field->kind == Kind::ChoiceList)
        m_value = QJsonArray();
}

FormValue::~FormValue() = default;

bool FormValue::isItem() const
{
    return m_parent && (m_parent->field().kind == Kind::TextList || m_parent->field().kind == Kind::ObjectList);
}

QString FormValue::path() const
{
    if (!m_parent)
        return m_field->path;
    if (!isItem())
        return JsonPath::key(m_parent->path(), m_field->key);
    qsizetype index = 0;
    while (index < m_parent->count() && m_parent->at(index) != this)
        ++index;
    return JsonPath::index(m_parent->path(), index);
}

void FormValue::edited()
{
    for (FormValue* value = this; value; value = value->m_parent)
        value->m_unfitting.reset();
}

void FormValue::setValue(const QJsonValue& value)
{
    m_value = value;
    edited();
}

void FormValue::setChosen(const QJsonValue& choice, bool chosen)
{
    QJsonArray current = m_value.toArray();
    const bool has = current.contains(choice);
    if (has == chosen)
        return;
    if (chosen) {
        current.append(choice);
    } else {
        for (qsizetype i = current.size() - 1; i >= 0; --i) {
            if (current.at(i) == choice)
                current.removeAt(i);
        }
    }
    // The schema's order, then anything loaded that the schema does not offer.
    QJsonArray ordered;
    for (const QJsonValue& option : m_field->enumValues) {
        if (current.contains(option))
            ordered.append(option);
    }
    for (const QJsonValue& other : std::as_const(current)) {
        if (!m_field->enumValues.contains(other))
            ordered.append(other);
    }
    m_value = ordered;
    edited();
}

void FormValue::setText(const QString& text)
{
    m_text = text;
    edited();
}

FormValue* FormValue::member(const QString& key) const
{
    for (const auto& child : m_children) {
        if (child->field().key == key && !child->isItem())
            return child.get();
    }
    return nullptr;
}

FormValue* FormValue::appendItem()
{
    if (!m_field->item)
        return nullptr;
    m_children.push_back(std::make_unique<FormValue>(m_field->item, this));
    edited();
    return m_children.back().get();
}

void FormValue::removeItem(qsizetype index)
{
    if (index < 0 || index >= count() || !m_field->item)
        return;
    m_children.erase(m_children.begin() + index);
    edited();
}

FormValue* FormValue::find(const QString& path)
{
    if (!JsonPath::isWithin(path, this->path()))
        return nullptr;
    FormValue* current = this;
    for (const JsonPath::Segment& segment : JsonPath::split(JsonPath::relativeTo(path, this->path()))) {
        FormValue* next = nullptr;
        if (const auto* key = std::get_if<QString>(&segment))
            next = current->m_field->kind == Kind::Object ? current->member(*key) : nullptr;
        else if (current->m_field->item && std::get<qsizetype>(segment) < current->count())
            next = current->at(std::get<qsizetype>(segment));
        if (!next)
            return current;
        current = next;
    }
    return current;
}

bool FormValue::isBlank() const
{
    if (m_unfitting)
        return false;
    switch (m_field->kind) {
    case Kind::Object:
        return m_extra.isEmpty() && std::all_of(m_children.cbegin(), m_children.cend(), [](const auto& child) {
                   return child->isBlank();
               });
    case Kind::TextList:
    case Kind::ObjectList:
        return m_children.empty();
    case Kind::ChoiceList:
        return m_value.toArray().isEmpty();
    case Kind::Raw:
        return m_text.trimmed().isEmpty();
    case Kind::Boolean:
        return !m_value.toBool();
    default:
        // Text, Choice, Integer, Number, DateTime
        return m_value.isUndefined() || m_value.isNull() || (m_value.isString() && m_value.toString().isEmpty());
    }
}

std::optional<QJsonValue> FormValue::parsedText(QString* error) const
{
    if (m_text.trimmed().isEmpty())
        return std::nullopt;
    // QJsonDocument reads only objects and arrays; wrapping lets "42" or "\"text\"" through as well.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + m_text.toUtf8() + ']'), &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("one value expected");
        return std::nullopt;
    }
    return document.array().first();
}

std::optional<QJsonValue> FormValue::toJson() const
{
    if (m_unfitting)
        return m_unfitting;
    const bool required = m_field->required;
    switch (m_field->kind) {
    case Kind::Object: {
        if (isBlank() && !required && m_parent && !isItem())
            return std::nullopt;
        QJsonObject object = m_extra;
        for (const auto& child : m_children) {
            if (const std::optional<QJsonValue> json = child->toJson())
                object.insert(child->field().key, *json);
        }
        return object;
    }
    case Kind::TextList:
    case Kind::ObjectList: {
        if (m_children.empty())
            return required ? std::optional<QJsonValue>(QJsonArray()) : std::nullopt;
        QJsonArray array;
        for (const auto& item : m_children) {
            // A row stays in place even when empty, so paths keep pointing at the rows shown.
            const QJsonValue fallback =
                m_field->kind == Kind::TextList ? QJsonValue(QString()) : QJsonValue(QJsonObject());
            array.append(item->toJson().value_or(fallback));
        }
        return array;
    }
    case Kind::ChoiceList:
        if (m_value.toArray().isEmpty())
            return required ? std::optional<QJsonValue>(QJsonArray()) : std::nullopt;
        return m_value;
    case Kind::Raw:
        return parsedText(nullptr);
    case Kind::Boolean:
        // Untouched means the server's default; false is said only where it differs from the default.
        if (m_value.isUndefined())
            return required ? std::optional<QJsonValue>(m_field->defaultValue.toBool(false)) : std::nullopt;
        if (m_value.toBool())
            return true;
        if (required || m_field->defaultValue.toBool())
            return false;
        return std::nullopt;
    case Kind::Integer:
        if (const auto integer = m_value.isDouble() ? NumberConversion::exactInteger(m_value.toDouble()) : std::nullopt)
            return QJsonValue(*integer);
        break;
    default:
        break;
    }
    if (isBlank())
        return std::nullopt;
    return m_value;
}

void FormValue::load(const QJsonValue& json)
{
    m_unfitting.reset();
    m_extra = QJsonObject();
    const bool absent = json.isUndefined() || json.isNull();
    switch (m_field->kind) {
    case Kind::Object: {
        const QJsonObject object = json.toObject();
        for (const auto& child : m_children)
            child->load(object.value(child->field().key));
        if (m_field->allowsExtraKeys) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!m_field->child(it.key()))
                    m_extra.insert(it.key(), it.value());
            }
        }
        if (!absent && !json.isObject())
            m_unfitting = json;
        return;
    }
    case Kind::TextList:
    case Kind::ObjectList:
        m_children.clear();
        for (const QJsonValue& element : json.toArray()) {
            m_children.push_back(std::make_unique<FormValue>(m_field->item, this));
            m_children.back()->load(element);
        }
        if (!absent && !json.isArray())
            m_unfitting = json;
        return;
    case Kind::ChoiceList:
        m_value = json.isArray() ? json : QJsonValue(QJsonArray());
        if (!absent && !json.isArray())
            m_unfitting = json;
        return;
    case Kind::Raw:
        m_text =
            json.isUndefined()
                ? QString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return;
    default:
        m_value = absent ? QJsonValue(QJsonValue::Undefined) : json;
        if (!absent && !fits(json)) {
            m_value = QJsonValue(QJsonValue::Undefined);
            m_unfitting = json;
        }
        return;
    }
}

bool FormValue::fits(const QJsonValue& json) const
{
    switch (m_field->kind) {
    case Kind::Text:
        return json.isString();
    case Kind::DateTime:
        return QDateTime::fromString(json.toString(), Qt::ISODateWithMs).isValid();
    case Kind::Choice:
        return json.isString() || json.isDouble();
    case Kind::Boolean:
        return json.isBool();
    case Kind::Integer:
    case Kind::Number:
        return json.isDouble();
    default:
        return true;
    }
}

void FormValue::clear()
{
    load(QJsonValue(QJsonValue::Undefined));
}

QList<Violation> FormValue::problems() const
{
    QList<Violation> found;
    QString error;
    if (m_field->kind == Kind::Raw && !m_text.trimmed().isEmpty() && !parsedText(&error))
        found.append({path(), tr("Is not valid JSON (%1).").arg(error)});
    for (const auto& child : m_children)
        found += child->problems();
    return found;
}

} // namespace CaseDesk

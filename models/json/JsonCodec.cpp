#include "models/json/JsonCodec.h"

#include "models/core/NumberConversion.h"

#include <QVariant>

namespace CaseDesk
{

JsonReader::JsonReader(const QJsonObject& object, const QString& path, DecodeErrors* errors)
    : m_object(object)
    , m_path(path)
    , m_errors(errors)
    , m_taken(m_object.size(), false)
{}

JsonReader::JsonReader(const QJsonObject& object, const JsonReader* parent, QLatin1StringView key, qsizetype index)
    : m_object(object)
    , m_parent(parent)
    , m_key(key)
    , m_index(index)
    , m_errors(parent->m_errors)
    , m_taken(m_object.size(), false)
{}

QString JsonReader::path() const
{
    if (!m_parent)
        return m_path;
    return m_index < 0 ? m_parent->pathOf(m_key) : m_parent->itemPath(m_key, m_index);
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    // The root is "$" in messages, but a top-level field reads better as its bare name ("status").
    const QString path = this->path();
    if (path == u"$")
        return QString(key);
    return path + u'.' + key;
}

QString JsonReader::itemPath(QLatin1StringView key, qsizetype index) const
{
    return pathOf(key) + u'[' + QString::number(index) + u']';
}

bool JsonReader::has(QLatin1StringView key) const
{
    return m_object.contains(key);
}

QJsonValue JsonReader::take(QLatin1StringView key)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    m_taken[it - m_object.constBegin()] = true;
    return it.value();
}

QJsonObject JsonReader::unreadKeys() const
{
    QJsonObject rest;
    qsizetype index = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it, ++index) {
        if (!m_taken[index])
            rest.insert(it.key(), it.value());
    }
    return rest;
}

QString JsonReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("absent");
}

void JsonReader::wrongType(const QString& path, const char* expected, const QJsonValue& found)
{
    m_errors->append({DecodeError::Kind::WrongType, path, QString::fromLatin1(expected), typeName(found)});
}

void JsonReader::missing(const QString& path)
{
    m_errors->append({DecodeError::Kind::Missing, path, {}, {}});
}

void JsonReader::badValue(const QString& path, const char* expected, const QString& detail)
{
    m_errors->append({DecodeError::Kind::BadValue, path, QString::fromLatin1(expected), detail});
}

void JsonReader::read(QLatin1StringView key, QString& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return missing(pathOf(key));
    if (!value.isString())
        return wrongType(pathOf(key), "string", value);
    out = value.toString();
}

void JsonReader::read(QLatin1StringView key, std::optional<QString>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isString())
        return wrongType(pathOf(key), "string", value);
    out = value.toString();
}

void JsonReader::read(QLatin1StringView key, std::optional<bool>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isBool())
        return wrongType(pathOf(key), "boolean", value);
    out = value.toBool();
}

void JsonReader::read(QLatin1StringView key, std::optional<double>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isDouble())
        return wrongType(pathOf(key), "number", value);
    out = value.toDouble();
}

void JsonReader::read(QLatin1StringView key, std::optional<qint64>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isDouble())
        return wrongType(pathOf(key), "integer", value);
    // Qt keeps a JSON integer that fits in qint64 as one (toDouble() would round it beyond 2^53); anything
    // else is a double, which must hold a whole number within qint64's range: a cast would be undefined.
    const QVariant number = value.toVariant();
    const std::optional<qint64> integer = number.typeId() == QMetaType::LongLong
                                              ? std::optional<qint64>(number.toLongLong())
                                              : NumberConversion::exactInteger(number.toDouble());
    if (!integer)
        return badValue(pathOf(key), "integer", QString::number(number.toDouble()));
    out = integer;
}

void JsonReader::read(QLatin1StringView key, std::optional<QJsonObject>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isObject())
        return wrongType(pathOf(key), "object", value);
    out = value.toObject();
}

void JsonReader::read(QLatin1StringView key, std::optional<QJsonValue>& out)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return;
    out = value; // any JSON value, null included: the field's type is open
}

void JsonReader::read(QLatin1StringView key, std::optional<QStringList>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isArray())
        return wrongType(pathOf(key), "array", value);
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            wrongType(pathOf(key) + u'[' + QString::number(i) + u']', "string", array.at(i));
            ok = false;
            continue;
        }
        list.append(array.at(i).toString());
    }
    if (ok)
        out = list;
}

void JsonReader::read(QLatin1StringView key, QStringList& out)
{
    if (isAbsent(m_object.value(key))) {
        take(key);
        return missing(pathOf(key));
    }
    std::optional<QStringList> list;
    read(key, list);
    if (list)
        out = *list;
}

void JsonReader::read(QLatin1StringView key, std::optional<Timestamp>& out)
{
    const QJsonValue value = take(key);
    if (isAbsent(value))
        return;
    if (!value.isString())
        return wrongType(pathOf(key), "string", value);
    const Timestamp timestamp = Timestamp::fromString(value.toString());
    if (!timestamp.isValid())
        return badValue(pathOf(key), "date-time", value.toString());
    out = timestamp;
}

std::optional<QJsonDocument> parseJsonDocument(const QByteArray& bytes, DecodeErrors* errors)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append({DecodeError::Kind::NotJson,
                        QStringLiteral("$"),
                        {},
                        DecodeError::tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)});
        return std::nullopt;
    }
    return document;
}

} // namespace CaseDesk

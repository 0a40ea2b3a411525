#pragma once

#include "models/core/Timestamp.h"
#include "models/json/DecodeError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <tuple>

namespace CaseDesk
{

/*
 * The small machinery every domain type uses to map itself to and from JSON, so that each type spells
 * its keys exactly once, in a field table beside it:
 *
 *     const auto fields = std::make_tuple(jsonField("status"_L1, &StatusHistoryEntry::status), ...);
 *     StatusHistoryEntry StatusHistoryEntry::fromJson(JsonReader& r) { return r.readFields<...>(fields); }
 *     QJsonObject StatusHistoryEntry::toJson() const { return writeFields(*this, fields); }
 *
 * Member types decide the rules: std::optional<X> is optional (absent or null stays absent), a plain X is
 * required. A field of the wrong type is a DecodeError naming its path; nothing is invented. A member
 * `QJsonObject extra` collects keys the table does not know, so unknown fields survive a round trip.
 */
template <typename Owner, typename Member>
struct JsonField
{
    QLatin1StringView key;
    Member Owner::*member;
};

template <typename Owner, typename Member>
constexpr JsonField<Owner, Member> jsonField(QLatin1StringView key, Member Owner::*member)
{
    return {key, member};
}

template <typename T>
concept JsonObjectType = requires(T value, class JsonReader& reader)
{
    {
        T::fromJson(reader)
        } -> std::same_as<T>;
    {
        value.toJson()
        } -> std::same_as<QJsonObject>;
};

template <typename T>
concept HasExtra = requires(T value)
{
    {
        value.extra
        } -> std::convertible_to<QJsonObject>;
};

// Reads one JSON object, recording every problem in a shared error list.
class JsonReader
{
public:
    JsonReader(const QJsonObject& object, const QString& path, DecodeErrors* errors);
    // A child reader points at its parent, which must outlive it: readers stay where they are made.
    Q_DISABLE_COPY_MOVE(JsonReader)

    QString path() const;
    QString pathOf(QLatin1StringView key) const;
    bool has(QLatin1StringView key) const;
    const QJsonObject& object() const { return m_object; }
    DecodeErrors* errors() const { return m_errors; }

    void read(QLatin1StringView key, QString& out);
    void read(QLatin1StringView key, std::optional<QString>& out);
    void read(QLatin1StringView key, std::optional<bool>& out);
    void read(QLatin1StringView key, std::optional<double>& out);
    void read(QLatin1StringView key, std::optional<qint64>& out);
    void read(QLatin1StringView key, std::optional<QJsonObject>& out);
    void read(QLatin1StringView key, std::optional<QJsonValue>& out);
    void read(QLatin1StringView key, std::optional<QStringList>& out);
    void read(QLatin1StringView key, QStringList& out);
    void read(QLatin1StringView key, std::optional<Timestamp>& out);

    template <JsonObjectType T>
    void read(QLatin1StringView key, std::optional<T>& out)
    {
        const QJsonValue value = take(key);
        if (isAbsent(value))
            return;
        if (!value.isObject())
            return wrongType(pathOf(key), "object", value);
        JsonReader child(value.toObject(), this, key, -1);
        out = T::fromJson(child);
    }

    template <JsonObjectType T>
    void read(QLatin1StringView key, T& out)
    {
        const QJsonValue value = take(key);
        if (isAbsent(value))
            return missing(pathOf(key));
        if (!value.isObject())
            return wrongType(pathOf(key), "object", value);
        JsonReader child(value.toObject(), this, key, -1);
        out = T::fromJson(child);
    }

    template <JsonObjectType T>
    void read(QLatin1StringView key, std::optional<QList<T>>& out)
    {
        const QJsonValue value = take(key);
        if (isAbsent(value))
            return;
        if (!value.isArray())
            return wrongType(pathOf(key), "array", value);
        out = readObjectArray<T>(value.toArray(), key);
    }

    template <JsonObjectType T>
    void read(QLatin1StringView key, QList<T>& out)
    {
        const QJsonValue value = take(key);
        if (isAbsent(value))
            return missing(pathOf(key));
        if (!value.isArray())
            return wrongType(pathOf(key), "array", value);
        out = readObjectArray<T>(value.toArray(), key);
    }

    // Reads every field of a table into a fresh Owner; keys the table does not name go to `extra`.
    template <typename Owner, typename Fields>
    Owner readFields(const Fields& fields)
    {
        Owner owner{};
        std::apply([&](const auto&... field) { (read(field.key, owner.*(field.member)), ...); }, fields);
        if constexpr (HasExtra<Owner>)
            owner.extra = unreadKeys();
        return owner;
    }

    // The keys of the object that no read() has asked for.
    QJsonObject unreadKeys() const;

    // Records a wrong-type error for `path`; public so value decoders outside the class can share it.
    void wrongType(const QString& path, const char* expected, const QJsonValue& found);
    void missing(const QString& path);
    void badValue(const QString& path, const char* expected, const QString& detail);

    static QString typeName(const QJsonValue& value);

private:
    static bool isAbsent(const QJsonValue& value) { return value.isUndefined() || value.isNull(); }
    QJsonValue take(QLatin1StringView key);

    // A reader for the object at `key` (or at `key`[index]) of `parent`'s object. Its path is spelled out only
    // when a message needs it: most decodes have no error, and each path would cost an allocation.
    JsonReader(const QJsonObject& object, const JsonReader* parent, QLatin1StringView key, qsizetype index);
    QString itemPath(QLatin1StringView key, qsizetype index) const;

    template <JsonObjectType T>
    QList<T> readObjectArray(const QJsonArray& array, QLatin1StringView key)
    {
        QList<T> list;
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isObject()) {
                wrongType(itemPath(key, i), "object", item);
                continue;
            }
            JsonReader child(item.toObject(), this, key, i);
            list.append(T::fromJson(child));
        }
        return list;
    }

    QJsonObject m_object;
    QString m_path;                       // a root reader's; a child's is built from its parent's
    const JsonReader* m_parent = nullptr; // outlives this reader: children live inside the parent's read()
    QLatin1StringView m_key;              // a child's place in its parent
    qsizetype m_index = -1;
    DecodeErrors* m_errors;
    // Which of the object's members some read() asked for, by their index in the object, for unreadKeys().
    // Marked flags rather than a set of key strings: no allocation per field read.
    QVarLengthArray<bool, 64> m_taken;
};

// Writing: absent optionals are left out, everything else is written as is.
namespace JsonWrite
{
inline QJsonValue toValue(const QString& v)
{
    return v;
}
inline QJsonValue toValue(bool v)
{
    return v;
}
inline QJsonValue toValue(double v)
{
    return v;
}
inline QJsonValue toValue(qint64 v)
{
    return v;
}
inline QJsonValue toValue(const QJsonObject& v)
{
    return v;
}
inline QJsonValue toValue(const QJsonValue& v)
{
    return v;
}
inline QJsonValue toValue(const QStringList& v)
{
    return QJsonArray::fromStringList(v);
}
inline QJsonValue toValue(const Timestamp& v)
{
    return v.toString();
}

template <JsonObjectType T>
QJsonValue toValue(const T& v)
{
    return v.toJson();
}

template <JsonObjectType T>
QJsonValue toValue(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(item.toJson());
    return array;
}

template <typename V>
void put(QJsonObject& object, QLatin1StringView key, const std::optional<V>& value)
{
    if (value)
        object.insert(key, toValue(*value));
}

template <typename V>
void put(QJsonObject& object, QLatin1StringView key, const V& value)
{
    object.insert(key, toValue(value));
}
} // namespace JsonWrite

template <typename Owner, typename Fields>
QJsonObject writeFields(const Owner& owner, const Fields& fields)
{
    QJsonObject object;
    if constexpr (HasExtra<Owner>)
        object = owner.extra;
    std::apply([&](const auto&... field) { (JsonWrite::put(object, field.key, owner.*(field.member)), ...); }, fields);
    return object;
}

// The outcome of decoding a whole document: a value, or the errors that prevented it.
template <typename T>
struct Decoded
{
    std::optional<T> value;
    DecodeErrors errors;
    bool ok() const { return value.has_value() && errors.isEmpty(); }
};

// Decodes a JSON object (or the bytes of one) as T. Any error, however deep, fails the whole decode.
template <JsonObjectType T>
Decoded<T> decodeJson(const QJsonValue& value)
{
    Decoded<T> result;
    if (!value.isObject()) {
        result.errors.append(
            {DecodeError::Kind::WrongType, QStringLiteral("$"), QStringLiteral("object"), JsonReader::typeName(value)});
        return result;
    }
    JsonReader reader(value.toObject(), QStringLiteral("$"), &result.errors);
    T decoded = T::fromJson(reader);
    if (result.errors.isEmpty())
        result.value = std::move(decoded);
    return result;
}

// Parses bytes as JSON; a parse failure becomes a NotJson DecodeError.
std::optional<QJsonDocument> parseJsonDocument(const QByteArray& bytes, DecodeErrors* errors);

template <JsonObjectType T>
Decoded<T> decodeJson(const QByteArray& bytes)
{
    Decoded<T> result;
    const auto document = parseJsonDocument(bytes, &result.errors);
    if (!document)
        return result;
    return decodeJson<T>(document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array()));
}

} // namespace CaseDesk

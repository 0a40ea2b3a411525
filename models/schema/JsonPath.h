#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <variant>

namespace CaseDesk
{

/*
 * JSON paths written the way the case API writes `additionalInfo.property`: keys joined with dots, array
 * indexes in brackets, "$" for the whole body ("contacts[0].details[1].value"). Violations, form fields and
 * server errors all use this one spelling, so a path from any of them finds the same field.
 *
 *     JsonPath::index(JsonPath::key(JsonPath::root(), u"contacts"_s), 0)   // "contacts[0]"
 *     JsonPath::valueAt(body, u"contacts[0].type"_s)                       // body["contacts"][0]["type"]
 *
 * (compiled and run in tests/unit/tst_headerexamples.cpp)
 */
class JsonPath
{
public:
    using Segment = std::variant<QString, qsizetype>;

    static QString root() { return QStringLiteral("$"); }
    static bool isRoot(const QString& path) { return path.isEmpty() || path == root(); }

    static QString key(const QString& base, const QString& key);
    static QString index(const QString& base, qsizetype index);
    // Appends a relative path ("documents.type", "[2].name") to `base`.
    static QString append(const QString& base, const QString& relative);

    static QList<Segment> split(const QString& path);
    static QString join(const QList<Segment>& segments);

    // True when `path` is `ancestor` or lies inside it ("details.a[1]" is within "details" and "details.a").
    static bool isWithin(const QString& path, const QString& ancestor);
    // The path relative to `ancestor` ("details.a.b" relative to "details" is "a.b"); `path` must be within it.
    static QString relativeTo(const QString& path, const QString& ancestor);
    static QString parent(const QString& path);

    static QJsonValue valueAt(const QJsonValue& root, const QString& path);
};

} // namespace CaseDesk

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * Reads YAML (through yaml-cpp) into the JSON value it denotes, the way OpenAPI tools read it: plain scalars
 * are resolved by the YAML 1.2 core schema (null, true/false, numbers), quoted and block scalars stay text,
 * anchors and aliases are expanded, "<<" merge keys are applied. Two deliberate departures: numbers with a
 * leading zero ("0800") stay text, since ticket codes and their families look like that, and yes/no/on/off
 * stay text (YAML 1.1 booleans that would turn a country code "NO" into false).
 *
 *     QString error;
 *     if (auto json = YamlToJson::convert(bytes, &error)) ... else show(error);  // "line 3, column 5: ..."
 */
class YamlToJson
{
    Q_DECLARE_TR_FUNCTIONS(YamlToJson)

public:
    // Nesting and alias expansion are capped, so a hostile document cannot exhaust the stack or memory: an
    // alias is expanded every time it is used, so a "billion laughs" document of a few hundred bytes (ten
    // aliases of ten aliases of ...), or one long text used a thousand times, would otherwise hold gigabytes.
    // Both caps count the expanded document: its nodes, and the bytes of its texts and keys. A document
    // without aliases stays far below them (ApiDocumentLoader::kMaxSize is 20 MiB).
    static constexpr int kMaxDepth = 256;
    static constexpr qsizetype kMaxNodes = 2'000'000;
    static constexpr qsizetype kMaxTextBytes = 64 * 1024 * 1024;

    static std::optional<QJsonValue> convert(const QByteArray& yaml, QString* error);
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

// One entry of code-labels.json: what the provider has published about a ticket code. A null title means
// the provider's label is unknown, and stays unknown: nothing here invents one.
struct CodeLabel
{
    QString code;
    std::optional<QString> family;
    std::optional<QString> category;
    std::optional<QString> title;
    std::optional<QString> ticketType; // "TROUBLE" or "CASE"
    std::optional<QString> primaryIdLabel;
    std::optional<QString> secondaryIdLabel;
    QJsonObject extra; // evidence, source: kept, not shown

    static CodeLabel fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CodeLabel&) const = default;
};

// The whole code-labels.json: {"about": ..., "codes": [CodeLabel...]}.
struct CodeLabelFile
{
    std::optional<QString> about;
    QList<CodeLabel> codes;
    QJsonObject extra;

    static CodeLabelFile fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CodeLabelFile&) const = default;

    // The bundled labels (:/api/code-labels.json) by code; read once.
    static const QHash<QString, CodeLabel>& bundled();
};

} // namespace CaseDesk

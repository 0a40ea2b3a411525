#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

/*
 * What the server held just before a write first went out, so that the question "did it arrive?" can
 * never be answered by a write that existed before: the ids of the cases with the same customer reference
 * (a create) or of the notes with the same text (a note), and the server's own clock at that moment (from
 * the Date header of the answer that listed them). Stored with the outbox item, so it survives a restart.
 */
struct ArrivalBaseline
{
    std::optional<QStringList> knownIds;
    std::optional<qint64> serverSentMs; // the server's clock when the write went out (ms since the epoch)
    QJsonObject extra;

    QStringList ids() const { return knownIds.value_or(QStringList()); }

    static ArrivalBaseline fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const ArrivalBaseline&) const = default;
};

} // namespace CaseDesk

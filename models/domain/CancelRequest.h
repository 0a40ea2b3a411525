#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The body of POST /support/v2/tickets/{id}/cancel.
struct CancelRequest
{
    QString reason;

    static CancelRequest fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CancelRequest&) const = default;
};

} // namespace CaseDesk

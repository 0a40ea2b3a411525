#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The answer to a create: the new case or order number and whether it is a CASE or a TROUBLE ticket.
struct CreateCaseResponse
{
    QString id;
    QString type;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static CreateCaseResponse fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CreateCaseResponse&) const = default;
};

} // namespace CaseDesk

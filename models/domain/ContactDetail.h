#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// One way to reach a contact: a PHONE, MOBILE or EMAIL value.
struct ContactDetail
{
    QString type;
    QString value;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static ContactDetail fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const ContactDetail&) const = default;
};

} // namespace CaseDesk

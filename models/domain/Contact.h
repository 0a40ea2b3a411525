#pragma once

#include "models/domain/ContactDetail.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// A person on a case. In a create request it is either a registered user (type, registeredUsers) or a
// named person with contact details (type, firstName, lastName, details); GET answers use the second shape.
struct Contact
{
    std::optional<QString> type;
    std::optional<QStringList> registeredUsers;
    std::optional<QString> registeredUser;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QList<ContactDetail>> details;
    std::optional<QString> availability;
    std::optional<QString> timezone;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    static Contact fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const Contact&) const = default;
};

} // namespace CaseDesk

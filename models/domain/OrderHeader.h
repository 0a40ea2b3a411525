#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// One hit of the order-history search: enough to find the case and fetch it with GET.
struct OrderHeader
{
    struct Account
    {
        std::optional<QJsonValue> number; // a string in the schema, a number in the provider's example
        std::optional<QString> name;
        QJsonObject extra;

        static Account fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Account&) const = default;
    };
    struct Person
    {
        std::optional<QString> name;
        std::optional<QString> email;
        std::optional<QString> phone;
        QJsonObject extra;

        static Person fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Person&) const = default;
    };

    std::optional<QString> orderNumber;
    std::optional<QStringList> type;
    std::optional<QString> orderStatus;
    std::optional<Timestamp> createdAt;
    std::optional<Account> account;
    std::optional<Person> orderingContact;
    std::optional<Person> notificationContact;
    std::optional<QStringList> ibx;
    std::optional<QStringList> customerReferenceNumbers;
    QJsonObject extra;

    static OrderHeader fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const OrderHeader&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

// One field the server refused: `property` is a JSON path into the request ("contacts[0].type").
struct FieldError
{
    QString property;
    QString reason;
    bool operator==(const FieldError&) const = default;
};

// One entry of the case API's error array: [{errorCode, errorMessage, details, correlationId, help, additionalInfo}].
// additionalInfo is an object {property, reason} in the spec but an array of them in some provider pages; both are
// read.
struct ApiErrorEntry
{
    std::optional<QString> errorCode;
    std::optional<QString> errorMessage;
    std::optional<QString> details;
    std::optional<QString> correlationId;
    std::optional<QString> help;
    std::optional<QJsonValue> additionalInfo;
    QJsonObject extra;

    static ApiErrorEntry fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const ApiErrorEntry&) const = default;

    QList<FieldError> fieldErrors() const;
};

// The order-history API's own error body: {"errors": [{code, message, fields}], "ticketId"}.
struct OrderHistoryError
{
    struct Item
    {
        std::optional<QString> code;
        std::optional<QString> message;
        std::optional<QStringList> fields;
        QJsonObject extra;

        static Item fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Item&) const = default;
    };

    std::optional<QList<Item>> errors;
    std::optional<QString> ticketId;
    QJsonObject extra;

    static OrderHistoryError fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const OrderHistoryError&) const = default;
};

} // namespace CaseDesk

#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

// The body of POST /v1/retrieve-orders: filters, free text over chosen sources, sorts and a page (0-based).
struct OrderHistoryQuery
{
    struct Filters
    {
        std::optional<QStringList> ibxs;
        std::optional<QStringList> productTypes;
        std::optional<QStringList> orderStatus;
        std::optional<QString> dateRange;
        std::optional<QString> fromDate; // mm/dd/yyyy
        std::optional<QString> toDate;

        static Filters fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Filters&) const = default;
    };
    struct Sort
    {
        QString name;
        QString direction;

        static Sort fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Sort&) const = default;
    };
    struct Page
    {
        std::optional<qint64> number;
        std::optional<qint64> size;

        static Page fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Page&) const = default;
    };

    std::optional<Filters> filters;
    std::optional<QStringList> source;
    std::optional<QString> q;
    std::optional<QList<Sort>> sorts;
    std::optional<Page> page;

    static OrderHistoryQuery fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const OrderHistoryQuery&) const = default;
};

} // namespace CaseDesk

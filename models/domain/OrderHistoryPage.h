#pragma once

#include "models/domain/OrderHeader.h"
#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace CaseDesk
{

// One page of order-history results with its paging information.
struct OrderHistoryPage
{
    struct PageInfo
    {
        std::optional<qint64> size;
        std::optional<double> totalElements;
        std::optional<qint64> totalPages;
        std::optional<qint64> number;
        QJsonObject extra;

        static PageInfo fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const PageInfo&) const = default;
    };

    std::optional<QList<OrderHeader>> content;
    std::optional<PageInfo> page;
    QJsonObject extra; // links and whatever else the server adds

    static OrderHistoryPage fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const OrderHistoryPage&) const = default;

    bool hasNextPage() const;
};

} // namespace CaseDesk

#include "models/domain/OrderHistoryQuery.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
using Q = OrderHistoryQuery;
const auto filterFields = std::make_tuple(
    jsonField("ibxs"_L1, &Q::Filters::ibxs), jsonField("productTypes"_L1, &Q::Filters::productTypes),
    jsonField("orderStatus"_L1, &Q::Filters::orderStatus), jsonField("dateRange"_L1, &Q::Filters::dateRange),
    jsonField("fromDate"_L1, &Q::Filters::fromDate), jsonField("toDate"_L1, &Q::Filters::toDate));
const auto sortFields =
    std::make_tuple(jsonField("name"_L1, &Q::Sort::name), jsonField("direction"_L1, &Q::Sort::direction));
const auto pageFields = std::make_tuple(jsonField("number"_L1, &Q::Page::number), jsonField("size"_L1, &Q::Page::size));
const auto fields =
    std::make_tuple(jsonField("filters"_L1, &Q::filters), jsonField("source"_L1, &Q::source), jsonField("q"_L1, &Q::q),
                    jsonField("sorts"_L1, &Q::sorts), jsonField("page"_L1, &Q::page));
} // namespace

Q::Filters Q::Filters::fromJson(JsonReader& reader)
{
    return reader.readFields<Filters>(filterFields);
}

QJsonObject Q::Filters::toJson() const
{
    return writeFields(*this, filterFields);
}

Q::Sort Q::Sort::fromJson(JsonReader& reader)
{
    return reader.readFields<Sort>(sortFields);
}

QJsonObject Q::Sort::toJson() const
{
    return writeFields(*this, sortFields);
}

Q::Page Q::Page::fromJson(JsonReader& reader)
{
    return reader.readFields<Page>(pageFields);
}

QJsonObject Q::Page::toJson() const
{
    return writeFields(*this, pageFields);
}

OrderHistoryQuery OrderHistoryQuery::fromJson(JsonReader& reader)
{
    return reader.readFields<OrderHistoryQuery>(fields);
}

QJsonObject OrderHistoryQuery::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk

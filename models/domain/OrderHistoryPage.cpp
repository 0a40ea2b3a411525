#include "models/domain/OrderHistoryPage.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
using P = OrderHistoryPage;
const auto pageFields = std::make_tuple(
    jsonField("size"_L1, &P::PageInfo::size), jsonField("totalElements"_L1, &P::PageInfo::totalElements),
    jsonField("totalPages"_L1, &P::PageInfo::totalPages), jsonField("number"_L1, &P::PageInfo::number));
const auto fields = std::make_tuple(jsonField("content"_L1, &P::content), jsonField("page"_L1, &P::page));
} // namespace

P::PageInfo P::PageInfo::fromJson(JsonReader& reader)
{
    return reader.readFields<PageInfo>(pageFields);
}

QJsonObject P::PageInfo::toJson() const
{
    return writeFields(*this, pageFields);
}

OrderHistoryPage OrderHistoryPage::fromJson(JsonReader& reader)
{
    return reader.readFields<OrderHistoryPage>(fields);
}

QJsonObject OrderHistoryPage::toJson() const
{
    return writeFields(*this, fields);
}

bool OrderHistoryPage::hasNextPage() const
{
    if (!page || !page->number || !page->totalPages)
        return false;
    return *page->number + 1 < *page->totalPages;
}

} // namespace CaseDesk

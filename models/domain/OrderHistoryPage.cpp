#include "models/domain/OrderHistoryPage.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
using P = OrderHistoryPage;
const auto kSize = "size"_L1;
const auto kTotalElements = "totalElements"_L1;
const auto kTotalPages = "totalPages"_L1;
const auto kNumber = "number"_L1;
const auto pageFields =
    std::make_tuple(jsonField(kSize, &P::PageInfo::size), jsonField(kTotalElements, &P::PageInfo::totalElements),
                    jsonField(kTotalPages, &P::PageInfo::totalPages), jsonField(kNumber, &P::PageInfo::number));
const auto fields = std::make_tuple(jsonField("content"_L1, &P::content), jsonField("page"_L1, &P::page));
} // namespace

P::PageInfo P::PageInfo::fromJson(JsonReader& reader)
{
    PageInfo info = reader.readFields<PageInfo>(pageFields);
    // A negative size, count or page number describes no page; refuse it rather than compute with it.
    const auto refuseNegative = [&reader](QLatin1StringView key, const auto& value) {
        if (value && !(*value >= 0))
            reader.badValue(reader.pathOf(key), "a number of 0 or more", QString::number(*value));
    };
    refuseNegative(kSize, info.size);
    refuseNegative(kTotalElements, info.totalElements);
    refuseNegative(kTotalPages, info.totalPages);
    refuseNegative(kNumber, info.number);
    return info;
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
    // Written without `number + 1`, which overflows for a hostile number near qint64's maximum.
    const qint64 number = *page->number;
    const qint64 totalPages = *page->totalPages;
    return number >= 0 && totalPages > 0 && number < totalPages - 1;
}

} // namespace CaseDesk

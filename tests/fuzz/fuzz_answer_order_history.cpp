// A page of the order-history search (POST /v1/retrieve-orders): its hits become list rows, its paging decides
// whether another page is asked for, and the outbox looks for its own creates in it.
#include "models/domain/OrderHistoryPage.h"
#include "models/offline/OutboxChecks.h"
#include "models/store/CaseSummary.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

int answerOrderHistory(const uint8_t* data, size_t size)
{
    const std::optional<OrderHistoryPage> page = decodeChecked<OrderHistoryPage>(bytesOf(data, size));
    if (!page)
        return 0;
    if (page->hasNextPage())
        require(*page->page->number < *page->page->totalPages, "a next page is within the page count");
    OutboxChecks::idsWithReference(*page, u"PO-1"_s);
    for (const OrderHeader& hit : page->content.value_or(QList<OrderHeader>()))
        CaseSummary::fromOrderHeader(hit);
    for (const std::optional<qint64> since : {std::optional<qint64>(), std::optional<qint64>(1'700'000'000'000)}) {
        const OutboxChecks::Evidence evidence{ArrivalBaseline{QStringList{u"1-123456789012"_s}, since, {}}, {}};
        OutboxChecks::mayFindOnLaterPage(*page, since);
        OutboxChecks::findCreated(*page, u"CD-20261128-4F7A2C"_s, evidence);
        OutboxChecks::findCreated(*page, u"PO-1"_s, evidence);
    }
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerOrderHistory)

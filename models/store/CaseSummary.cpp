#include "models/store/CaseSummary.h"

#include "models/domain/Case.h"
#include "models/domain/CaseStatus.h"
#include "models/domain/OrderHeader.h"

#include <algorithm>

namespace CaseDesk
{

bool CaseSummary::isCaseNumber(const QString& id)
{
    // ASCII only: QChar::isDigit also accepts the digits of other scripts, which no server case number has.
    return id.size() == 8 && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool CaseSummary::changedSinceSeen() const
{
    return markedUnseen || (lastSeenMs > 0 && hasFullAnswer && (status != seenStatus || updatedMs != seenUpdatedMs));
}

bool CaseSummary::isOpen() const
{
    return !CaseStatus::isFinal(status);
}

bool CaseSummary::sameListColumns(const CaseSummary& other) const
{
    CaseSummary a = *this;
    CaseSummary b = other;
    a.lastFetchedMs = b.lastFetchedMs = 0;
    return a == b;
}

CaseSummary CaseSummary::fromCase(const Case& answer)
{
    CaseSummary summary;
    summary.caseNumber = answer.id.value_or(QString()).trimmed();
    summary.orderNumber = answer.orderId.value_or(QString());
    summary.code = answer.code.value_or(QString());
    summary.status = answer.status.value_or(QString());
    summary.ibx = answer.firstIbx();
    summary.createdMs = answer.createdDateTime ? answer.createdDateTime->toMSecsSinceEpoch() : 0;
    const auto updated = answer.updatedDateTime();
    summary.updatedMs = updated ? updated->toMSecsSinceEpoch() : 0;
    summary.customerReference = answer.customerReferenceId.value_or(QString());
    if (answer.otherDetails)
        summary.description = answer.otherDetails->description.value_or(QString());
    summary.hasFullAnswer = true;
    return summary;
}

CaseSummary CaseSummary::fromOrderHeader(const OrderHeader& hit)
{
    CaseSummary summary;
    summary.caseNumber = hit.orderNumber.value_or(QString()).trimmed();
    // The order history lists cases (codes 0100 and up) under their 8-digit case number: not an order number.
    if (!isCaseNumber(summary.caseNumber))
        summary.orderNumber = summary.caseNumber;
    summary.status = hit.orderStatus.value_or(QString());
    if (hit.ibx && !hit.ibx->isEmpty())
        summary.ibx = hit.ibx->constFirst();
    summary.createdMs = hit.createdAt ? hit.createdAt->toMSecsSinceEpoch() : 0;
    summary.updatedMs = summary.createdMs;
    if (hit.customerReferenceNumbers && !hit.customerReferenceNumbers->isEmpty())
        summary.customerReference = hit.customerReferenceNumbers->constFirst();
    summary.source = Source::Search;
    summary.hasFullAnswer = false;
    return summary;
}

} // namespace CaseDesk

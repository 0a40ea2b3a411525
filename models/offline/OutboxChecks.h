#pragma once

#include "models/domain/Case.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"
#include "models/offline/ArrivalBaseline.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

/*
 * How the outbox tells whether a write whose answer was lost went through, before it sends it again. A
 * write counts as ours only if all of these hold:
 *
 *   - it matches: a create is a case in the order history whose customer reference is exactly the create's
 *     (the search matches parts: "PO-1" finds "PO-17"); a note is a customer note in GET's notes[] whose text
 *     is exactly the note's; a cancel is the case's status CANCELLED (a second cancel is refused with 409 by
 *     the server, so it cannot be carried out twice anyway);
 *   - the server did not hold it before the first attempt: its id is not in the ArrivalBaseline taken then;
 *   - no other outbox item claims it (a case or note the user made on purpose with the same reference or
 *     text, delivered earlier, whose id was recorded);
 *   - the server made it at or after the attempt went out, on the server's own clock (the Date header of
 *     the answer the baseline came from), less kClockToleranceMs for whole-second clocks. Writes with no
 *     time of their own are judged by the baseline and the claims alone.
 *
 *     OutboxChecks::Evidence evidence{item.baseline.value_or(ArrivalBaseline{}), claimedIds};
 *     if (const auto found = OutboxChecks::findCreated(page, item.reference, evidence)) delivered(*found);
 */
namespace OutboxChecks
{
constexpr qint64 kClockToleranceMs = 2000;
constexpr int kSearchPageSize = 50;
constexpr int kMaxSearchPages = 20;

struct Evidence
{
    ArrivalBaseline baseline;
    QStringList claimedIds; // results of other outbox items: never taken for this one
};

// The search matches parts of references ("PO-1" finds "PO-17"), so more than one page may be needed.
OrderHistoryQuery referenceQuery(const QString& reference, int page = 0);
// The order numbers of the hits whose reference is exactly `reference` (for the baseline).
QStringList idsWithReference(const OrderHistoryPage& page, const QString& reference);
// Whether a later page (older hits: newest come first) may still hold a hit made since `serverSentMs`.
bool mayFindOnLaterPage(const OrderHistoryPage& page, std::optional<qint64> serverSentMs);
std::optional<CreateCaseResponse> findCreated(const OrderHistoryPage& page, const QString& reference,
                                              const Evidence& evidence);

// The ids of the customer notes whose text is exactly `text` (for the baseline). A note without an id is
// known by its creation time.
QStringList noteIdsWithText(const Case& answer, const QString& text);
// The server's id of the note (empty when it gave none), or nothing when the note is not there.
std::optional<QString> findNote(const Case& answer, const QString& text, const Evidence& evidence);
bool isCancelled(const Case& answer);
} // namespace OutboxChecks

} // namespace CaseDesk

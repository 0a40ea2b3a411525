#pragma once

#include "models/domain/Case.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"

#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * How the outbox tells whether a write whose answer was lost went through, before it sends it again:
 *
 *   - a create: the order history, searched by the create's customer reference, lists a case with exactly
 *     that reference created since the first attempt;
 *   - a note: GET of the case lists a customer note with the same text created since the first attempt;
 *   - a cancel: GET of the case says CANCELLED.
 *
 * "Since" allows kClockSkewMs for the difference between this computer's clock and the server's. A hit
 * without a creation time counts only for a reference CaseDesk generated (the user's own reference may be
 * reused on an older case).
 */
namespace OutboxChecks
{
constexpr qint64 kClockSkewMs = 10 * 60 * 1000;
constexpr int kSearchPageSize = 50;
constexpr int kMaxSearchPages = 20;

// The search matches parts of references ("PO-1" finds "PO-17"), so more than one page may be needed.
OrderHistoryQuery referenceQuery(const QString& reference, int page = 0);
// Whether a later page (older hits: newest come first) may still hold a hit made since `sinceMs`.
bool mayFindOnLaterPage(const OrderHistoryPage& page, std::optional<qint64> sinceMs);
std::optional<CreateCaseResponse> findCreated(const OrderHistoryPage& page, const QString& reference,
                                              std::optional<qint64> sinceMs);
// The server's id of the note (empty when it gave none), or nothing when the note is not there.
std::optional<QString> findNote(const Case& answer, const QString& text, std::optional<qint64> sinceMs);
bool isCancelled(const Case& answer);
} // namespace OutboxChecks

} // namespace CaseDesk

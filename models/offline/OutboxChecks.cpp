#include "models/offline/OutboxChecks.h"

#include <algorithm>
#include <limits>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The earliest server time a write sent at `serverSentMs` can carry. The send time may come from a damaged
// outbox file, so the subtraction saturates rather than overflow.
qint64 earliestFor(qint64 serverSentMs)
{
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    return serverSentMs < kMin + OutboxChecks::kClockToleranceMs ? kMin
                                                                 : serverSentMs - OutboxChecks::kClockToleranceMs;
}

// Made at or after the attempt, on the server's clock. Without a time of its own, the baseline decides.
bool madeSince(const std::optional<Timestamp>& created, std::optional<qint64> serverSentMs)
{
    if (!serverSentMs || !created || !created->isValid())
        return true;
    return created->toMSecsSinceEpoch() >= earliestFor(*serverSentMs);
}

bool sameReference(const OrderHeader& hit, const QString& reference)
{
    const QStringList references = hit.customerReferenceNumbers.value_or(QStringList());
    return std::any_of(references.cbegin(), references.cend(), [&](const QString& candidate) {
        return candidate.trimmed().compare(reference.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

bool isCustomerNoteWithText(const CaseNote& note, const QString& wanted)
{
    if (!note.text || note.text->trimmed() != wanted)
        return false;
    return !note.type || *note.type == u"CUSTOMER_NOTES"_s;
}

QString noteKey(const CaseNote& note)
{
    if (note.id && !note.id->isEmpty())
        return *note.id;
    return u"@"_s + (note.createdDateTime ? note.createdDateTime->toString() : QString());
}
} // namespace

OrderHistoryQuery OutboxChecks::referenceQuery(const QString& reference, int page)
{
    OrderHistoryQuery query;
    query.q = reference;
    query.source = QStringList{u"CUSTOMER_REFERENCE_NUMBER"_s};
    query.sorts = QList<OrderHistoryQuery::Sort>{{u"CREATED_ON"_s, u"DESC"_s}};
    query.page = OrderHistoryQuery::Page{page, kSearchPageSize};
    return query;
}

QStringList OutboxChecks::idsWithReference(const OrderHistoryPage& page, const QString& reference)
{
    QStringList ids;
    for (const OrderHeader& hit : page.content.value_or(QList<OrderHeader>())) {
        if (sameReference(hit, reference) && hit.orderNumber && !hit.orderNumber->isEmpty())
            ids << *hit.orderNumber;
    }
    return ids;
}

bool OutboxChecks::mayFindOnLaterPage(const OrderHistoryPage& page, std::optional<qint64> serverSentMs)
{
    if (!page.hasNextPage())
        return false;
    const QList<OrderHeader> hits = page.content.value_or(QList<OrderHeader>());
    if (hits.isEmpty() || !serverSentMs)
        return true;
    const OrderHeader& oldest = hits.constLast();
    return !oldest.createdAt || !oldest.createdAt->isValid()
           || oldest.createdAt->toMSecsSinceEpoch() >= earliestFor(*serverSentMs);
}

std::optional<CreateCaseResponse> OutboxChecks::findCreated(const OrderHistoryPage& page, const QString& reference,
                                                            const Evidence& evidence)
{
    if (reference.trimmed().isEmpty())
        return std::nullopt;
    const QStringList known = evidence.baseline.ids();
    for (const OrderHeader& hit : page.content.value_or(QList<OrderHeader>())) {
        if (!sameReference(hit, reference) || !hit.orderNumber || hit.orderNumber->isEmpty())
            continue;
        const QString id = *hit.orderNumber;
        if (known.contains(id) || evidence.claimedIds.contains(id))
            continue;
        if (!madeSince(hit.createdAt, evidence.baseline.serverSentMs))
            continue;
        CreateCaseResponse response;
        response.id = id;
        response.type = id.startsWith("1-"_L1) ? u"TROUBLE"_s : u"CASE"_s;
        return response;
    }
    return std::nullopt;
}

QStringList OutboxChecks::noteIdsWithText(const Case& answer, const QString& text)
{
    QStringList ids;
    const QString wanted = text.trimmed();
    for (const CaseNote& note : answer.notes.value_or(QList<CaseNote>())) {
        if (isCustomerNoteWithText(note, wanted))
            ids << noteKey(note);
    }
    return ids;
}

std::optional<QString> OutboxChecks::findNote(const Case& answer, const QString& text, const Evidence& evidence)
{
    const QString wanted = text.trimmed();
    const QStringList known = evidence.baseline.ids();
    for (const CaseNote& note : answer.notes.value_or(QList<CaseNote>())) {
        if (!isCustomerNoteWithText(note, wanted))
            continue;
        const QString key = noteKey(note);
        if (known.contains(key) || evidence.claimedIds.contains(key))
            continue;
        if (!madeSince(note.createdDateTime, evidence.baseline.serverSentMs))
            continue;
        return note.id.value_or(QString());
    }
    return std::nullopt;
}

bool OutboxChecks::isCancelled(const Case& answer)
{
    return answer.status.value_or(QString()).compare(u"CANCELLED"_s, Qt::CaseInsensitive) == 0;
}

} // namespace CaseDesk

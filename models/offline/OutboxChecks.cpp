#include "models/offline/OutboxChecks.h"

#include "models/wizard/CustomerReference.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
bool recentEnough(const std::optional<Timestamp>& created, std::optional<qint64> sinceMs)
{
    if (!sinceMs)
        return true;
    if (!created || !created->isValid())
        return false;
    return created->toMSecsSinceEpoch() >= *sinceMs - OutboxChecks::kClockSkewMs;
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

bool OutboxChecks::mayFindOnLaterPage(const OrderHistoryPage& page, std::optional<qint64> sinceMs)
{
    if (!page.hasNextPage())
        return false;
    const QList<OrderHeader> hits = page.content.value_or(QList<OrderHeader>());
    if (hits.isEmpty() || !sinceMs)
        return true;
    const OrderHeader& oldest = hits.constLast();
    return !oldest.createdAt || !oldest.createdAt->isValid()
           || oldest.createdAt->toMSecsSinceEpoch() >= *sinceMs - kClockSkewMs;
}

std::optional<CreateCaseResponse> OutboxChecks::findCreated(const OrderHistoryPage& page, const QString& reference,
                                                            std::optional<qint64> sinceMs)
{
    if (reference.trimmed().isEmpty())
        return std::nullopt;
    const bool generated = CustomerReference::isGenerated(reference);
    for (const OrderHeader& hit : page.content.value_or(QList<OrderHeader>())) {
        const QStringList references = hit.customerReferenceNumbers.value_or(QStringList());
        // The search matches parts of references; only the whole reference is ours.
        const bool same = std::any_of(references.cbegin(), references.cend(), [&](const QString& candidate) {
            return candidate.trimmed().compare(reference.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!same || !hit.orderNumber || hit.orderNumber->isEmpty())
            continue;
        const bool undated = !hit.createdAt || !hit.createdAt->isValid();
        if (undated ? !generated : !recentEnough(hit.createdAt, sinceMs))
            continue;
        CreateCaseResponse response;
        response.id = *hit.orderNumber;
        response.type = response.id.startsWith("1-"_L1) ? u"TROUBLE"_s : u"CASE"_s;
        return response;
    }
    return std::nullopt;
}

std::optional<QString> OutboxChecks::findNote(const Case& answer, const QString& text, std::optional<qint64> sinceMs)
{
    const QString wanted = text.trimmed();
    for (const CaseNote& note : answer.notes.value_or(QList<CaseNote>())) {
        if (!note.text || note.text->trimmed() != wanted)
            continue;
        if (note.type && *note.type != u"CUSTOMER_NOTES"_s)
            continue;
        if (!recentEnough(note.createdDateTime, sinceMs))
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

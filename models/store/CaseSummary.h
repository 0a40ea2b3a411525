#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace CaseDesk
{

struct Case;
struct OrderHeader;

/*
 * One case as the list sees it: the indexed columns of the store, without the stored answer. Cheap to copy
 * and to hand across threads; the list model and the repository's signals carry it.
 *
 * `caseNumber` is the row's identity: the 8-digit case number, or for a partial row (an order-history hit
 * or a trouble ticket just created, not yet fetched) the order number it was found under. Times are
 * milliseconds since the epoch, 0 when unknown.
 */
struct CaseSummary
{
    // An order the store can read summaries in through an index (CaseStore::firstSummaries).
    enum class IndexedOrder
    {
        UpdatedNewest,
        UpdatedOldest,
        CreatedNewest,
        CreatedOldest,
    };

    // How the case came into the store. Kept from the first time; fetching never changes it.
    enum class Source
    {
        Opened = 0,  // the user opened it by number
        Created = 1, // created from this app
        Search = 2,  // found by the order-history search
    };

    QString caseNumber;
    QString orderNumber;
    QString code;
    QString status;
    QString ibx;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString customerReference;
    QString description;
    qint64 lastSeenMs = 0;    // when the user last opened it
    qint64 lastFetchedMs = 0; // when the last full answer arrived
    Source source = Source::Opened;
    // What the case looked like when the user last opened it: the "changed since seen" mark compares to this.
    QString seenStatus;
    qint64 seenUpdatedMs = 0;
    bool hasFullAnswer = false;
    // The user marked it unseen (from the list): it carries the "changed" mark until they open or mark it seen.
    bool markedUnseen = false;

    bool isPartial() const { return !hasFullAnswer; }
    // Marked unseen, or updated or moved to another status since the user last opened it. Never-opened cases
    // are not marked unless the user marked them.
    bool changedSinceSeen() const;
    // Still worth refreshing: not CLOSED or CANCELLED.
    bool isOpen() const;
    // The columns the list shows are equal (the fetch time is not one of them).
    bool sameListColumns(const CaseSummary& other) const;

    // The indexed columns of a GET answer; the bookkeeping fields stay at their defaults.
    static CaseSummary fromCase(const Case& answer);
    // Whether `id` has the shape of a case number (8 digits) rather than an order number ("1-" and 12 digits).
    static bool isCaseNumber(const QString& id);
    // A partial row for an order-history hit, keyed by the number the hit carries.
    static CaseSummary fromOrderHeader(const OrderHeader& hit);

    bool operator==(const CaseSummary&) const = default;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::CaseSummary)

#pragma once

#include "models/offline/Draft.h"
#include "models/offline/OutboxItem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

// A stored draft, or why its row no longer reads as one (kept, listed and discardable, never crashing).
struct StoredDraft
{
    QString id;
    qint64 editedMs = 0;
    std::optional<Draft> draft;
    QString problem; // translated; empty when `draft` is set
};

// A stored outbox item, or why its row no longer reads as one.
struct StoredOutboxItem
{
    QString id;
    qint64 sequence = 0;
    std::optional<OutboxItem> item;
    QString problem;
};

/*
 * The SQL of drafts and the outbox, synchronous, for the one thread that owns the connection (OfflineStore's
 * store thread; tests may use it directly). Every write is one transaction, so a kill at any moment leaves
 * each draft and item either as it was or as it became, never torn.
 *
 * The tables keep one invariant that makes a double send impossible whatever the UI's timing: a draft id that
 * an outbox item was made from cannot be saved as a draft again while that item exists (saveDraft answers
 * Superseded), until a refusal turns the item back into that draft (returnToDraft).
 *
 *     OfflineTables tables(store.database().connectionName());
 *     tables.enqueue(item, draft.id, &error);   // the item is stored and the draft gone, together
 */
class OfflineTables
{
    Q_DECLARE_TR_FUNCTIONS(OfflineTables)

public:
    enum class SaveResult
    {
        Saved,
        Superseded, // the draft was submitted meanwhile: the outbox has it now
        Failed,
    };

    explicit OfflineTables(const QString& connectionName);

    SaveResult saveDraft(const Draft& draft, QString* error);
    bool removeDraft(const QString& id, QString* error);
    QList<StoredDraft> drafts(QString* error);
    std::optional<StoredDraft> draft(const QString& id, QString* error);

    // Stores `item` (as Waiting unless set otherwise) and deletes the draft it was made from, in one
    // transaction. Returns the item with its sequence number.
    std::optional<OutboxItem> enqueue(OutboxItem item, QString* error);
    // Compare-and-set: writes `item` only while its stored state is still `expected`. A lost race (another
    // path changed it meanwhile) writes nothing and says so in `error`.
    bool updateItem(const OutboxItem& item, OutboxItem::State expected, QString* error);
    // Deletes the item (only while its state is `expected`) and stores `draft` in its place, in one transaction.
    bool returnToDraft(const QString& itemId, OutboxItem::State expected, const Draft& draft, QString* error);
    // Whether the last compare-and-set failed because the item had changed (not because the store failed).
    bool lostRace() const { return m_lostRace; }
    bool removeItem(const QString& id, QString* error);
    QList<StoredOutboxItem> items(QString* error);
    // An item left Sending by a crash may have reached the server: it waits, flagged, to be checked first.
    int recoverInterrupted(qint64 nowMs, QString* error);
    // Forgets delivered items older than `beforeMs`; returns how many.
    int pruneDelivered(qint64 beforeMs, QString* error);

private:
    QString raceLost(const QString& id, OutboxItem::State expected);

    QString m_connection;
    bool m_lostRace = false;
};

} // namespace CaseDesk

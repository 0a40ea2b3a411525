#pragma once

#include "models/offline/OfflineTables.h"
#include "models/offline/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CaseDesk
{

class DraftStore;
class OfflineStore;

/*
 * The persistent outbox: writes waiting for the server, in the order they were made, in the environment's
 * local store. This object is the list and its storage; OutboxSender decides what to send and when.
 *
 *     outbox->enqueue(item, this, [](const std::optional<OutboxItem>& stored, const QString& error) { ... });
 *     connect(outbox, &Outbox::itemsChanged, this, [this] { show(outbox->entries()); });
 *
 * Every write is one transaction on the store thread, and callbacks run once it is committed, so the sender
 * can record "may have been sent" before a request leaves. Moving an item into the outbox deletes the draft
 * it came from in the same transaction, and a refusal turns it back into that draft in one transaction too.
 * A row that no longer decodes stays listed, with the reason, until discarded; it is never sent.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kKeepDeliveredMs = 7LL * 24 * 3600 * 1000;

    using ItemCallback = std::function<void(const std::optional<OutboxItem>& item, const QString& error)>;
    using DoneCallback = std::function<void(bool ok, const QString& error)>;

    Outbox(OfflineStore* store, DraftStore* drafts, QObject* parent = nullptr);

    // Recovers items a crash left Sending, forgets old delivered ones and reads the list.
    void reload();
    bool isLoaded() const { return m_loaded; }

    QList<StoredOutboxItem> entries() const { return m_entries; }
    std::optional<OutboxItem> find(const QString& id) const;
    // Items not delivered yet (unreadable rows included: they need the user too).
    int pendingCount() const;
    int failedCount() const;

    static OutboxItem forCreate(const CaseDraft& draft, const QString& draftId);
    static OutboxItem forNote(const QString& caseNumber, const NoteRequest& request,
                              const QList<DraftAttachment>& files, const QString& draftId,
                              const QString& pendingNoteId);
    static OutboxItem forCancel(const QString& caseNumber, const CancelRequest& request);

    // Stores a new item (consuming its draft); `done` gets it with its sequence number. A note is stored
    // together with its pending copy in the case's notes (`pendingNoteId` set), in one transaction, when the
    // case is in the store: a kill between the two can no longer leave a pending note that is never sent.
    void enqueue(OutboxItem item, QObject* context, ItemCallback done);
    // Replaces the stored item (stamped now); `done` runs after the commit.
    void update(OutboxItem item, QObject* context, DoneCallback done);
    // Deletes the item and stores `draft` in its place, together.
    void returnToDraft(const QString& itemId, const Draft& draft, QObject* context, DoneCallback done);
    void remove(const QString& id, QObject* context = nullptr, DoneCallback done = {});

signals:
    void itemsChanged();
    void itemAdded(const QString& id);
    // A note went in with its pending copy: the case's notes changed.
    void pendingNoteAdded(const QString& caseNumber);
    // A write to the store failed: the user must hear of it (what they did is not saved).
    void storeFailed(const QString& error);

private:
    OutboxItem::State expectedState(const QString& id, std::optional<OutboxItem::State> next);
    struct Written;
    void failedWrite(const QString& id, const Written& written);
    void apply(const OutboxItem& item);
    void forget(const QString& id);
    void noteWrite();

    OfflineStore* m_store;
    QPointer<DraftStore> m_drafts;
    QList<StoredOutboxItem> m_entries;
    QHash<QString, OutboxItem::State> m_expected; // states asked for whose writes have not run yet
    bool m_loaded = false;
    bool m_reloadPending = false;
    bool m_reloadStale = false;
};

} // namespace CaseDesk

#include "models/offline/Outbox.h"

#include "models/core/Logging.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/wizard/CustomerReference.h"

#include <QDateTime>

namespace CaseDesk
{

namespace
{
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Calls `callback` only while `context` lives (always, when there was none).
template <typename Callback>
auto guarded(QObject* context, Callback callback)
{
    return [guard = QPointer<QObject>(context), tied = context != nullptr, callback](auto&&... args) {
        if (callback && (!tied || guard))
            callback(std::forward<decltype(args)>(args)...);
    };
}

struct Written
{
    bool ok = false;
    QString error;
};
} // namespace

Outbox::Outbox(OfflineStore* store, DraftStore* drafts, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_drafts(drafts)
{
    connect(store, &OfflineStore::opened, this, [this](bool ok) {
        if (ok)
            reload();
    });
}

void Outbox::reload()
{
    if (m_reloadPending) {
        m_reloadStale = true;
        return;
    }
    m_reloadPending = true;
    struct Loaded
    {
        QList<StoredOutboxItem> items;
        int recovered = 0;
        QString error;
    };
    const bool first = !m_loaded;
    const qint64 stamp = now();
    m_store->run<Loaded>(
        [first, stamp](OfflineTables& tables) {
            Loaded loaded;
            if (first) {
                loaded.recovered = tables.recoverInterrupted(stamp, &loaded.error);
                tables.pruneDelivered(stamp - kKeepDeliveredMs, &loaded.error);
            }
            loaded.items = tables.items(&loaded.error);
            return loaded;
        },
        [this](const Loaded& loaded) {
            m_reloadPending = false;
            if (m_reloadStale) {
                m_reloadStale = false;
                reload();
                return;
            }
            if (!loaded.error.isEmpty())
                qCWarning(lcOutbox).noquote() << "reading the outbox:" << loaded.error;
            if (loaded.recovered > 0)
                qCInfo(lcOutbox) << loaded.recovered << "item(s) were being sent when CaseDesk stopped";
            for (const StoredOutboxItem& entry : loaded.items) {
                if (!entry.item)
                    qCWarning(lcOutbox).noquote() << "outbox item" << entry.id << "cannot be read:" << entry.problem;
            }
            m_entries = loaded.items;
            m_loaded = true;
            emit itemsChanged();
        });
}

std::optional<OutboxItem> Outbox::find(const QString& id) const
{
    for (const StoredOutboxItem& entry : m_entries) {
        if (entry.id == id)
            return entry.item;
    }
    return std::nullopt;
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const StoredOutboxItem& entry) { return !entry.item || entry.item->isPending(); }));
}

int Outbox::failedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const StoredOutboxItem& entry) {
        return !entry.item || entry.item->state == OutboxItem::State::Failed;
    }));
}

OutboxItem Outbox::forCreate(const CaseDraft& draft, const QString& draftId)
{
    OutboxItem item;
    item.id = Draft::newId();
    item.kind = OutboxItem::Kind::Create;
    item.caseDraft = draft;
    // Every create carries a reference, so a lost answer can be looked up; the wizard shows the generated one.
    if (item.caseDraft->effectiveReference().isEmpty())
        item.caseDraft->generatedReference = CustomerReference::generate();
    item.reference = item.caseDraft->effectiveReference();
    item.draftId = draftId;
    item.createdMs = now();
    item.updatedMs = item.createdMs;
    return item;
}

OutboxItem Outbox::forNote(const QString& caseNumber, const NoteRequest& request, const QList<DraftAttachment>& files,
                           const QString& draftId, const QString& pendingNoteId)
{
    OutboxItem item;
    item.id = Draft::newId();
    item.kind = OutboxItem::Kind::Note;
    item.caseNumber = caseNumber;
    item.note = request;
    if (!files.isEmpty())
        item.files = files;
    item.draftId = draftId;
    item.pendingNoteId = pendingNoteId;
    item.createdMs = now();
    item.updatedMs = item.createdMs;
    return item;
}

OutboxItem Outbox::forCancel(const QString& caseNumber, const CancelRequest& request)
{
    OutboxItem item;
    item.id = Draft::newId();
    item.kind = OutboxItem::Kind::Cancel;
    item.caseNumber = caseNumber;
    item.cancel = request;
    item.createdMs = now();
    item.updatedMs = item.createdMs;
    return item;
}

void Outbox::enqueue(OutboxItem item, QObject* context, ItemCallback done)
{
    struct Enqueued
    {
        std::optional<OutboxItem> item;
        QString error;
    };
    noteWrite();
    m_store->run<Enqueued>(
        [item](OfflineTables& tables) {
            Enqueued result;
            result.item = tables.enqueue(item, &result.error);
            return result;
        },
        [this, consumed = item.draftId, done = guarded(context, std::move(done))](const Enqueued& result) {
            if (result.item) {
                apply(*result.item);
                if (!consumed.isEmpty() && m_drafts)
                    m_drafts->reload(); // its draft is gone now
                emit itemAdded(result.item->id);
            } else {
                const QString error = result.error.isEmpty() ? tr("The local store is not open.") : result.error;
                qCWarning(lcOutbox).noquote() << "storing an outbox item failed:" << error;
                emit storeFailed(error);
            }
            done(result.item,
                 result.error.isEmpty() && !result.item ? tr("The local store is not open.") : result.error);
        });
}

void Outbox::update(OutboxItem item, QObject* context, DoneCallback done)
{
    item.updatedMs = now();
    noteWrite();
    m_store->run<Written>(
        [item](OfflineTables& tables) {
            Written written;
            written.ok = tables.updateItem(item, &written.error);
            return written;
        },
        [this, item, done = guarded(context, std::move(done))](const Written& written) {
            if (written.ok)
                apply(item);
            else
                qCWarning(lcOutbox).noquote() << "updating outbox item" << item.id << "failed:" << written.error;
            done(written.ok, written.error);
        });
}

void Outbox::returnToDraft(const QString& itemId, const Draft& draft, QObject* context, DoneCallback done)
{
    noteWrite();
    m_store->run<Written>(
        [itemId, draft](OfflineTables& tables) {
            Written written;
            written.ok = tables.returnToDraft(itemId, draft, &written.error);
            return written;
        },
        [this, itemId, done = guarded(context, std::move(done))](const Written& written) {
            if (written.ok) {
                forget(itemId);
                if (m_drafts)
                    m_drafts->reload();
            } else {
                qCWarning(lcOutbox).noquote() << "returning item" << itemId << "to a draft failed:" << written.error;
                emit storeFailed(written.error);
            }
            done(written.ok, written.error);
        });
}

void Outbox::remove(const QString& id, QObject* context, DoneCallback done)
{
    noteWrite();
    m_store->run<Written>(
        [id](OfflineTables& tables) {
            Written written;
            written.ok = tables.removeItem(id, &written.error);
            return written;
        },
        [this, id, done = guarded(context, std::move(done))](const Written& written) {
            if (written.ok)
                forget(id);
            done(written.ok, written.error);
        });
}

void Outbox::apply(const OutboxItem& item)
{
    for (StoredOutboxItem& entry : m_entries) {
        if (entry.id == item.id) {
            OutboxItem updated = item;
            updated.sequence = entry.sequence;
            entry.item = updated;
            entry.problem.clear();
            emit itemsChanged();
            return;
        }
    }
    StoredOutboxItem entry;
    entry.id = item.id;
    entry.sequence = item.sequence;
    entry.item = item;
    m_entries.append(entry); // sequences only grow: appending keeps the order
    emit itemsChanged();
}

void Outbox::forget(const QString& id)
{
    const auto before = m_entries.size();
    m_entries.removeIf([&id](const StoredOutboxItem& entry) { return entry.id == id; });
    if (m_entries.size() != before)
        emit itemsChanged();
}

void Outbox::noteWrite()
{
    if (m_reloadPending)
        m_reloadStale = true;
}

} // namespace CaseDesk

#include "models/offline/Outbox.h"

#include "models/core/Logging.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/store/WriteTransaction.h"
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

} // namespace

struct Outbox::Written
{
    bool ok = false;
    bool lostRace = false; // the item had changed meanwhile; the store itself is fine
    QString error;
};

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
    const qint64 stamp = now();
    m_store->runWithCases<Enqueued>(
        [item, stamp](CaseStore& cases, OfflineTables& tables) mutable {
            Enqueued result;
            WriteTransaction transaction(QSqlDatabase::database(cases.database().connectionName(), false));
            if (!transaction.isActive()) {
                result.error = transaction.errorString();
                return result;
            }
            if (item.kind == OutboxItem::Kind::Note && item.note && item.pendingNoteId.isEmpty()) {
                // The pending copy shown in the case, written with the item or not at all.
                if (const auto pending = cases.addPendingNote(item.caseNumber, *item.note, stamp))
                    item.pendingNoteId = pending->localId;
            }
            result.item = tables.enqueue(item, &result.error);
            if (!result.item || !transaction.commit()) {
                if (result.error.isEmpty())
                    result.error = transaction.errorString();
                result.item.reset();
            }
            return result;
        },
        [this, consumed = item.draftId, done = guarded(context, std::move(done))](const Enqueued& result) {
            if (result.item) {
                apply(*result.item);
                if (!consumed.isEmpty() && m_drafts)
                    m_drafts->reload(); // its draft is gone now
                if (!result.item->pendingNoteId.isEmpty())
                    emit pendingNoteAdded(result.item->caseNumber);
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

OutboxItem::State Outbox::expectedState(const QString& id, std::optional<OutboxItem::State> next)
{
    // The state the store holds once every write already posted has run: the last one asked for, else the
    // one read. Every state change is compare-and-set against it.
    OutboxItem::State expected = OutboxItem::State::Waiting;
    if (const auto pending = m_expected.constFind(id); pending != m_expected.cend())
        expected = *pending;
    else if (const std::optional<OutboxItem> item = find(id))
        expected = item->state;
    if (next)
        m_expected.insert(id, *next);
    else
        m_expected.remove(id);
    return expected;
}

void Outbox::failedWrite(const QString& id, const Written& written)
{
    // Never silently ignored: logged, the list read again so it shows what the store holds, and a failing
    // store (disk full, file gone) reported to the user.
    qCWarning(lcOutbox).noquote() << "outbox item" << id << "was not changed:" << written.error;
    m_expected.remove(id);
    if (!written.lostRace)
        emit storeFailed(written.error);
    reload();
}

void Outbox::update(OutboxItem item, QObject* context, DoneCallback done)
{
    item.updatedMs = now();
    noteWrite();
    const OutboxItem::State expected = expectedState(item.id, item.state);
    m_store->run<Written>(
        [item, expected](OfflineTables& tables) {
            Written written;
            written.ok = tables.updateItem(item, expected, &written.error);
            written.lostRace = tables.lostRace();
            return written;
        },
        [this, item, done = guarded(context, std::move(done))](const Written& written) {
            if (written.ok)
                apply(item);
            else
                failedWrite(item.id, written);
            done(written.ok, written.error);
        });
}

void Outbox::returnToDraft(const QString& itemId, const Draft& draft, QObject* context, DoneCallback done)
{
    noteWrite();
    const OutboxItem::State expected = expectedState(itemId, std::nullopt);
    m_store->run<Written>(
        [itemId, expected, draft](OfflineTables& tables) {
            Written written;
            written.ok = tables.returnToDraft(itemId, expected, draft, &written.error);
            written.lostRace = tables.lostRace();
            return written;
        },
        [this, itemId, done = guarded(context, std::move(done))](const Written& written) {
            if (written.ok) {
                forget(itemId);
                if (m_drafts)
                    m_drafts->reload();
            } else {
                failedWrite(itemId, written);
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

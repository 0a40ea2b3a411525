#include "models/offline/DraftStore.h"

#include "models/core/Logging.h"
#include "models/offline/OfflineStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace CaseDesk
{

DraftStore::DraftStore(OfflineStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &OfflineStore::opened, this, [this](bool ok) {
        if (ok)
            reload();
    });
}

void DraftStore::reload()
{
    if (m_reloadPending) {
        m_reloadStale = true; // the one on its way read too early; read again when it lands
        return;
    }
    m_reloadPending = true;
    struct Loaded
    {
        QList<StoredDraft> drafts;
        QString error;
    };
    m_store->run<Loaded>(
        [](OfflineTables& tables) {
            Loaded loaded;
            loaded.drafts = tables.drafts(&loaded.error);
            return loaded;
        },
        [this](const Loaded& loaded) {
            m_reloadPending = false;
            if (m_reloadStale) {
                // Saves posted after this read would vanish from the list: read again, after them.
                m_reloadStale = false;
                reload();
                return;
            }
            if (!loaded.error.isEmpty())
                qCWarning(lcDrafts).noquote() << "reading drafts failed:" << loaded.error;
            for (const StoredDraft& entry : loaded.drafts) {
                if (!entry.draft)
                    qCWarning(lcDrafts).noquote() << "draft" << entry.id << "cannot be read:" << entry.problem;
            }
            m_entries = loaded.drafts;
            m_loaded = true;
            emit draftsChanged();
        });
}

std::optional<Draft> DraftStore::find(const QString& id) const
{
    for (const StoredDraft& entry : m_entries) {
        if (entry.id == id)
            return entry.draft;
    }
    return std::nullopt;
}

std::optional<Draft> DraftStore::latestNoteFor(const QString& caseNumber) const
{
    std::optional<Draft> latest;
    for (const StoredDraft& entry : m_entries) {
        if (!entry.draft || entry.draft->kind != Draft::Kind::Note || !entry.draft->note
            || entry.draft->note->caseNumber != caseNumber)
            continue;
        if (!latest || entry.draft->editedMs > latest->editedMs)
            latest = entry.draft;
    }
    return latest;
}

QSet<QString> DraftStore::referencedFiles() const
{
    QSet<QString> hashes;
    for (const StoredDraft& entry : m_entries) {
        if (!entry.draft)
            continue;
        for (const DraftAttachment& attachment : entry.draft->attachments()) {
            // <stash>/<sha256>.<ext> or <stash>/named/<sha256>/<name>: keep the hash either way.
            const QFileInfo info(attachment.localPath);
            hashes.insert(info.completeBaseName());
            hashes.insert(info.dir().dirName());
        }
    }
    return hashes;
}

void DraftStore::save(Draft draft, QObject* context, SaveCallback done)
{
    if (draft.editedMs == 0)
        draft.editedMs = QDateTime::currentMSecsSinceEpoch();
    if (draft.createdMs == 0)
        draft.createdMs = draft.editedMs;
    apply(draft); // the list shows it at once; the write follows in order on the store thread
    if (m_reloadPending)
        m_reloadStale = true;
    struct Saved
    {
        OfflineTables::SaveResult result = OfflineTables::SaveResult::Failed;
        QString error;
    };
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_store->run<Saved>(
        [draft](OfflineTables& tables) {
            Saved saved;
            saved.result = tables.saveDraft(draft, &saved.error);
            return saved;
        },
        [this, id = draft.id, guard, tied, done](const Saved& saved) {
            if (saved.result == OfflineTables::SaveResult::Superseded) {
                // Already in the outbox: the list must not show it as a draft.
                reload();
            } else if (saved.result == OfflineTables::SaveResult::Failed) {
                const QString error = saved.error.isEmpty() ? tr("The local store is not open.") : saved.error;
                qCWarning(lcDrafts).noquote() << "saving draft" << id << "failed:" << error;
                emit saveFailed(id, error);
            }
            if (done && (!tied || guard))
                done(saved.result, saved.error);
        });
}

void DraftStore::remove(const QString& id)
{
    const auto before = m_entries.size();
    m_entries.removeIf([&id](const StoredDraft& entry) { return entry.id == id; });
    if (m_entries.size() != before)
        emit draftsChanged();
    if (m_reloadPending)
        m_reloadStale = true;
    m_store->run<bool>(
        [id](OfflineTables& tables) {
            QString error;
            const bool ok = tables.removeDraft(id, &error);
            if (!ok)
                qCWarning(lcDrafts).noquote() << "removing draft" << id << "failed:" << error;
            return ok;
        },
        [](bool) {});
}

void DraftStore::apply(const Draft& draft)
{
    StoredDraft entry;
    entry.id = draft.id;
    entry.editedMs = draft.editedMs;
    entry.draft = draft;
    m_entries.removeIf([&draft](const StoredDraft& existing) { return existing.id == draft.id; });
    m_entries.prepend(entry); // most recently edited first, as reload() orders them
    emit draftsChanged();
}

} // namespace CaseDesk

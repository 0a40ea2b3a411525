#pragma once

#include "models/offline/Draft.h"
#include "models/offline/OfflineTables.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CaseDesk
{

class OfflineStore;

/*
 * The user's drafts: new cases and notes not sent yet, saved in the environment's local store. Every write is
 * one transaction on the store thread; this object keeps the list in memory for views and answers at once.
 *
 *     drafts->save(draft);                         // insert or replace, stamped with the edit time
 *     drafts->latestNoteFor(u"11150929"_s);        // what a case's composer restores
 *     connect(drafts, &DraftStore::draftsChanged, this, [this] { show(drafts->entries()); });
 *
 * A row that no longer decodes stays in the list as an unreadable entry (with the reason) until discarded.
 * A save for a draft that has been submitted meanwhile is refused by the store (see OfflineTables) and
 * reported through saveRefused(), never resurrecting text that is already in the outbox.
 */
class DraftStore : public QObject
{
    Q_OBJECT

public:
    using SaveCallback = std::function<void(OfflineTables::SaveResult result, const QString& error)>;

    explicit DraftStore(OfflineStore* store, QObject* parent = nullptr);

    // Reads every draft again (after open, or after the outbox moved one in or out).
    void reload();
    bool isLoaded() const { return m_loaded; }

    QList<StoredDraft> entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    std::optional<Draft> find(const QString& id) const;
    // The most recently edited note draft of a case.
    std::optional<Draft> latestNoteFor(const QString& caseNumber) const;
    // Stash hashes (file names) every draft refers to, for AttachmentStash::prune().
    QSet<QString> referencedFiles() const;

    // Saves (insert or replace) `draft`, stamped now unless editedMs is set; `done` is optional.
    void save(Draft draft, QObject* context = nullptr, SaveCallback done = {});
    void remove(const QString& id);

signals:
    void draftsChanged();
    void saveFailed(const QString& draftId, const QString& error);

private:
    void apply(const Draft& draft);

    OfflineStore* m_store;
    QList<StoredDraft> m_entries;
    bool m_loaded = false;
    bool m_reloadPending = false;
    bool m_reloadStale = false;
};

} // namespace CaseDesk

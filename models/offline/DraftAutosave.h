#pragma once

#include "models/offline/Draft.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace CaseDesk
{

class DraftStore;

/*
 * Saves one editor's content as a draft while the user types: at most kDelayMs after the last change, at once
 * on flush() (close, submit) and when the application quits, and on destruction. The editor hands over
 * each state as it changes (a snapshot, so a save never reads a half-destroyed widget).
 *
 *     autosave->changed(Draft::forNote(note));  // every edit
 *     const QString id = autosave->beginSubmit();  // saves now, then stops saving until the outcome
 *     ...
 *     autosave->resume();                // sent or queued: the editor is empty, a new draft starts next time
 *     autosave->resumeWith(*restored);   // refused: keep saving into the draft it went back to
 *
 * Content that is empty removes the draft (the user erased it). The id stays the same for the editor's life,
 * so the Drafts list shows one entry per editor, not one per save.
 */
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 1000;

    explicit DraftAutosave(DraftStore* store, QObject* parent = nullptr);
    ~DraftAutosave() override;

    void setDelay(int ms) { m_timer.setInterval(ms); }
    // Continues an existing draft (reopened): its id and creation time are kept.
    void bindTo(const Draft& draft);
    QString draftId() const { return m_id; }
    bool isSuspended() const { return m_suspended; }
    bool hasUnsavedChanges() const { return m_pending.has_value(); }

    // The editor's whole state now; written later (or at once, by flush()).
    void changed(const Draft& content);
    void flush();
    // Saves now and stops saving; returns the draft id the outbox item consumes (empty: nothing to keep).
    QString beginSubmit();
    // After a send or a queue: forget the draft; the next change starts a new one.
    void resume();
    // After a refusal: the outbox turned the item back into `draft`; keep saving into it.
    void resumeWith(const Draft& draft);

signals:
    // The draft's latest text has reached the disk (not merely the store's queue).
    void saved(const QString& draftId);
    void removed(const QString& draftId);

private:
    QPointer<DraftStore> m_store;
    QTimer m_timer;
    QString m_id;
    qint64 m_createdMs = 0;
    std::optional<Draft> m_pending;
    bool m_stored = false; // something was written under m_id
    bool m_suspended = false;
};

} // namespace CaseDesk

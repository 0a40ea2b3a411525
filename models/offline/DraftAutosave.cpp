#include "models/offline/DraftAutosave.h"

#include "models/offline/DraftStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CaseDesk
{

DraftAutosave::DraftAutosave(DraftStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::flush);
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DraftAutosave::flush);
}

DraftAutosave::~DraftAutosave()
{
    flush();
}

void DraftAutosave::bindTo(const Draft& draft)
{
    m_timer.stop();
    m_pending.reset();
    m_id = draft.id;
    m_createdMs = draft.createdMs;
    m_stored = true;
    m_suspended = false;
}

void DraftAutosave::changed(const Draft& content)
{
    if (m_suspended)
        return; // its text is in the outbox; a refusal brings it back through resumeWith()
    m_pending = content;
    if (!m_timer.isActive())
        m_timer.start(); // at most one delay after the first unsaved change, even while typing goes on
}

void DraftAutosave::flush()
{
    m_timer.stop();
    if (!m_pending || !m_store)
        return;
    Draft draft = *m_pending;
    m_pending.reset();
    if (draft.isEmpty()) {
        if (m_stored && !m_id.isEmpty()) {
            m_store->remove(m_id);
            emit removed(m_id);
        }
        m_stored = false;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_id.isEmpty()) {
        m_id = Draft::newId();
        m_createdMs = now;
    }
    draft.id = m_id;
    draft.createdMs = m_createdMs;
    draft.editedMs = now;
    m_store->save(draft, this, [this, id = m_id](OfflineTables::SaveResult result, const QString&) {
        if (result == OfflineTables::SaveResult::Saved)
            emit saved(id);
    });
    m_stored = true;
}

QString DraftAutosave::beginSubmit()
{
    flush();
    m_suspended = true;
    return m_stored ? m_id : QString();
}

void DraftAutosave::resume()
{
    m_timer.stop();
    m_pending.reset();
    m_id.clear();
    m_createdMs = 0;
    m_stored = false;
    m_suspended = false;
}

void DraftAutosave::resumeWith(const Draft& draft)
{
    bindTo(draft);
}

} // namespace CaseDesk

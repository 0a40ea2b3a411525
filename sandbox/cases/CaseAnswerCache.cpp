#include "sandbox/cases/CaseAnswerCache.h"

#include "sandbox/store/CaseRecord.h"
#include "sandbox/store/SandboxDatabase.h"

#include <limits>

namespace Sandbox
{

void CaseAnswerCache::dropIfStale()
{
    const quint64 generation = SandboxDatabase::writeGeneration();
    if (generation == m_generation)
        return;
    m_entries.clear();
    m_generation = generation;
}

std::optional<QByteArray> CaseAnswerCache::find(const QString& id, qint64 nowMs)
{
    dropIfStale();
    const auto entry = m_entries.constFind(id);
    if (entry == m_entries.constEnd())
        return std::nullopt;
    if (nowMs >= entry->validUntilMs) {
        m_entries.erase(entry);
        return std::nullopt;
    }
    return entry->body;
}

void CaseAnswerCache::store(const QString& id, const CaseRecord& record, const QByteArray& body, qint64 nowMs)
{
    dropIfStale();
    // The answer changes when the next delayed note becomes visible (CaseRecord::toJson shows notes with
    // visibleMs <= now).
    qint64 validUntil = std::numeric_limits<qint64>::max();
    for (const CaseNoteRecord& note : record.notes) {
        if (note.visibleMs > nowMs)
            validUntil = qMin(validUntil, note.visibleMs);
    }
    if (m_entries.size() >= kMaxEntries && !m_entries.contains(id))
        m_entries.clear();
    m_entries.insert(id, Entry{validUntil, body});
}

} // namespace Sandbox

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Sandbox
{

struct CaseRecord;

/*
 * The serialized GET answers of recently read cases, so a case read again costs a hash lookup instead of
 * four SQL queries and a JSON build. An answer is dropped when anything is written to the database
 * (SandboxDatabase::writeGeneration()) and when its time runs out: a note stored with a delay becomes
 * visible at its visibleMs, so an answer built before that moment is only good until then.
 *
 *     if (auto body = cache.find(id, now)) return *body;
 *     const QByteArray body = build(record, now);
 *     cache.store(id, record, body, now);
 */
class CaseAnswerCache
{
public:
    static constexpr qsizetype kMaxEntries = 4096;

    std::optional<QByteArray> find(const QString& id, qint64 nowMs);
    void store(const QString& id, const CaseRecord& record, const QByteArray& body, qint64 nowMs);

private:
    struct Entry
    {
        qint64 validUntilMs = 0;
        QByteArray body;
    };
    // Forgets everything when the database was written since the entries were made.
    void dropIfStale();

    QHash<QString, Entry> m_entries;
    quint64 m_generation = 0;
};

} // namespace Sandbox

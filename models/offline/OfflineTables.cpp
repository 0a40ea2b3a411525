#include "models/offline/OfflineTables.h"

#include "models/store/SqlText.h"
#include "models/store/WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Runs `work` inside one transaction (a savepoint when one is open already): commit when it returns true,
// roll back otherwise.
template <typename Work>
bool inTransaction(const QString& connection, QString* error, Work work)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen()) {
        *error = OfflineTables::tr("The local store is not open.");
        return false;
    }
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!work(db))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

StoredDraft readDraft(const QString& id, qint64 editedMs, const QByteArray& body)
{
    StoredDraft stored;
    stored.id = id;
    stored.editedMs = editedMs;
    const Decoded<Draft> decoded = decodeJson<Draft>(body);
    if (decoded.ok() && decoded.value->id == id)
        stored.draft = *decoded.value;
    else if (decoded.ok())
        stored.problem = OfflineTables::tr("The draft's id does not match its row.");
    else
        stored.problem = describeDecodeErrors(decoded.errors);
    return stored;
}

StoredOutboxItem readItem(const QString& id, qint64 sequence, const QByteArray& body)
{
    StoredOutboxItem stored;
    stored.id = id;
    stored.sequence = sequence;
    const Decoded<OutboxItem> decoded = decodeJson<OutboxItem>(body);
    if (decoded.ok() && decoded.value->id == id) {
        stored.item = *decoded.value;
        stored.item->sequence = sequence;
    } else if (decoded.ok()) {
        stored.problem = OfflineTables::tr("The item's id does not match its row.");
    } else {
        stored.problem = describeDecodeErrors(decoded.errors);
    }
    return stored;
}

bool upsertDraft(QSqlDatabase& db, const Draft& draft, QString* error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO drafts (id, kind, case_number, edited_ms, body) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, case_number = excluded.case_number, "
                  "edited_ms = excluded.edited_ms, body = excluded.body"_s);
    query.addBindValue(draft.id);
    query.addBindValue(Draft::kindKey(draft.kind));
    query.addBindValue(sqlText(draft.note ? draft.note->caseNumber : QString()));
    query.addBindValue(draft.editedMs);
    query.addBindValue(draft.toBytes());
    return exec(query, error);
}
} // namespace

OfflineTables::OfflineTables(const QString& connectionName)
    : m_connection(connectionName)
{}

OfflineTables::SaveResult OfflineTables::saveDraft(const Draft& draft, QString* error)
{
    bool superseded = false;
    const bool ok = inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery taken(db);
        taken.prepare(u"SELECT 1 FROM outbox WHERE draft_id = ? LIMIT 1"_s);
        taken.addBindValue(draft.id);
        if (!exec(taken, error))
            return false;
        if (taken.next()) {
            superseded = true;
            return false;
        }
        return upsertDraft(db, draft, error);
    });
    if (superseded)
        return SaveResult::Superseded;
    return ok ? SaveResult::Saved : SaveResult::Failed;
}

bool OfflineTables::removeDraft(const QString& id, QString* error)
{
    return inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
        query.addBindValue(id);
        return exec(query, error);
    });
}

QList<StoredDraft> OfflineTables::drafts(QString* error)
{
    QList<StoredDraft> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, edited_ms, body FROM drafts ORDER BY edited_ms DESC, id"_s)) {
        *error = query.lastError().text();
        return list;
    }
    while (query.next())
        list.append(readDraft(query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray()));
    return list;
}

std::optional<StoredDraft> OfflineTables::draft(const QString& id, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT id, edited_ms, body FROM drafts WHERE id = ?"_s);
    query.addBindValue(id);
    if (!exec(query, error) || !query.next())
        return std::nullopt;
    return readDraft(query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray());
}

std::optional<OutboxItem> OfflineTables::enqueue(OutboxItem item, QString* error)
{
    const bool ok = inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO outbox (id, kind, state, case_number, draft_id, updated_ms, body) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(item.id);
        insert.addBindValue(OutboxItem::kindKey(item.kind));
        insert.addBindValue(OutboxItem::stateKey(item.state));
        insert.addBindValue(sqlText(item.caseNumber));
        insert.addBindValue(sqlText(item.draftId));
        insert.addBindValue(item.updatedMs);
        insert.addBindValue(item.toBytes());
        if (!exec(insert, error))
            return false;
        item.sequence = insert.lastInsertId().toLongLong();
        if (item.draftId.isEmpty())
            return true;
        QSqlQuery consume(db);
        consume.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
        consume.addBindValue(item.draftId);
        return exec(consume, error);
    });
    return ok ? std::optional<OutboxItem>(item) : std::nullopt;
}

bool OfflineTables::updateItem(const OutboxItem& item, OutboxItem::State expected, QString* error)
{
    m_lostRace = false;
    bool found = false;
    const bool ok = inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE outbox SET state = ?, case_number = ?, updated_ms = ?, body = ? "
                      "WHERE id = ? AND state = ?"_s);
        query.addBindValue(OutboxItem::stateKey(item.state));
        query.addBindValue(sqlText(item.caseNumber));
        query.addBindValue(item.updatedMs);
        query.addBindValue(item.toBytes());
        query.addBindValue(item.id);
        query.addBindValue(OutboxItem::stateKey(expected));
        if (!exec(query, error))
            return false;
        found = query.numRowsAffected() > 0;
        return true;
    });
    if (ok && !found)
        *error = raceLost(item.id, expected);
    return ok && found;
}

QString OfflineTables::raceLost(const QString& id, OutboxItem::State expected)
{
    m_lostRace = true;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT state FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return tr("The outbox item is gone.");
    return tr("The outbox item changed meanwhile (it is %1 now, not %2).")
        .arg(query.value(0).toString(), OutboxItem::stateKey(expected));
}

bool OfflineTables::returnToDraft(const QString& itemId, OutboxItem::State expected, const Draft& draft, QString* error)
{
    m_lostRace = false;
    bool found = false;
    const bool ok = inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM outbox WHERE id = ? AND state = ?"_s);
        remove.addBindValue(itemId);
        remove.addBindValue(OutboxItem::stateKey(expected));
        if (!exec(remove, error))
            return false;
        found = remove.numRowsAffected() > 0;
        return found && upsertDraft(db, draft, error); // nothing written when the race was lost
    });
    if (!found && error->isEmpty())
        *error = raceLost(itemId, expected);
    return ok && found;
}

bool OfflineTables::removeItem(const QString& id, QString* error)
{
    return inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
        query.addBindValue(id);
        return exec(query, error);
    });
}

QList<StoredOutboxItem> OfflineTables::items(QString* error)
{
    QList<StoredOutboxItem> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, seq, body FROM outbox ORDER BY seq"_s)) {
        *error = query.lastError().text();
        return list;
    }
    while (query.next())
        list.append(readItem(query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray()));
    return list;
}

int OfflineTables::recoverInterrupted(qint64 nowMs, QString* error)
{
    int recovered = 0;
    const QList<StoredOutboxItem> all = items(error);
    for (const StoredOutboxItem& stored : all) {
        if (!stored.item || stored.item->state != OutboxItem::State::Sending)
            continue;
        OutboxItem item = *stored.item;
        item.state = OutboxItem::State::Waiting;
        item.maybeSent = true;
        item.reason = tr("CaseDesk stopped while this was being sent.");
        item.updatedMs = nowMs;
        if (updateItem(item, OutboxItem::State::Sending, error))
            ++recovered;
    }
    return recovered;
}

int OfflineTables::pruneDelivered(qint64 beforeMs, QString* error)
{
    int removed = 0;
    inTransaction(m_connection, error, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM outbox WHERE state = ? AND updated_ms < ?"_s);
        query.addBindValue(OutboxItem::stateKey(OutboxItem::State::Delivered));
        query.addBindValue(beforeMs);
        if (!exec(query, error))
            return false;
        removed = query.numRowsAffected();
        return true;
    });
    return removed;
}

} // namespace CaseDesk

#include "models/store/NoteTable.h"

#include "models/store/SqlText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QByteArray attachmentsJson(const CaseNote& note)
{
    QJsonArray array;
    for (const AttachmentRef& ref : note.attachments.value_or(QList<AttachmentRef>{}))
        array.append(ref.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Attachments that no longer decode are left out rather than failing the whole note list.
std::optional<QList<AttachmentRef>> attachmentsFromJson(const QByteArray& bytes)
{
    const QJsonArray array = QJsonDocument::fromJson(bytes).array();
    if (array.isEmpty())
        return std::nullopt;
    QList<AttachmentRef> refs;
    for (const QJsonValue& value : array) {
        Decoded<AttachmentRef> decoded = decodeJson<AttachmentRef>(value);
        if (decoded.ok())
            refs.append(*decoded.value);
    }
    return refs;
}

bool failed(const QSqlQuery& query, QString* error)
{
    *error = query.lastError().text();
    return false;
}

struct PendingRow
{
    qint64 id;
    QString noteId;
    qint64 createdMs;
    QString text;
};

bool matches(const PendingRow& pending, const CaseNote& server)
{
    if (!pending.noteId.isEmpty() && server.id && *server.id == pending.noteId)
        return true;
    if (!server.text || server.text->trimmed() != pending.text.trimmed())
        return false;
    const qint64 serverMs = server.createdDateTime ? server.createdDateTime->toMSecsSinceEpoch() : 0;
    return serverMs != 0 && qAbs(serverMs - pending.createdMs) <= NoteTable::kPendingMatchWindowMs;
}

// What makes a server note the same note in the next answer: its id, or (without one) its time and text.
QString serverNoteKey(const QString& id, qint64 createdMs, const QString& text)
{
    return id.isEmpty() ? u"at:%1:"_s.arg(createdMs) + text : u"id:"_s + id;
}

QString serverNoteKey(const CaseNote& note)
{
    return serverNoteKey(note.id.value_or(QString()),
                         note.createdDateTime ? note.createdDateTime->toMSecsSinceEpoch() : qint64(0),
                         note.text.value_or(QString()));
}
} // namespace

NoteTable::NoteTable(QSqlDatabase& db)
    : m_db(db)
{}

bool NoteTable::insert(const StoredNote& stored, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO notes (case_number, note_id, created_ms, type, visibility, text, attachments,"
                  " local_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const CaseNote& note = stored.note;
    query.addBindValue(stored.caseNumber);
    query.addBindValue(sqlText(note.id.value_or(QString())));
    query.addBindValue(note.createdDateTime ? note.createdDateTime->toMSecsSinceEpoch() : qint64(0));
    query.addBindValue(sqlText(note.type.value_or(QString())));
    query.addBindValue(sqlText(note.visibility.value_or(QString())));
    query.addBindValue(sqlText(note.text.value_or(QString())));
    query.addBindValue(QString::fromUtf8(attachmentsJson(note)));
    query.addBindValue(sqlText(stored.localId));
    query.addBindValue(static_cast<int>(stored.state));
    return query.exec() || failed(query, error);
}

bool NoteTable::replaceServerNotes(const QString& caseNumber, const QList<CaseNote>& notes, int* pendingDropped,
                                   QString* error, QList<CaseNote>* added)
{
    *pendingDropped = 0;
    if (added) {
        QSqlQuery before(m_db);
        before.prepare(u"SELECT note_id, created_ms, text FROM notes WHERE case_number = ? AND state = 0"_s);
        before.addBindValue(caseNumber);
        if (!before.exec())
            return failed(before, error);
        QSet<QString> known;
        while (before.next())
            known.insert(
                serverNoteKey(before.value(0).toString(), before.value(1).toLongLong(), before.value(2).toString()));
        added->clear();
        for (const CaseNote& note : notes) {
            if (!known.contains(serverNoteKey(note)))
                added->append(note);
        }
    }
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM notes WHERE case_number = ? AND state = 0"_s);
    remove.addBindValue(caseNumber);
    if (!remove.exec())
        return failed(remove, error);
    for (const CaseNote& note : notes) {
        if (!insert(StoredNote{caseNumber, {}, note, StoredNote::State::Server}, error))
            return false;
    }

    QSqlQuery pending(m_db);
    pending.prepare(u"SELECT id, note_id, created_ms, text FROM notes WHERE case_number = ? AND state <> 0"_s);
    pending.addBindValue(caseNumber);
    if (!pending.exec())
        return failed(pending, error);
    QList<PendingRow> rows;
    while (pending.next())
        rows.append({pending.value(0).toLongLong(), pending.value(1).toString(), pending.value(2).toLongLong(),
                     pending.value(3).toString()});

    // Each server note stands in for at most one pending note.
    QList<bool> used(notes.size(), false);
    for (const PendingRow& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < notes.size(); ++i) {
            if (used[i] || !matches(row, notes[i]))
                continue;
            used[i] = true;
            QSqlQuery drop(m_db);
            drop.prepare(u"DELETE FROM notes WHERE id = ?"_s);
            drop.addBindValue(row.id);
            if (!drop.exec())
                return failed(drop, error);
            ++*pendingDropped;
            break;
        }
    }
    return true;
}

QList<StoredNote> NoteTable::notesOf(const QString& caseNumber, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT note_id, created_ms, type, visibility, text, attachments, local_id, state FROM notes"
                  " WHERE case_number = ? ORDER BY created_ms, id"_s);
    query.addBindValue(caseNumber);
    QList<StoredNote> notes;
    if (!query.exec()) {
        failed(query, error);
        return notes;
    }
    auto optionalText = [](const QVariant& value) -> std::optional<QString> {
        const QString text = value.toString();
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };
    while (query.next()) {
        StoredNote stored;
        stored.caseNumber = caseNumber;
        stored.note.id = optionalText(query.value(0));
        if (const qint64 ms = query.value(1).toLongLong())
            stored.note.createdDateTime = Timestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        stored.note.type = optionalText(query.value(2));
        stored.note.visibility = optionalText(query.value(3));
        stored.note.text = optionalText(query.value(4));
        stored.note.attachments = attachmentsFromJson(query.value(5).toString().toUtf8());
        stored.localId = query.value(6).toString();
        stored.state = static_cast<StoredNote::State>(query.value(7).toInt());
        notes.append(stored);
    }
    return notes;
}

bool NoteTable::insertPending(const StoredNote& note, QString* error)
{
    return insert(note, error);
}

std::optional<QString> NoteTable::caseOfPending(const QString& localId, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT case_number FROM notes WHERE local_id = ? AND state <> 0"_s);
    query.addBindValue(localId);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<QString> NoteTable::updatePending(const QString& localId, StoredNote::State state, const QString& noteId,
                                                QString* error)
{
    const auto caseNumber = caseOfPending(localId, error);
    if (!caseNumber)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE notes SET state = ?, note_id = CASE WHEN ? = '' THEN note_id ELSE ? END"
                  " WHERE local_id = ? AND state <> 0"_s);
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(sqlText(noteId));
    query.addBindValue(sqlText(noteId));
    query.addBindValue(localId);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    return caseNumber;
}

std::optional<QString> NoteTable::removePending(const QString& localId, QString* error)
{
    const auto caseNumber = caseOfPending(localId, error);
    if (!caseNumber)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM notes WHERE local_id = ? AND state <> 0"_s);
    query.addBindValue(localId);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    return caseNumber;
}

} // namespace CaseDesk

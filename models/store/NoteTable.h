#pragma once

#include "models/domain/CaseNote.h"
#include "models/store/StoredNote.h"

#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * The SQL of the notes table, for CaseStore (same thread, same connection, inside its transactions).
 * Server notes are replaced wholesale by each GET answer; pending own notes stay until a server note
 * matches them: the same note id when the POST told us one, otherwise the same text within
 * kPendingMatchWindowMs of the time we sent it (server and client clocks differ a little).
 */
class NoteTable
{
public:
    static constexpr qint64 kPendingMatchWindowMs = 15 * 60 * 1000;

    explicit NoteTable(QSqlDatabase& db);

    // Replaces the case's server notes and drops the pending ones they match. False on an SQL error.
    // `added`, when given, gets the notes of `notes` that were not among the case's server notes before (by
    // note id, or by time and text for a note without an id).
    bool replaceServerNotes(const QString& caseNumber, const QList<CaseNote>& notes, int* pendingDropped,
                            QString* error, QList<CaseNote>* added = nullptr);
    QList<StoredNote> notesOf(const QString& caseNumber, QString* error);
    bool insertPending(const StoredNote& note, QString* error);
    // Sets the state (and the server's note id when known) of a pending note; returns its case number.
    std::optional<QString> updatePending(const QString& localId, StoredNote::State state, const QString& noteId,
                                         QString* error);
    std::optional<QString> removePending(const QString& localId, QString* error);

private:
    bool insert(const StoredNote& note, QString* error);
    std::optional<QString> caseOfPending(const QString& localId, QString* error);

    QSqlDatabase& m_db;
};

} // namespace CaseDesk

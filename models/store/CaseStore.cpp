#include "models/store/CaseStore.h"

#include "models/core/Logging.h"
#include "models/store/CaseTable.h"
#include "models/store/NoteTable.h"
#include "models/store/WriteTransaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QSqlDatabase connection(const Database& db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

// Bookkeeping that belongs to the row, not to the answer: kept across merges.
void keepBookkeeping(CaseSummary& next, const CaseSummary& old)
{
    next.source = old.source;
    next.lastSeenMs = old.lastSeenMs;
    next.seenStatus = old.seenStatus;
    next.seenUpdatedMs = old.seenUpdatedMs;
    next.markedUnseen = old.markedUnseen;
}
} // namespace

CaseStore::CaseStore(const QString& path)
    : m_db(path)
{}

bool CaseStore::open()
{
    return m_db.open();
}

CaseStore::Merge CaseStore::fail(Merge merge, const QString& error)
{
    merge.kind = Merge::Kind::Failed;
    merge.error = error;
    qCWarning(lcStore).noquote() << "store write failed:" << error;
    return merge;
}

CaseStore::Merge CaseStore::mergeAnswer(const QString& requestedId, const QByteArray& raw, const Case& answer,
                                        qint64 nowMs, CaseSummary::Source source)
{
    Merge merge;
    CaseSummary next = CaseSummary::fromCase(answer);
    const QString key = next.caseNumber;
    if (key.isEmpty())
        return fail(merge, tr("The answer names no case number."));
    QSqlDatabase db = connection(m_db);
    CaseTable cases(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(merge, db.lastError().text());

    std::optional<CaseTable::Row> existing = cases.row(key, true);
    // A partial row under the order number (search hit, new trouble ticket) becomes this case. For the
    // list, a renamed row is a removal plus an addition.
    bool renamed = false;
    for (const QString& partialKey : {requestedId.trimmed(), next.orderNumber}) {
        if (partialKey.isEmpty() || partialKey == key)
            continue;
        const std::optional<CaseTable::Row> partial = cases.row(partialKey, false);
        if (!partial || partial->summary.hasFullAnswer)
            continue;
        if (existing) {
            if (!cases.remove(partialKey))
                return fail(merge, cases.lastError());
        } else {
            if (!cases.rename(partialKey, key))
                return fail(merge, cases.lastError());
            existing = CaseTable::Row{partial->summary, {}};
            existing->summary.caseNumber = key;
            renamed = true;
        }
        merge.removedKey = partialKey;
        break;
    }

    next.lastFetchedMs = nowMs;
    next.source = source;
    if (existing) {
        const CaseSummary& old = existing->summary;
        keepBookkeeping(next, old);
        // The first full answer of a row the user already had cannot be a change they missed.
        if (!old.hasFullAnswer && old.lastSeenMs > 0) {
            next.seenStatus = next.status;
            next.seenUpdatedMs = next.updatedMs;
        }
    }
    if (!cases.write(next, &raw, existing.has_value()))
        return fail(merge, cases.lastError());

    int pendingDropped = 0;
    QString error;
    QList<CaseNote> added;
    const bool hadFullAnswer = existing && existing->summary.hasFullAnswer;
    if (!NoteTable(db).replaceServerNotes(key, answer.notes.value_or(QList<CaseNote>{}), &pendingDropped, &error,
                                          hadFullAnswer ? &added : nullptr))
        return fail(merge, error);
    for (const CaseNote& note : std::as_const(added)) {
        if (note.type && !note.type->isEmpty() && *note.type != u"CUSTOMER_NOTES")
            merge.newProviderNotes.append(note);
    }
    if (!transaction.commit())
        return fail(merge, db.lastError().text());

    merge.summary = next;
    merge.answerChanged = !existing || existing->answer != raw || pendingDropped > 0;
    if (!existing || renamed)
        merge.kind = Merge::Kind::Added;
    else
        merge.kind = existing->summary.sameListColumns(next) ? Merge::Kind::Unchanged : Merge::Kind::Changed;
    return merge;
}

QList<CaseStore::Merge> CaseStore::mergeSearchHits(const QList<OrderHeader>& hits)
{
    QList<Merge> merges;
    QSqlDatabase db = connection(m_db);
    CaseTable cases(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return {fail({}, db.lastError().text())};
    for (const OrderHeader& hit : hits) {
        CaseSummary next = CaseSummary::fromOrderHeader(hit);
        if (next.caseNumber.isEmpty())
            continue;
        bool ok = true;
        if (!next.orderNumber.isEmpty() && cases.hasFullAnswerFor(next.orderNumber, &ok))
            continue; // the case itself is stored; its GET answer says more than a search hit
        if (!ok)
            return {fail({}, cases.lastError())};
        const std::optional<CaseTable::Row> existing = cases.row(next.caseNumber, false);
        if (existing && existing->summary.hasFullAnswer)
            continue;
        if (existing) {
            keepBookkeeping(next, existing->summary);
            next.code = existing->summary.code;
        }
        if (!cases.write(next, nullptr, existing.has_value()))
            return {fail({}, cases.lastError())};
        Merge merge;
        merge.summary = next;
        if (!existing)
            merge.kind = Merge::Kind::Added;
        else
            merge.kind = existing->summary.sameListColumns(next) ? Merge::Kind::Unchanged : Merge::Kind::Changed;
        merges.append(merge);
    }
    if (!transaction.commit())
        return {fail({}, db.lastError().text())};
    return merges;
}

CaseStore::Merge CaseStore::recordCreated(const QString& id, qint64 nowMs)
{
    Merge merge;
    const QString key = id.trimmed();
    if (key.isEmpty())
        return fail(merge, tr("The answer names no case number."));
    QSqlDatabase db = connection(m_db);
    CaseTable cases(db);
    if (const std::optional<CaseTable::Row> existing = cases.row(key, false)) {
        merge.kind = Merge::Kind::Unchanged;
        merge.summary = existing->summary;
        return merge;
    }
    CaseSummary created;
    created.caseNumber = key;
    if (key.startsWith("1-"_L1))
        created.orderNumber = key;
    created.source = CaseSummary::Source::Created;
    created.lastSeenMs = nowMs;
    created.createdMs = nowMs;
    created.updatedMs = nowMs;
    if (!cases.write(created, nullptr, false))
        return fail(merge, cases.lastError());
    merge.kind = Merge::Kind::Added;
    merge.summary = created;
    return merge;
}

std::optional<CaseSummary> CaseStore::markSeen(const QString& key, qint64 nowMs)
{
    QSqlDatabase db = connection(m_db);
    CaseTable cases(db);
    if (!cases.markSeen(key, nowMs)) {
        qCWarning(lcStore).noquote() << "markSeen failed:" << cases.lastError();
        return std::nullopt;
    }
    return summary(key);
}

QList<CaseSummary> CaseStore::setSeen(const QStringList& keys, bool seen, qint64 nowMs)
{
    QSqlDatabase db = connection(m_db);
    CaseTable cases(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return {};
    for (const QString& key : keys) {
        if (!(seen ? cases.markSeen(key, nowMs) : cases.markUnseen(key))) {
            qCWarning(lcStore).noquote() << "marking seen or unseen failed:" << cases.lastError();
            return {};
        }
    }
    if (!transaction.commit())
        return {};
    QList<CaseSummary> changed;
    for (const QString& key : keys) {
        if (const std::optional<CaseTable::Row> row = cases.row(key, false))
            changed.append(row->summary);
    }
    return changed;
}

QList<FullTextHit> CaseStore::searchText(const QString& text, int limit)
{
    QList<FullTextHit> hits;
    const QString match = FullTextQuery::fromUserText(text);
    if (match.isEmpty())
        return hits;
    QSqlDatabase db = connection(m_db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Each case once, with its best rank; SQLite takes the bare `note` column from the row holding MIN().
    // Ranking (bm25) costs about as much per matching row as everything else together, and FTS5 can only rank
    // by visiting every match: a word in a third of 500,000 notes took two seconds. So only the `limit` most
    // recently stored matching notes, and as many descriptions, are ranked: FTS5 reads its index in rowid
    // order from the end and stops there. When fewer match (a telling word), that is every match and the
    // ranking is exact; when more match, the best of the newest come first.
    query.prepare(u"SELECT key, MIN(score), note FROM ("
                  "  SELECT n.case_number AS key, newest.score AS score, n.text AS note FROM"
                  "    (SELECT rowid, bm25(notes_fts) AS score FROM notes_fts WHERE notes_fts MATCH ?"
                  "     ORDER BY rowid DESC LIMIT ?) newest"
                  "    JOIN notes n ON n.id = newest.rowid"
                  "  UNION ALL"
                  "  SELECT c.case_number, newest.score, NULL FROM"
                  "    (SELECT rowid, bm25(cases_fts) AS score FROM cases_fts WHERE cases_fts MATCH ?"
                  "     ORDER BY rowid DESC LIMIT ?) newest"
                  "    JOIN cases c ON c.rowid = newest.rowid"
                  ") GROUP BY key ORDER BY MIN(score), key LIMIT ?"_s);
    query.addBindValue(match);
    query.addBindValue(limit);
    query.addBindValue(match);
    query.addBindValue(limit);
    query.addBindValue(limit);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "full-text search failed:" << query.lastError().text();
        return hits;
    }
    while (query.next())
        hits.append({query.value(0).toString(), query.value(1).toDouble(), query.value(2).toString()});
    return hits;
}

QList<CaseSummary> CaseStore::summaries()
{
    QSqlDatabase db = connection(m_db);
    return CaseTable(db).summaries();
}

QList<CaseSummary> CaseStore::firstSummaries(CaseSummary::IndexedOrder order, int limit)
{
    QSqlDatabase db = connection(m_db);
    return CaseTable(db).firstSummaries(order, limit);
}

std::optional<CaseSummary> CaseStore::summary(const QString& key)
{
    QSqlDatabase db = connection(m_db);
    const std::optional<CaseTable::Row> stored = CaseTable(db).row(key, false);
    return stored ? std::optional<CaseSummary>(stored->summary) : std::nullopt;
}

CaseDetail CaseStore::detail(const QString& key)
{
    CaseDetail detail;
    QSqlDatabase db = connection(m_db);
    const std::optional<CaseTable::Row> stored = CaseTable(db).row(key, true);
    if (!stored)
        return detail;
    detail.found = true;
    detail.summary = stored->summary;
    if (stored->summary.lastFetchedMs > 0)
        detail.fetchedAt = QDateTime::fromMSecsSinceEpoch(stored->summary.lastFetchedMs, Qt::UTC);
    if (stored->summary.hasFullAnswer) {
        detail.raw = stored->answer;
        Decoded<Case> decoded = decodeJson<Case>(stored->answer);
        if (decoded.ok())
            detail.answer = std::move(decoded.value);
        else
            detail.decodeErrors = decoded.errors;
    }
    QString error;
    detail.notes = NoteTable(db).notesOf(key, &error);
    return detail;
}

QStringList CaseStore::openCaseKeys()
{
    QSqlDatabase db = connection(m_db);
    return CaseTable(db).openCaseKeys();
}

int CaseStore::changedCount()
{
    QSqlDatabase db = connection(m_db);
    return CaseTable(db).changedCount();
}

std::optional<StoredNote> CaseStore::addPendingNote(const QString& caseNumber, const NoteRequest& request, qint64 nowMs)
{
    QSqlDatabase db = connection(m_db);
    if (!CaseTable(db).row(caseNumber, false))
        return std::nullopt;
    StoredNote note;
    note.caseNumber = caseNumber;
    note.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.state = StoredNote::State::Sending;
    note.note.createdDateTime = Timestamp(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
    note.note.text = request.text;
    note.note.type = u"CUSTOMER_NOTES"_s;
    note.note.visibility = request.visibility;
    note.note.attachments = request.attachments;
    QString error;
    if (!NoteTable(db).insertPending(note, &error)) {
        qCWarning(lcStore).noquote() << "adding a pending note failed:" << error;
        return std::nullopt;
    }
    return note;
}

std::optional<QString> CaseStore::confirmPendingNote(const QString& localId, const QString& serverNoteId)
{
    QSqlDatabase db = connection(m_db);
    QString error;
    return NoteTable(db).updatePending(localId, StoredNote::State::Sent, serverNoteId, &error);
}

std::optional<QString> CaseStore::discardPendingNote(const QString& localId)
{
    QSqlDatabase db = connection(m_db);
    QString error;
    return NoteTable(db).removePending(localId, &error);
}

} // namespace CaseDesk

#pragma once

#include "models/domain/Case.h"
#include "models/domain/NoteRequest.h"
#include "models/domain/OrderHeader.h"
#include "models/store/CaseDetail.h"
#include "models/store/CaseSummary.h"
#include "models/store/Database.h"
#include "models/store/FullTextQuery.h"
#include "models/store/StoredNote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * The SQL of the case store, synchronous, for the one thread that owns it (CaseRepository's store
 * thread; tests may use it directly). Every write is one transaction. It never decides what to fetch;
 * it merges what it is given and says what changed, so the repository can signal exactly that.
 *
 *     CaseStore store(path);
 *     if (!store.open()) return fail(store.errorString());
 *     const CaseStore::Merge merge = store.mergeAnswer(u"11150929"_s, raw, decodedCase, now, Source::Opened);
 */
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    // What one merge did to the list.
    struct Merge
    {
        enum class Kind
        {
            Failed,
            Added,
            Changed,   // a column the list shows changed
            Unchanged, // nothing the list shows changed (the fetch time may have)
        };
        Kind kind = Kind::Failed;
        CaseSummary summary;
        QString removedKey;         // a partial row (keyed by order number) this answer replaced
        bool answerChanged = false; // the stored answer or the notes differ: a detail view should reload
        // The provider's notes (not CUSTOMER_NOTES) this answer brought that the stored one did not have;
        // empty for the first full answer of a case, which is no news.
        QList<CaseNote> newProviderNotes;
        QString error;
    };

    explicit CaseStore(const QString& path);

    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_db.errorString(); }
    Database& database() { return m_db; }

    // Stores a GET answer (already known to decode) under its case number. `requestedId` is what was
    // asked for; when it, or the answer's order number, names a partial row, that row becomes this case.
    Merge mergeAnswer(const QString& requestedId, const QByteArray& raw, const Case& answer, qint64 nowMs,
                      CaseSummary::Source source);
    // Adds order-history hits as partial rows; hits whose case is already stored in full are skipped.
    QList<Merge> mergeSearchHits(const QList<OrderHeader>& hits);
    // A case created from this app: a partial row, seen now, until the first GET answer fills it.
    Merge recordCreated(const QString& id, qint64 nowMs);
    std::optional<CaseSummary> markSeen(const QString& key, qint64 nowMs);
    // Marks many cases seen now (as opening each would) or unseen, in one transaction. Returns the rows as they
    // are after it (unknown keys left out); empty when it failed and nothing changed.
    QList<CaseSummary> setSeen(const QStringList& keys, bool seen, qint64 nowMs);

    QList<CaseSummary> summaries();
    // The first `limit` summaries in an indexed order: what the list shows first while the rest loads.
    QList<CaseSummary> firstSummaries(CaseSummary::IndexedOrder order, int limit);
    std::optional<CaseSummary> summary(const QString& key);
    CaseDetail detail(const QString& key);
    // Keys of the cases worth refreshing (not final), least recently fetched first.
    QStringList openCaseKeys();
    // How many cases changed since the user last saw them (CaseSummary::changedSinceSeen()).
    int changedCount();

    // The cases whose notes or description match the quick-filter `text` (FullTextQuery), best first, at most
    // `limit`. Of many matches, the `limit` most recently stored notes and descriptions are ranked (so a word
    // in half the notes answers as fast as a rare one). Empty when the text has no word to search for.
    QList<FullTextHit> searchText(const QString& text, int limit);

    std::optional<StoredNote> addPendingNote(const QString& caseNumber, const NoteRequest& request, qint64 nowMs);
    // The server accepted a pending note (with its note id when it said one). Returns the case number.
    std::optional<QString> confirmPendingNote(const QString& localId, const QString& serverNoteId);
    std::optional<QString> discardPendingNote(const QString& localId);

private:
    Merge fail(Merge merge, const QString& error);

    Database m_db;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"
#include "models/api/ApiResult.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/NoteRequest.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"
#include "models/store/CaseDetail.h"
#include "models/store/CaseStore.h"
#include "models/store/CaseSummary.h"
#include "models/store/StoredNote.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace CaseDesk
{

class CaseSource;
class FetchQueue;
class StoreThread;

/*
 * The local case store and the only code that writes to it. It fetches cases through a CaseSource, merges
 * GET answers and order-history hits into the store, and says what changed with fine-grained signals
 * (casesAdded, caseChanged, caseRemoved, caseUpdated) that the list model follows.
 *
 * Every call returns at once; SQL runs on the store thread. A callback runs later on this object's thread,
 * and only while its `context` exists (with a null context it always runs).
 *
 *     repository.open(CaseRepository::defaultPath(u"local"_s));
 *     repository.fetch(u"11150929"_s, this, [this](const CaseRepository::FetchOutcome& outcome) { ... });
 *     repository.caseDetail(u"11150929"_s, this, [this](const CaseDetail& detail) { show(detail); });
 *
 * GETs run at most kMaxConcurrentFetches at once; a fetch of an id already waiting or running joins it.
 * An answer that fails to decode is reported (refreshFailed) and never replaces what is stored.
 */
class CaseRepository : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConcurrentFetches = 4;

    struct FetchOutcome
    {
        QString requestedId;
        QString caseNumber; // the store's key after the merge (a GET by order number names the case)
        ApiError error;
        bool ok() const { return !error.isError(); }
    };
    struct SearchOutcome
    {
        ApiError error;
        QStringList keys; // the store keys of the hits, in the server's order
        int added = 0;    // new partial rows
        bool hasNextPage = false;
        bool ok() const { return !error.isError(); }
    };
    using FetchCallback = std::function<void(const FetchOutcome&)>;
    using SearchCallback = std::function<void(const SearchOutcome&)>;
    using SummariesCallback = std::function<void(const QList<CaseSummary>&)>;
    using DetailCallback = std::function<void(const CaseDetail&)>;
    using NoteCallback = std::function<void(const std::optional<StoredNote>&)>;
    using CountCallback = std::function<void(int)>;
    using TextHitsCallback = std::function<void(const QList<FullTextHit>&)>;
    // The most cases one full-text search adds to the list.
    static constexpr int kMaxTextHits = 1000;

    // `source` is not owned and must outlive the repository.
    explicit CaseRepository(CaseSource* source, QObject* parent = nullptr);
    ~CaseRepository() override;

    // AppLocalDataLocation/<environment>/casedesk.sqlite: one store per environment.
    static QString defaultPath(const QString& environment);

    // Opens the store at `path` (creating and migrating it); opened() reports the outcome.
    void open(const QString& path);
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    CaseSource* source() const { return m_source; }
    // The one thread and connection that own the store file; drafts and the outbox run their SQL on it too.
    StoreThread* storeThread() const { return m_store; }

    // Every summary in the store. Asked again while a read is under way, it joins that read: one pass over the
    // store, and every caller's rows share their strings (the list and the notifications both read at start).
    void loadSummaries(QObject* context, SummariesCallback callback);
    // The first `limit` summaries in an indexed order (CaseStore::firstSummaries), for a quick first screen.
    void loadFirstSummaries(CaseSummary::IndexedOrder order, int limit, QObject* context, SummariesCallback callback);
    void caseDetail(const QString& key, QObject* context, DetailCallback callback);

    // GET one case (by case or order number) ahead of any background refresh, and merge it.
    void fetch(const QString& caseOrOrderNumber, QObject* context = nullptr, FetchCallback callback = {});
    // GET many in the background, at most kMaxConcurrentFetches at once; refreshIdle() when all are done.
    void refresh(const QStringList& ids);
    // refresh() every case that is not closed or cancelled; `callback` gets how many were queued.
    void refreshOpenCases(QObject* context = nullptr, CountCallback callback = {});
    void search(const OrderHistoryQuery& query, QObject* context = nullptr, SearchCallback callback = {});

    // The cases whose notes or description match the quick-filter text, best first (CaseStore::searchText).
    void searchText(const QString& text, QObject* context, TextHitsCallback callback);

    void markSeen(const QString& key);
    // From the list, for a selection: seen now, or unseen (the "changed" mark until opened or marked seen).
    void markSeen(const QStringList& keys);
    void markUnseen(const QStringList& keys);
    // A case created from this app: listed at once (seen), then fetched.
    void recordCreated(const CreateCaseResponse& response);

    // The user's note, shown as pending until a GET answer contains it.
    void addPendingNote(const QString& caseNumber, const NoteRequest& request, QObject* context, NoteCallback callback);
    // The server accepted it: remember its note id and fetch the case so the server's copy replaces it.
    void confirmPendingNote(const QString& localId, const CaseUpdateResponse& response);
    // Sending failed for good: the pending note goes away.
    void discardPendingNote(const QString& localId);
    // Someone else on the store thread (the outbox) wrote this case's notes: detail views reload.
    void notesWritten(const QString& caseNumber);

    // Cases changed since the user last opened them (for the window title).
    int changedCount() const { return m_changedCount; }
    bool isRefreshing() const;

signals:
    void opened(bool ok, const QString& error);
    void casesAdded(const QList<CaseSummary>& summaries);
    void caseChanged(const CaseSummary& summary);
    void caseRemoved(const QString& key);        // a partial row became a case under its case number
    void caseUpdated(const QString& caseNumber); // stored answer or notes changed: detail views reload
    void caseFetched(const QString& caseNumber); // every successful GET, changed or not
    // A GET answer of a case already stored in full brought notes of the provider it did not have.
    void providerNotesArrived(const QString& caseNumber, const QList<CaseNote>& notes);
    void refreshFailed(const QString& id, const ApiError& error);
    void unseenCountChanged(int count);
    void refreshIdle();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool tied = false;
        FetchCallback callback;
    };
    struct SummariesWaiter
    {
        QPointer<QObject> context;
        bool tied = false;
        SummariesCallback callback;
    };
    void onAnswer(const QString& id, const ApiResult<Case>& result);
    void finishFetch(const FetchOutcome& outcome);
    void announce(const CaseStore::Merge& merge);
    void scheduleRecount();
    void setSeen(const QStringList& keys, bool seen);
    void onQueueIdle();

    CaseSource* m_source;
    StoreThread* m_store;
    FetchQueue* m_queue;
    QHash<QString, QList<Waiter>> m_waiters;
    // The callers of the loadSummaries() read under way, null when none is; open() lets later callers start anew.
    std::shared_ptr<QList<SummariesWaiter>> m_summariesRead;
    int m_mergesPending = 0;
    int m_changedCount = 0;
    bool m_recountPending = false;
    bool m_recountAgain = false;
    bool m_open = false;
    QString m_error;
};

} // namespace CaseDesk

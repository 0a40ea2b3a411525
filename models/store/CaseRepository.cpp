#include "models/store/CaseRepository.h"

#include "models/core/Logging.h"
#include "models/store/CaseSource.h"
#include "models/store/FetchQueue.h"
#include "models/store/StoreThread.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <typename Callback, typename Value>
void deliver(const QPointer<QObject>& context, bool tied, const Callback& callback, const Value& value)
{
    if (callback && (!tied || context))
        callback(value);
}

// The bytes to keep for an answer: the server's own when they decode, so the stored answer is exactly what
// was received; otherwise (a client that kept no body) the decoded value written back.
QByteArray storableBytes(const QByteArray& raw, const Case& value)
{
    if (!raw.isEmpty() && decodeJson<Case>(raw).ok())
        return raw;
    return QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

CaseRepository::CaseRepository(CaseSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_store(new StoreThread(this))
    , m_queue(new FetchQueue(
          source, [this](const QString& id, const ApiResult<Case>& result) { onAnswer(id, result); }, this))
{
    m_queue->setMaxInFlight(kMaxConcurrentFetches);
    connect(m_queue, &FetchQueue::idle, this, &CaseRepository::onQueueIdle);
}

CaseRepository::~CaseRepository()
{
    // The queue first: its pending callbacks must not reach a half-destroyed repository.
    delete m_queue;
    delete m_store;
}

QString CaseRepository::defaultPath(const QString& environment)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(environment + u"/casedesk.sqlite"_s);
}

void CaseRepository::open(const QString& path)
{
    m_summariesRead.reset(); // a read under way is of the store before; who asks from now on reads this one
    m_store->open(path, [this](const QString& error) {
        m_open = error.isEmpty();
        m_error = error;
        emit opened(m_open, error);
        if (m_open)
            scheduleRecount();
    });
}

void CaseRepository::loadSummaries(QObject* context, SummariesCallback callback)
{
    if (!m_summariesRead) {
        m_summariesRead = std::make_shared<QList<SummariesWaiter>>();
        m_store->run<QList<CaseSummary>>([](CaseStore& store) { return store.summaries(); },
                                         [this, read = m_summariesRead](const QList<CaseSummary>& rows) {
                                             if (m_summariesRead == read)
                                                 m_summariesRead.reset();
                                             for (const SummariesWaiter& waiter : std::as_const(*read))
                                                 deliver(waiter.context, waiter.tied, waiter.callback, rows);
                                         });
    }
    m_summariesRead->append({context, context != nullptr, std::move(callback)});
}

void CaseRepository::loadFirstSummaries(CaseSummary::IndexedOrder order, int limit, QObject* context,
                                        SummariesCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_store->run<QList<CaseSummary>>(
        [order, limit](CaseStore& store) { return store.firstSummaries(order, limit); },
        [guard, tied, callback](const QList<CaseSummary>& rows) { deliver(guard, tied, callback, rows); });
}

void CaseRepository::caseDetail(const QString& key, QObject* context, DetailCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_store->run<CaseDetail>(
        [key](CaseStore& store) { return store.detail(key); },
        [guard, tied, callback](const CaseDetail& detail) { deliver(guard, tied, callback, detail); });
}

void CaseRepository::fetch(const QString& caseOrOrderNumber, QObject* context, FetchCallback callback)
{
    const QString id = caseOrOrderNumber.trimmed();
    if (callback)
        m_waiters[id].append({context, context != nullptr, std::move(callback)});
    m_queue->enqueue(id, true);
}

void CaseRepository::refresh(const QStringList& ids)
{
    for (const QString& id : ids)
        m_queue->enqueue(id.trimmed(), false);
}

void CaseRepository::refreshOpenCases(QObject* context, CountCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_store->run<QStringList>([](CaseStore& store) { return store.openCaseKeys(); },
                              [this, guard, tied, callback](const QStringList& keys) {
                                  refresh(keys);
                                  deliver(guard, tied, callback, int(keys.size()));
                              });
}

bool CaseRepository::isRefreshing() const
{
    return !m_queue->isIdle() || m_mergesPending > 0;
}

void CaseRepository::onAnswer(const QString& id, const ApiResult<Case>& result)
{
    if (!result.ok()) {
        const ApiError error = result.error.isError() ? result.error : ApiError::badPayload(u"empty answer"_s);
        qCInfo(lcStore) << "fetching" << id << "failed:" << error.technicalDetails; // server text: quoted
        emit refreshFailed(id, error);
        finishFetch({id, {}, error});
        return;
    }
    const QByteArray raw = result.raw;
    const Case value = *result.value;
    const qint64 fetchedAt = now();
    ++m_mergesPending;
    m_store->run<CaseStore::Merge>(
        [id, raw, value, fetchedAt](CaseStore& store) {
            return store.mergeAnswer(id, storableBytes(raw, value), value, fetchedAt, CaseSummary::Source::Opened);
        },
        [this, id](const CaseStore::Merge& merge) {
            --m_mergesPending;
            if (merge.kind == CaseStore::Merge::Kind::Failed) {
                const QString detail = merge.error.isEmpty() ? tr("The local store is not open.") : merge.error;
                const ApiError error = ApiError::badPayload(detail);
                emit refreshFailed(id, error);
                finishFetch({id, {}, error});
            } else {
                announce(merge);
                emit caseFetched(merge.summary.caseNumber);
                finishFetch({id, merge.summary.caseNumber, {}});
            }
            if (!isRefreshing())
                emit refreshIdle();
        });
}

void CaseRepository::finishFetch(const FetchOutcome& outcome)
{
    const QList<Waiter> waiters = m_waiters.take(outcome.requestedId);
    for (const Waiter& waiter : waiters)
        deliver(waiter.context, waiter.tied, waiter.callback, outcome);
}

void CaseRepository::announce(const CaseStore::Merge& merge)
{
    if (!merge.removedKey.isEmpty())
        emit caseRemoved(merge.removedKey);
    switch (merge.kind) {
    case CaseStore::Merge::Kind::Added:
        emit casesAdded({merge.summary});
        break;
    case CaseStore::Merge::Kind::Changed:
        emit caseChanged(merge.summary);
        break;
    case CaseStore::Merge::Kind::Unchanged:
    case CaseStore::Merge::Kind::Failed:
        break;
    }
    if (merge.answerChanged)
        emit caseUpdated(merge.summary.caseNumber);
    if (!merge.newProviderNotes.isEmpty())
        emit providerNotesArrived(merge.summary.caseNumber, merge.newProviderNotes);
    if (merge.kind == CaseStore::Merge::Kind::Added || merge.kind == CaseStore::Merge::Kind::Changed)
        scheduleRecount();
}

void CaseRepository::onQueueIdle()
{
    if (!isRefreshing())
        emit refreshIdle();
}

void CaseRepository::search(const OrderHistoryQuery& query, QObject* context, SearchCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_source->searchOrders(query, this, [this, guard, tied, callback](const ApiResult<OrderHistoryPage>& result) {
        if (!result.ok()) {
            SearchOutcome outcome;
            outcome.error = result.error.isError() ? result.error : ApiError::badPayload(u"empty answer"_s);
            deliver(guard, tied, callback, outcome);
            return;
        }
        const QList<OrderHeader> hits = result.value->content.value_or(QList<OrderHeader>{});
        const bool hasNext = result.value->hasNextPage();
        m_store->run<QList<CaseStore::Merge>>(
            [hits](CaseStore& store) { return store.mergeSearchHits(hits); },
            [this, guard, tied, callback, hits, hasNext](const QList<CaseStore::Merge>& merges) {
                SearchOutcome outcome;
                outcome.hasNextPage = hasNext;
                QList<CaseSummary> added;
                for (const CaseStore::Merge& merge : merges) {
                    if (merge.kind == CaseStore::Merge::Kind::Failed)
                        outcome.error = ApiError::make(ApiError::Kind::Local, merge.error);
                    else if (merge.kind == CaseStore::Merge::Kind::Added)
                        added.append(merge.summary);
                    else if (merge.kind == CaseStore::Merge::Kind::Changed)
                        emit caseChanged(merge.summary);
                }
                for (const OrderHeader& hit : hits) {
                    if (hit.orderNumber && !hit.orderNumber->trimmed().isEmpty())
                        outcome.keys.append(hit.orderNumber->trimmed());
                }
                outcome.added = int(added.size());
                if (!added.isEmpty())
                    emit casesAdded(added);
                deliver(guard, tied, callback, outcome);
            });
    });
}

void CaseRepository::markSeen(const QString& key)
{
    const qint64 seenAt = now();
    m_store->run<std::optional<CaseSummary>>([key, seenAt](CaseStore& store) { return store.markSeen(key, seenAt); },
                                             [this](const std::optional<CaseSummary>& summary) {
                                                 if (!summary)
                                                     return;
                                                 emit caseChanged(*summary);
                                                 scheduleRecount();
                                             });
}

void CaseRepository::searchText(const QString& text, QObject* context, TextHitsCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    m_store->run<QList<FullTextHit>>(
        [text](CaseStore& store) { return store.searchText(text, kMaxTextHits); },
        [guard, tied, callback](const QList<FullTextHit>& hits) { deliver(guard, tied, callback, hits); });
}

void CaseRepository::markSeen(const QStringList& keys)
{
    setSeen(keys, true);
}

void CaseRepository::markUnseen(const QStringList& keys)
{
    setSeen(keys, false);
}

void CaseRepository::setSeen(const QStringList& keys, bool seen)
{
    if (keys.isEmpty())
        return;
    const qint64 seenAt = now();
    m_store->run<QList<CaseSummary>>(
        [keys, seen, seenAt](CaseStore& store) { return store.setSeen(keys, seen, seenAt); },
        [this](const QList<CaseSummary>& changed) {
            for (const CaseSummary& summary : changed)
                emit caseChanged(summary);
            if (!changed.isEmpty())
                scheduleRecount();
        });
}

void CaseRepository::recordCreated(const CreateCaseResponse& response)
{
    const QString id = response.id.trimmed();
    const qint64 createdAt = now();
    m_store->run<CaseStore::Merge>([id, createdAt](CaseStore& store) { return store.recordCreated(id, createdAt); },
                                   [this](const CaseStore::Merge& merge) { announce(merge); });
    fetch(id);
}

void CaseRepository::addPendingNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                                    NoteCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool tied = context != nullptr;
    const qint64 sentAt = now();
    m_store->run<std::optional<StoredNote>>(
        [caseNumber, request, sentAt](CaseStore& store) { return store.addPendingNote(caseNumber, request, sentAt); },
        [this, guard, tied, callback](const std::optional<StoredNote>& note) {
            if (note)
                emit caseUpdated(note->caseNumber);
            deliver(guard, tied, callback, note);
        });
}

void CaseRepository::confirmPendingNote(const QString& localId, const CaseUpdateResponse& response)
{
    const QString noteId = response.result.caseNotesId.value_or(QString());
    m_store->run<std::optional<QString>>(
        [localId, noteId](CaseStore& store) { return store.confirmPendingNote(localId, noteId); },
        [this](const std::optional<QString>& caseNumber) {
            if (!caseNumber)
                return;
            emit caseUpdated(*caseNumber);
            fetch(*caseNumber);
        });
}

void CaseRepository::discardPendingNote(const QString& localId)
{
    m_store->run<std::optional<QString>>([localId](CaseStore& store) { return store.discardPendingNote(localId); },
                                         [this](const std::optional<QString>& caseNumber) {
                                             if (caseNumber)
                                                 emit caseUpdated(*caseNumber);
                                         });
}

void CaseRepository::notesWritten(const QString& caseNumber)
{
    emit caseUpdated(caseNumber);
}

void CaseRepository::scheduleRecount()
{
    // One count in flight at a time; writes that land meanwhile ask for one more after it.
    if (m_recountPending) {
        m_recountAgain = true;
        return;
    }
    m_recountPending = true;
    m_store->run<int>([](CaseStore& store) { return store.changedCount(); },
                      [this](const int& count) {
                          m_recountPending = false;
                          if (count != m_changedCount) {
                              m_changedCount = count;
                              emit unseenCountChanged(count);
                          }
                          if (std::exchange(m_recountAgain, false))
                              scheduleRecount();
                      });
}

} // namespace CaseDesk

#include "models/offline/OutboxSender.h"

#include "models/core/Logging.h"
#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxTransport.h"
#include "models/store/CaseRepository.h"

#include <QDateTime>

namespace CaseDesk
{

namespace
{
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

OutboxSender::OutboxSender(Outbox* outbox, OutboxTransport* transport, ConnectivityMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_transport(transport)
    , m_monitor(monitor)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::pump);
    // Queued: the outbox announces changes from inside our own store callbacks.
    connect(outbox, &Outbox::itemsChanged, this, &OutboxSender::pump, Qt::QueuedConnection);
    if (monitor) {
        connect(monitor, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
            if (!online)
                return;
            m_notBefore.clear(); // the server answers again: everything waiting goes now, in order
            QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
        });
    }
}

void OutboxSender::setRepository(CaseRepository* repository)
{
    m_repository = repository;
    if (repository)
        connect(m_outbox, &Outbox::pendingNoteAdded, repository, &CaseRepository::notesWritten);
}

void OutboxSender::setBackoff(int firstMs, int maxMs)
{
    m_backoff = Backoff(qMax(1, firstMs), maxMs, kBackoffJitter);
}

void OutboxSender::setArrivalCheck(int windowMs, int intervalMs)
{
    m_attemptTiming.arrivalWindowMs = qMax(0, windowMs);
    m_attemptTiming.checkIntervalMs = qMax(1, intervalMs);
}

void OutboxSender::start()
{
    m_started = true;
    QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
}

QString OutboxSender::currentItemId() const
{
    return m_attempt ? m_attempt->item().id : QString();
}

void OutboxSender::submitCreate(const CaseDraft& draft, const QString& draftId, QObject* context, Callback done)
{
    submit(Outbox::forCreate(draft, draftId), context, std::move(done));
}

void OutboxSender::submitNote(const QString& caseNumber, const NoteRequest& request,
                              const QList<DraftAttachment>& files, const QString& draftId, QObject* context,
                              Callback done)
{
    submit(Outbox::forNote(caseNumber, request, files, draftId, {}), context, std::move(done));
}

void OutboxSender::submitCancel(const QString& caseNumber, const CancelRequest& request, QObject* context,
                                Callback done)
{
    submit(Outbox::forCancel(caseNumber, request), context, std::move(done));
}

void OutboxSender::submit(OutboxItem item, QObject* context, Callback done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    m_outbox->enqueue(item, this, [this, waiter](const std::optional<OutboxItem>& stored, const QString& error) {
        if (!stored) {
            OutboxOutcome outcome;
            outcome.kind = OutboxOutcome::Kind::Failed;
            outcome.error = ApiError::make(ApiError::Kind::Local, error);
            outcome.message = tr("It could not be stored in the outbox (%1), so nothing was sent.").arg(error);
            if (waiter.hasWaiter())
                waiter.callback(outcome);
            return;
        }
        m_waiters.insert(stored->id, waiter);
        const bool online = !m_monitor || m_monitor->isOnline();
        const std::optional<OutboxItem> next = nextInLine();
        const bool goesNow = m_started && online && !m_attempt && next && next->id == stored->id;
        if (!goesNow) {
            int ahead = 0;
            for (const StoredOutboxItem& entry : m_outbox->entries()) {
                if (entry.item && entry.item->isPending() && entry.item->state != OutboxItem::State::Failed
                    && entry.sequence < stored->sequence)
                    ++ahead;
            }
            OutboxOutcome outcome;
            outcome.itemId = stored->id;
            outcome.message = !online ? tr("The server cannot be reached; it goes out as soon as the server answers.")
                                      : tr("Earlier items go first (%n).", nullptr, ahead);
            resolve(stored->id, outcome);
        }
        QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
    });
}

std::optional<OutboxItem> OutboxSender::nextInLine() const
{
    for (const StoredOutboxItem& entry : m_outbox->entries()) {
        if (entry.item
            && (entry.item->state == OutboxItem::State::Waiting || entry.item->state == OutboxItem::State::Sending))
            return entry.item;
    }
    return std::nullopt;
}

void OutboxSender::pump()
{
    if (!m_started || !m_outbox->isLoaded() || m_attempt)
        return;
    const std::optional<OutboxItem> next = nextInLine();
    if (!next)
        return;
    const bool online = !m_monitor || m_monitor->isOnline();
    if (!online && !m_force)
        return; // the monitor probes, and says when the server answers again
    const qint64 due = m_notBefore.value(next->id, 0);
    if (due > now() && !m_force) {
        m_timer.start(int(qMin<qint64>(due - now(), m_backoff.maxMs())));
        return;
    }
    m_force = false;
    m_timer.stop();
    qCInfo(lcOutbox).noquote() << "sending" << OutboxItem::kindKey(next->kind) << next->id << "attempt"
                               << next->attemptCount() + 1;
    m_attempt = new OutboxAttempt(
        *next, m_outbox, m_transport, [this](const OutboxAttempt::Result& result) { onAttemptDone(result); }, this);
    m_attempt->setTiming(m_attemptTiming);
    QStringList claimed; // what the other items made: never taken for this one's lost answer
    for (const StoredOutboxItem& entry : m_outbox->entries()) {
        if (entry.item && entry.id != next->id && entry.item->resultId && !entry.item->resultId->isEmpty())
            claimed << *entry.item->resultId;
    }
    m_attempt->setClaimedIds(claimed);
    emit currentItemChanged(next->id);
    m_attempt->start();
}

void OutboxSender::onAttemptDone(const OutboxAttempt::Result& result)
{
    OutboxItem item = result.item;
    if (m_monitor)
        m_monitor->noteResult(result.error);
    const bool watched = isWatched(item.id);
    switch (result.kind) {
    case OutboxAttempt::Result::Kind::Delivered:
        item.state = OutboxItem::State::Delivered;
        store(item, [this, item, result] {
            m_failures.remove(item.id);
            m_notBefore.remove(item.id);
            afterDelivery(item, result);
            emit delivered(item);
            OutboxOutcome outcome;
            outcome.kind = OutboxOutcome::Kind::Delivered;
            outcome.itemId = item.id;
            outcome.created = result.created;
            outcome.updated = result.updated;
            if (!outcome.created && item.kind == OutboxItem::Kind::Create)
                outcome.created =
                    CreateCaseResponse{item.resultId.value_or(QString()), item.resultType.value_or(QString()), {}};
            resolve(item.id, outcome);
            finishCurrent();
        });
        return;
    case OutboxAttempt::Result::Kind::Checking: {
        // Not there yet, and it may still appear: ask again soon; it is not a failure.
        item.state = OutboxItem::State::Waiting;
        item.reason = result.reason;
        m_notBefore[item.id] = now() + qMax(1, result.retryAfterMs);
        store(item, [this, item] {
            OutboxOutcome outcome;
            outcome.itemId = item.id;
            outcome.message = item.reason.value_or(QString());
            resolve(item.id, outcome);
            emit checking(item);
            finishCurrent();
        });
        return;
    }
    case OutboxAttempt::Result::Kind::Retry: {
        item.state = OutboxItem::State::Waiting;
        item.reason = result.reason;
        m_failures[item.id] += 1;
        m_notBefore[item.id] = now() + qMax(backoffMs(item.id), result.retryAfterMs);
        store(item, [this, item] {
            OutboxOutcome outcome;
            outcome.itemId = item.id;
            outcome.message = tr("%1 It goes out when the server answers.").arg(item.reason.value_or(QString()));
            resolve(item.id, outcome);
            finishCurrent();
        });
        return;
    }
    case OutboxAttempt::Result::Kind::Refused:
    case OutboxAttempt::Result::Kind::Failed:
        break;
    }
    const bool refused = result.kind == OutboxAttempt::Result::Kind::Refused;
    // An item that may have reached the server never goes back to a draft (it could then be sent twice): it
    // stays in the outbox, failed, until the server has been asked.
    const bool undone = !item.mayHaveBeenSent();
    if (item.kind != OutboxItem::Kind::Cancel && (refused || (watched && undone))) {
        // The author is looking at it (or must change it): back to the draft it came from, error on its field.
        backToDraft(item, result.reason, result.error, true);
        return;
    }
    if (item.kind == OutboxItem::Kind::Cancel && watched && undone) {
        // A cancel has no draft; its author sees the reason where they asked for it.
        m_outbox->remove(item.id, this, [this, item, result](bool, const QString&) {
            OutboxOutcome outcome;
            outcome.kind = OutboxOutcome::Kind::Refused;
            outcome.itemId = item.id;
            outcome.error = result.error;
            outcome.message = result.reason;
            resolve(item.id, outcome);
            finishCurrent();
        });
        return;
    }
    item.state = OutboxItem::State::Failed;
    item.reason = result.reason;
    store(item, [this, item] {
        qCWarning(lcOutbox) << "item" << item.id
                            << "needs the user:" << item.reason.value_or(QString()); // may quote the server
        emit itemFailed(item);
        finishCurrent();
    });
}

void OutboxSender::store(OutboxItem item, const std::function<void()>& then)
{
    m_outbox->update(item, this, [then, id = item.id](bool ok, const QString& error) {
        // Not stored: the item stays as the write-ahead left it (Sending, may have been sent), which is safe.
        if (!ok)
            qCWarning(lcOutbox).noquote() << "recording the outcome of" << id << "failed:" << error;
        then();
    });
}

void OutboxSender::backToDraft(const OutboxItem& item, const QString& message, const ApiError& error, bool withRefusal)
{
    Draft draft = draftFor(item);
    if (withRefusal)
        draft.setRefusal(message, Violation::fromFieldErrors(error.fieldErrors));
    m_outbox->returnToDraft(item.id, draft, this, [this, item, draft, message, error](bool ok, const QString& why) {
        const bool current = m_attempt && m_attempt->item().id == item.id;
        if (!ok) {
            OutboxItem failed = item;
            failed.state = OutboxItem::State::Failed;
            failed.reason = tr("%1 (It could not be turned back into a draft: %2)").arg(message, why);
            store(failed, [this, current] {
                if (current)
                    finishCurrent();
            });
            return;
        }
        if (m_repository && !item.pendingNoteId.isEmpty())
            m_repository->discardPendingNote(item.pendingNoteId);
        emit returnedToDraft(item.id, draft.id, message);
        OutboxOutcome outcome;
        outcome.kind = OutboxOutcome::Kind::Refused;
        outcome.itemId = item.id;
        outcome.draftId = draft.id;
        outcome.error = error;
        outcome.message = message;
        resolve(item.id, outcome);
        if (current)
            finishCurrent();
    });
}

void OutboxSender::afterDelivery(const OutboxItem& item, const OutboxAttempt::Result& result)
{
    qCInfo(lcOutbox) << "delivered" << OutboxItem::kindKey(item.kind) << item.id << "as"
                     << item.resultId.value_or(QString()); // the server's case number: quoted
    if (!m_repository)
        return;
    switch (item.kind) {
    case OutboxItem::Kind::Create:
        m_repository->recordCreated(result.created.value_or(
            CreateCaseResponse{item.resultId.value_or(QString()), item.resultType.value_or(QString()), {}}));
        return;
    case OutboxItem::Kind::Note:
        if (!item.pendingNoteId.isEmpty())
            m_repository->confirmPendingNote(item.pendingNoteId, result.updated.value_or(CaseUpdateResponse{}));
        else
            m_repository->fetch(item.caseNumber);
        return;
    case OutboxItem::Kind::Cancel:
        m_repository->fetch(item.caseNumber);
        return;
    }
}

void OutboxSender::resolve(const QString& itemId, const OutboxOutcome& outcome)
{
    const Waiter waiter = m_waiters.take(itemId);
    if (waiter.hasWaiter())
        waiter.callback(outcome);
}

bool OutboxSender::isWatched(const QString& itemId) const
{
    return m_waiters.value(itemId).hasWaiter();
}

void OutboxSender::finishCurrent()
{
    if (m_attempt)
        m_attempt->deleteLater();
    m_attempt = nullptr;
    emit currentItemChanged({});
    QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
}

int OutboxSender::backoffMs(const QString& itemId) const
{
    return int(m_backoff.delayMs(qMax(1, m_failures.value(itemId))));
}

Draft OutboxSender::draftFor(const OutboxItem& item)
{
    Draft draft;
    if (item.kind == OutboxItem::Kind::Create) {
        draft = Draft::forCase(item.caseDraft.value_or(CaseDraft{}), item.draftId);
    } else {
        NoteDraft note;
        note.caseNumber = item.caseNumber;
        note.text = item.note ? item.note->text : QString();
        note.visibility = item.note ? item.note->visibility : std::nullopt;
        note.attachments = item.files.value_or(QList<DraftAttachment>());
        draft = Draft::forNote(note, item.draftId);
    }
    draft.createdMs = item.createdMs;
    draft.editedMs = now();
    return draft;
}

void OutboxSender::sendNow(const QString& itemId)
{
    std::optional<OutboxItem> item = m_outbox->find(itemId);
    if (!item || item->state == OutboxItem::State::Delivered)
        return;
    m_notBefore.remove(itemId);
    m_failures.remove(itemId);
    m_force = true;
    if (m_monitor)
        m_monitor->probeNow();
    if (item->state != OutboxItem::State::Failed) {
        QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
        return;
    }
    item->state = OutboxItem::State::Waiting;
    item->reason = tr("Sent again at your request.");
    store(*item, [this] { QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection); });
}

void OutboxSender::retryAll()
{
    m_notBefore.clear();
    m_force = true;
    if (m_monitor)
        m_monitor->probeNow();
    QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
}

QString OutboxSender::editBlockedReason(const QString& itemId) const
{
    const std::optional<OutboxItem> item = m_outbox->find(itemId);
    if (!item)
        return tr("This item cannot be read any more; it can only be discarded.");
    if (currentItemId() == itemId)
        return tr("It is being sent right now.");
    if (item->state == OutboxItem::State::Delivered)
        return tr("It has been delivered.");
    if (item->kind == OutboxItem::Kind::Cancel)
        return tr("A cancellation has nothing to edit: send it or discard it.");
    if (item->mayHaveBeenSent())
        return tr("It may already have reached the server. CaseDesk asks the server as soon as it answers; until "
                  "then it cannot be edited, so that it is never sent twice.");
    return {};
}

void OutboxSender::edit(const QString& itemId, QObject* context, EditCallback done)
{
    const QPointer<QObject> guard(context);
    const QString blocked = editBlockedReason(itemId);
    const std::optional<OutboxItem> item = m_outbox->find(itemId);
    if (!blocked.isEmpty() || !item) {
        done({}, blocked);
        return;
    }
    Draft draft = draftFor(*item);
    if (item->state == OutboxItem::State::Failed && item->reason)
        draft.errorMessage = item->reason;
    m_outbox->returnToDraft(itemId, draft, this,
                            [this, item, draftId = draft.id, guard, done](bool ok, const QString& why) {
                                if (ok) {
                                    m_waiters.remove(item->id);
                                    m_notBefore.remove(item->id);
                                    if (m_repository && !item->pendingNoteId.isEmpty())
                                        m_repository->discardPendingNote(item->pendingNoteId);
                                }
                                if (guard)
                                    done(ok ? draftId : QString(), ok ? QString() : why);
                            });
}

void OutboxSender::discard(const QString& itemId, QObject* context, DiscardCallback done)
{
    const QPointer<QObject> guard(context);
    if (currentItemId() == itemId) {
        done(tr("It is being sent right now; discard it once that has finished."));
        return;
    }
    const std::optional<OutboxItem> item = m_outbox->find(itemId);
    m_outbox->remove(itemId, this, [this, item, itemId, guard, done](bool ok, const QString& why) {
        if (ok) {
            m_waiters.remove(itemId);
            m_notBefore.remove(itemId);
            m_failures.remove(itemId);
            if (m_repository && item && !item->pendingNoteId.isEmpty())
                m_repository->discardPendingNote(item->pendingNoteId);
        }
        if (guard)
            done(ok ? QString() : why);
    });
}

} // namespace CaseDesk

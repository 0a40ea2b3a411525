#pragma once

#include "models/api/ApiError.h"
#include "models/core/Backoff.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/NoteRequest.h"
#include "models/offline/Draft.h"
#include "models/offline/OutboxAttempt.h"
#include "models/offline/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace CaseDesk
{

class CaseRepository;
class ConnectivityMonitor;
class Outbox;
class OutboxTransport;

// What became of a submitted write, as far as its author needs to know.
struct OutboxOutcome
{
    enum class Kind
    {
        Delivered,
        Queued,  // safe in the outbox; goes out when the server answers
        Refused, // the server refused it (or it failed while its author watched): back in its draft
        Failed,  // could not even be stored; the author keeps what they wrote
    };
    Kind kind = Kind::Queued;
    QString itemId;
    QString draftId; // Refused: the draft it went back to (the one it came from)
    ApiError error;
    QString message; // translated; for Queued, why it waits ("The server cannot be reached; …")
    std::optional<CreateCaseResponse> created;
    std::optional<CaseUpdateResponse> updated;
};

/*
 * Sends the outbox, one item at a time, in the order the items were made, whenever the server answers.
 *
 * Every write of the app goes through here (creates from the wizard, notes and cancels from CaseActions): the
 * item is stored first, consuming its draft, so a kill at any moment loses nothing, and an item that may have
 * reached the server is looked up before it is sent again (see OutboxAttempt), so nothing goes out twice.
 *
 *     sender->submitNote(caseNumber, request, files, draftId, this, [](const OutboxOutcome& o) {
 *         if (o.kind == OutboxOutcome::Kind::Queued) say(o.message);
 *     });
 *
 * Transient failures wait and retry (1 s doubling to a minute, and at once when the server answers again).
 * A 400 or 409 turns a case or note back into its draft with the error on its field; other failures leave the
 * item Failed with the reason until the user sends it again, edits or discards it. The author's callback
 * runs once: delivered, queued (offline, behind other items, or failed transiently) or refused.
 */
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OutboxOutcome&)>;
    using EditCallback = std::function<void(const QString& draftId, const QString& error)>;
    using DiscardCallback = std::function<void(const QString& error)>;

    OutboxSender(Outbox* outbox, OutboxTransport* transport, ConnectivityMonitor* monitor, QObject* parent = nullptr);

    // Keeps the case store in step (created cases listed, pending notes confirmed, cases refetched). Optional.
    void setRepository(CaseRepository* repository);
    void setBackoff(int firstMs, int maxMs);
    // How long a write whose answer was lost is looked for on the server before it is sent again, and how
    // often the server is asked meanwhile (Preferences::arrivalWindow()).
    void setArrivalCheck(int windowMs, int intervalMs);
    // Starts sending once the outbox has loaded; until then submissions wait in it.
    void start();
    bool isStarted() const { return m_started; }
    QString currentItemId() const;

    void submitCreate(const CaseDraft& draft, const QString& draftId, QObject* context, Callback done);
    // The note goes into the outbox together with its pending copy in the case (when the case is stored).
    void submitNote(const QString& caseNumber, const NoteRequest& request, const QList<DraftAttachment>& files,
                    const QString& draftId, QObject* context, Callback done);
    void submitCancel(const QString& caseNumber, const CancelRequest& request, QObject* context, Callback done);

    // The outbox view's actions. sendNow() tries a waiting or failed item at once (in its turn).
    void sendNow(const QString& itemId);
    void retryAll();
    // Why an item cannot be edited now, empty when it can.
    QString editBlockedReason(const QString& itemId) const;
    // Turns the item back into its draft; `done` gets the draft id or why not.
    void edit(const QString& itemId, QObject* context, EditCallback done);
    void discard(const QString& itemId, QObject* context, DiscardCallback done);

signals:
    void delivered(const OutboxItem& item);
    void returnedToDraft(const QString& itemId, const QString& draftId, const QString& message);
    void itemFailed(const OutboxItem& item);
    // The item may have reached the server and is not found there yet: the server is asked again soon.
    void checking(const OutboxItem& item);
    // The item on its way changed (empty: none).
    void currentItemChanged(const QString& itemId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool tied = false;
        Callback callback;
        bool hasWaiter() const { return callback && (!tied || context); }
    };

    void submit(OutboxItem item, QObject* context, Callback done);
    void pump();
    void onAttemptDone(const OutboxAttempt::Result& result);
    void store(OutboxItem item, const std::function<void()>& then);
    void backToDraft(const OutboxItem& item, const QString& message, const ApiError& error, bool withRefusal);
    void resolve(const QString& itemId, const OutboxOutcome& outcome);
    bool isWatched(const QString& itemId) const;
    void afterDelivery(const OutboxItem& item, const OutboxAttempt::Result& result);
    void finishCurrent();
    std::optional<OutboxItem> nextInLine() const;
    int backoffMs(const QString& itemId) const;
    static Draft draftFor(const OutboxItem& item);

    Outbox* m_outbox;
    OutboxTransport* m_transport;
    QPointer<ConnectivityMonitor> m_monitor;
    QPointer<CaseRepository> m_repository;
    QPointer<OutboxAttempt> m_attempt;
    QHash<QString, Waiter> m_waiters;
    QHash<QString, qint64> m_notBefore;
    QHash<QString, int> m_failures;
    QTimer m_timer;
    OutboxAttempt::Timing m_attemptTiming;
    // Each pause 20 % either way, so that items that failed together do not all go out again together.
    static constexpr double kBackoffJitter = 0.2;
    Backoff m_backoff{1000, 60000, kBackoffJitter};
    bool m_started = false;
    bool m_force = false;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/offline/OutboxChecks.h"
#include "models/offline/OutboxItem.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace CaseDesk
{

class Outbox;
class OutboxTransport;

/*
 * One try at one outbox item, start to finish:
 *
 *   1. when an earlier try may have reached the server, ask it (OutboxChecks) and stop there if it did; if
 *      it did not (yet), keep asking for a while ("checking with the server": writes can appear late), and
 *      only once the arrival window has passed since that try go on;
 *   2. upload the item's files that have no id yet (or whose ids may have expired);
 *   3. before the first try of a write, note what the server holds already (ArrivalBaseline: the cases with
 *      the same reference, the notes with the same text, and the server's clock), so that step 1 can never
 *      take an older write for this one;
 *   4. store the item as Sending with "may have been sent", the baseline and the attempt's time, and only once
 *      that is committed hand the request to the network (so a kill at any moment leaves a mark that forces
 *      step 1);
 *   5. say what became of it: delivered, checking (ask again soon), retry later, refused (400/409) or failed
 *      (needs the user).
 *
 * It records only step 4; the sender stores the outcome. Owned by OutboxSender, one at a time.
 */
class OutboxAttempt : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kReuploadAfterMs = 30LL * 24 * 3600 * 1000; // ids expire after 40 days
    static constexpr qint64 kLegacyClockSkewMs = 10 * 60 * 1000;

    struct Result
    {
        enum class Kind
        {
            Delivered,
            Checking, // it may still appear: ask the server again in `retryAfterMs`, do not send
            Retry,    // a transient failure: wait and try again
            Refused,  // the server refused the request itself (400, 409, 413): back to the user as a draft
            Failed,   // needs the user: credentials, permissions, a missing file, an unknown case
        };
        Kind kind = Kind::Retry;
        OutboxItem item; // with maybeSent, ids of uploads and attempts as they now stand
        ApiError error;
        QString reason; // translated
        int retryAfterMs = 0;
        std::optional<CreateCaseResponse> created;
        std::optional<CaseUpdateResponse> updated;
    };
    using Done = std::function<void(const Result&)>;

    struct Timing
    {
        qint64 arrivalWindowMs = 120000; // how long after a try a lost write is still looked for
        int checkIntervalMs = 10000;     // how often the server is asked meanwhile
    };

    // `claimedIds`: the results of the outbox's other items (cases and notes made on purpose), never this one's.
    OutboxAttempt(const OutboxItem& item, Outbox* outbox, OutboxTransport* transport, Done done,
                  QObject* parent = nullptr);

    void setTiming(const Timing& timing) { m_timing = timing; }
    void setClaimedIds(const QStringList& ids) { m_claimed = ids; }
    void start();
    const OutboxItem& item() const { return m_item; }

private:
    enum class Stage
    {
        Check,
        Upload,
        Baseline,
        Write,
    };

    void verify();
    void searchReference(int page);
    void notFound();
    void uploadNext();
    void takeBaseline();
    void recordIntent();
    void transmit();
    void onWriteAnswer(const ApiError& error, std::optional<CreateCaseResponse> created,
                       std::optional<CaseUpdateResponse> updated);
    void delivered(const QString& resultId, const QString& resultType, std::optional<CreateCaseResponse> created,
                   std::optional<CaseUpdateResponse> updated);
    void failed(const ApiError& error, Stage stage);
    void finish(Result::Kind kind, const ApiError& error, const QString& reason, int retryAfterMs = 0);
    QList<DraftAttachment>* files();
    qint64 serverTimeOf(const std::optional<qint64>& dateHeaderMs) const;
    OutboxChecks::Evidence evidence() const;

    OutboxItem m_item;
    Outbox* m_outbox;
    OutboxTransport* m_transport;
    Done m_done;
    Timing m_timing;
    QStringList m_claimed;
    int m_upload = 0;
    bool m_finished = false;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseResponse.h"
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
 *   1. when an earlier try may have reached the server, ask it (OutboxChecks) and stop there if it did;
 *   2. upload the item's files that have no id yet (or whose ids may have expired);
 *   3. store the item as Sending with "may have been sent" and the first-attempt time, and only once that is
 *      committed hand the request to the network (so a kill at any moment leaves a mark that forces step 1);
 *   4. say what became of it: delivered, retry later, refused (400/409) or failed (needs the user).
 *
 * It records only step 3; the sender stores the outcome. Owned by OutboxSender, one at a time.
 */
class OutboxAttempt : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kReuploadAfterMs = 30LL * 24 * 3600 * 1000; // ids expire after 40 days

    struct Result
    {
        enum class Kind
        {
            Delivered,
            Retry,   // a transient failure: wait and try again
            Refused, // the server refused the request itself (400, 409, 413): back to the user as a draft
            Failed,  // needs the user: credentials, permissions, a missing file, an unknown case
        };
        Kind kind = Kind::Retry;
        OutboxItem item; // with maybeSent, ids of uploads and attempts as they now stand
        ApiError error;
        QString reason; // translated
        std::optional<CreateCaseResponse> created;
        std::optional<CaseUpdateResponse> updated;
    };
    using Done = std::function<void(const Result&)>;

    OutboxAttempt(const OutboxItem& item, Outbox* outbox, OutboxTransport* transport, Done done,
                  QObject* parent = nullptr);

    void start();
    const OutboxItem& item() const { return m_item; }

private:
    enum class Stage
    {
        Check,
        Upload,
        Write,
    };

    void verify();
    void searchReference(int page);
    void uploadNext();
    void recordIntent();
    void transmit();
    void onWriteAnswer(const ApiError& error, std::optional<CreateCaseResponse> created,
                       std::optional<CaseUpdateResponse> updated);
    void delivered(const QString& resultId, const QString& resultType, std::optional<CreateCaseResponse> created,
                   std::optional<CaseUpdateResponse> updated);
    void failed(const ApiError& error, Stage stage);
    void finish(Result::Kind kind, const ApiError& error, const QString& reason);
    QList<DraftAttachment>* files();

    OutboxItem m_item;
    Outbox* m_outbox;
    OutboxTransport* m_transport;
    Done m_done;
    int m_upload = 0;
    bool m_finished = false;
};

} // namespace CaseDesk

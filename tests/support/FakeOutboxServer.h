#pragma once

#include "models/offline/OutboxTransport.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace CaseDesk
{

/*
 * A small in-memory server behind the outbox's transport, for unit tests: it creates cases, keeps notes and
 * statuses, answers the order-history search by customer reference, and misbehaves on request:
 *
 *     server.reachable = false;                          // every call fails as if the network were gone
 *     server.writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};  // next write is done, answer lost
 *     server.holdWrites = true;                          // writes never answer (the app is killed meanwhile)
 *
 * Answers come later from the event loop, as ApiClient's do. `log` lists every call in order.
 */
class FakeOutboxServer : public OutboxTransport
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        DropAfterPerform,  // carried out, then the connection broke: "may have reached the server"
        DropBeforePerform, // the connection broke before the server did anything
        Refuse400,
        Conflict409,
        Forbidden403,
        ServerError,         // 500 without doing anything
        GatewayAfterPerform, // carried out, then 502 from a gateway
        RequestTimeout408,   // the server gave up reading it (here: nothing done)
        RateLimited429,      // refused for now, with Retry-After
    };

    struct CreatedCase
    {
        QString id;
        QString reference;
        qint64 createdMs = 0;
        CreateCaseRequest request;
    };

    bool reachable = true;
    bool holdWrites = false;
    qint64 clockOffsetMs = 0; // the server's clock against this computer's
    QSet<QString> notIndexed; // case ids the order-history search does not find yet
    int retryAfterMs = 50;    // what a 429 asks for
    QList<Fault> writeFaults;
    QList<CreatedCase> cases;
    QHash<QString, QList<CaseNote>> notes;
    QHash<QString, QString> statuses;
    QStringList log;
    int nextNumber = 20000001;

    using OutboxTransport::OutboxTransport;

    int countOf(const QString& prefix) const
    {
        return int(
            std::count_if(log.cbegin(), log.cend(), [&](const QString& entry) { return entry.startsWith(prefix); }));
    }
    int casesWithReference(const QString& reference) const
    {
        return int(std::count_if(cases.cbegin(), cases.cend(),
                                 [&](const CreatedCase& c) { return c.reference == reference; }));
    }

    void createCase(const CreateCaseRequest& request, QObject* context,
                    ApiCallback<CreateCaseResponse> callback) override
    {
        log << QStringLiteral("create:") + request.customerReferenceId.value_or(QString());
        write<CreateCaseResponse>(context, std::move(callback), [this, request] {
            CreatedCase created{QString::number(nextNumber++), request.customerReferenceId.value_or(QString()), now(),
                                request};
            cases.append(created);
            statuses.insert(created.id, QStringLiteral("SUBMITTED"));
            return CreateCaseResponse{created.id, QStringLiteral("CASE"), {}};
        });
    }

    void addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                 ApiCallback<CaseUpdateResponse> callback) override
    {
        log << QStringLiteral("note:") + caseNumber;
        write<CaseUpdateResponse>(context, std::move(callback), [this, caseNumber, request] {
            CaseNote note;
            note.id = QStringLiteral("N-%1").arg(notes.value(caseNumber).size() + 1);
            note.text = request.text;
            note.type = QStringLiteral("CUSTOMER_NOTES");
            note.createdDateTime = Timestamp(QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC));
            note.attachments = request.attachments;
            notes[caseNumber].append(note);
            CaseUpdateResponse response;
            response.result.caseNumber = caseNumber;
            response.result.caseNotesId = note.id;
            return response;
        });
    }

    void cancelCase(const QString& caseNumber, const CancelRequest&, QObject* context,
                    ApiCallback<CaseUpdateResponse> callback) override
    {
        log << QStringLiteral("cancel:") + caseNumber;
        write<CaseUpdateResponse>(context, std::move(callback), [this, caseNumber] {
            statuses.insert(caseNumber, QStringLiteral("CANCELLED"));
            CaseUpdateResponse response;
            response.result.caseNumber = caseNumber;
            return response;
        });
    }

    void getCase(const QString& caseNumber, QObject* context, ApiCallback<Case> callback) override
    {
        log << QStringLiteral("get:") + caseNumber;
        ApiResult<Case> result;
        if (!reachable) {
            result.error = ApiError::make(ApiError::Kind::Offline);
        } else if (!statuses.contains(caseNumber)) {
            result.error = ApiError::make(ApiError::Kind::NotFound);
            result.error.httpStatus = 404;
        } else {
            Case answer;
            answer.id = caseNumber;
            answer.status = statuses.value(caseNumber);
            answer.notes = notes.value(caseNumber);
            result.value = answer;
        }
        answerLater(context, std::move(callback), result);
    }

    void searchOrders(const OrderHistoryQuery& query, QObject* context, ApiCallback<OrderHistoryPage> callback) override
    {
        log << QStringLiteral("search:") + query.q.value_or(QString());
        ApiResult<OrderHistoryPage> result;
        if (!reachable) {
            result.error = ApiError::make(ApiError::Kind::Offline);
        } else {
            QList<OrderHeader> hits;
            for (const CreatedCase& created : std::as_const(cases)) {
                if (notIndexed.contains(created.id))
                    continue;
                if (!query.q || created.reference.contains(*query.q, Qt::CaseInsensitive)) {
                    OrderHeader hit;
                    hit.orderNumber = created.id;
                    hit.customerReferenceNumbers = QStringList{created.reference};
                    hit.createdAt = Timestamp(QDateTime::fromMSecsSinceEpoch(created.createdMs, Qt::UTC));
                    hits.append(hit);
                }
            }
            OrderHistoryPage page;
            page.content = hits;
            result.value = page;
        }
        answerLater(context, std::move(callback), result);
    }

    void upload(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback) override
    {
        log << QStringLiteral("upload:") + filePath.section(QLatin1Char('/'), -1);
        ApiResult<AttachmentInfo> result;
        if (!reachable) {
            result.error = ApiError::make(ApiError::Kind::Offline);
        } else {
            AttachmentInfo info;
            info.attachmentId = QStringLiteral("A-%1").arg(countOf(QStringLiteral("upload:")));
            info.attachmentName = filePath.section(QLatin1Char('/'), -1);
            result.value = info;
        }
        answerLater(context, std::move(callback), result);
    }

    qint64 serverNowMs() const override { return now(); }
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; }

private:
    template <typename T>
    static void answerLater(QObject* context, ApiCallback<T> callback, const ApiResult<T>& result)
    {
        QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
    }

    template <typename T>
    void write(QObject* context, ApiCallback<T> callback, std::function<T()> perform)
    {
        const Fault fault = writeFaults.isEmpty() ? Fault::None : writeFaults.takeFirst();
        if (holdWrites)
            return; // never answers: the test destroys the sender meanwhile, as a kill would
        ApiResult<T> result;
        // Errors as the real client classifies them (ApiError's table), so "may have been done" is right.
        auto refuse = [&](int status) {
            result.error = ApiError::forAnswer(status, ApiError::Delivery::Answered);
        };
        if (!reachable) {
            result.error = ApiError::make(ApiError::Kind::Offline);
        } else {
            switch (fault) {
            case Fault::None:
                result.value = perform();
                break;
            case Fault::DropAfterPerform:
                perform();
                result.error = ApiError::forAnswer(0, ApiError::Delivery::ResetAfterSending);
                break;
            case Fault::DropBeforePerform:
                result.error = ApiError::forAnswer(0, ApiError::Delivery::ResetBeforeSending);
                break;
            case Fault::Refuse400:
                refuse(400);
                result.error.fieldErrors = {FieldError{QStringLiteral("description"), QStringLiteral("Too short.")}};
                break;
            case Fault::Conflict409:
                refuse(409);
                break;
            case Fault::Forbidden403:
                refuse(403);
                break;
            case Fault::ServerError:
                refuse(500);
                break;
            case Fault::GatewayAfterPerform:
                perform();
                refuse(502);
                break;
            case Fault::RequestTimeout408:
                refuse(408);
                break;
            case Fault::RateLimited429:
                refuse(429);
                result.error.retryAfterMs = retryAfterMs;
                break;
            }
        }
        answerLater(context, std::move(callback), result);
    }
};

} // namespace CaseDesk

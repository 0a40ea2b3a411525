#pragma once

#include "models/store/CaseSource.h"
#include "tests/support/CaseAnswers.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace CaseDesk
{

/*
 * A CaseSource the test drives: requests wait in `pending` until the test answers them, or, with
 * autoAnswer on, are answered from `answers` after `latencyMs` (an id without an answer gets a 404).
 * It records how many requests ran at once, so tests can check the repository's concurrency bound. Order
 * history searches are answered with searchPages[page number], else searchPage, or searchError.
 */
class FakeCaseSource : public CaseSource
{
    Q_OBJECT

public:
    struct Request
    {
        QString id;
        QPointer<QObject> context;
        ApiCallback<Case> callback;
    };

    using CaseSource::CaseSource;

    void getCase(const QString& id, QObject* context, ApiCallback<Case> callback) override
    {
        requested.append(id);
        pending.append({id, context, std::move(callback)});
        maxConcurrent = qMax(maxConcurrent, int(pending.size()));
        if (autoAnswer)
            QTimer::singleShot(latencyMs, this, [this, id] { answerFromTable(id); });
    }

    void searchOrders(const OrderHistoryQuery& query, QObject* context, ApiCallback<OrderHistoryPage> callback) override
    {
        searches.append(query);
        const qint64 number = query.page && query.page->number ? *query.page->number : 0;
        QTimer::singleShot(0, context, [callback, page = searchPages.value(number, searchPage), error = searchError] {
            ApiResult<OrderHistoryPage> result;
            if (error.isError())
                result.error = error;
            else
                result.value = page;
            callback(result);
        });
    }

    // Answers the oldest pending request for `id` (through the event loop, as the real client does).
    void answer(const QString& id, const ApiResult<Case>& result)
    {
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending[i].id != id)
                continue;
            const Request request = pending.takeAt(i);
            if (request.context)
                QTimer::singleShot(0, request.context, [request, result] { request.callback(result); });
            return;
        }
        qFatal("no pending request for %s", qPrintable(id));
    }

    static ApiResult<Case> ok(const QJsonObject& object)
    {
        ApiResult<Case> result;
        result.raw = CaseAnswers::bytes(object);
        result.value = CaseAnswers::decoded(object);
        result.httpStatus = 200;
        return result;
    }

    static ApiResult<Case> failure(ApiError::Kind kind, const QByteArray& raw = {})
    {
        ApiResult<Case> result;
        result.error = ApiError::make(kind, QStringLiteral("fake failure"));
        result.raw = raw;
        return result;
    }

    void answerFromTable(const QString& id)
    {
        if (failAllWith != ApiError::Kind::None)
            return answer(id, failure(failAllWith));
        const auto it = answers.constFind(id);
        answer(id, it == answers.cend() ? failure(ApiError::Kind::NotFound) : ok(*it));
    }

    void answerAllPending()
    {
        const QList<Request> waiting = pending;
        for (const Request& request : waiting)
            answerFromTable(request.id);
    }

    QList<Request> pending;
    QStringList requested;
    int maxConcurrent = 0;
    bool autoAnswer = false;
    int latencyMs = 0;
    ApiError::Kind failAllWith = ApiError::Kind::None;
    QHash<QString, QJsonObject> answers;
    QList<OrderHistoryQuery> searches;
    OrderHistoryPage searchPage;
    QHash<qint64, OrderHistoryPage> searchPages; // by page number; searchPage for the others
    ApiError searchError;
};

} // namespace CaseDesk

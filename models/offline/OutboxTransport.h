#pragma once

#include "models/api/ApiResult.h"
#include "models/domain/AttachmentInfo.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/Case.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/NoteRequest.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"

#include <QObject>

namespace CaseDesk
{

class ApiClient;

/*
 * The calls the outbox makes: the three writes, the two reads that tell whether an earlier attempt arrived,
 * and uploads. ApiOutboxTransport is the real one over ApiClient; unit tests substitute their own to control
 * answers, timing and lost connections. Callbacks follow ApiClient's contract: later, from the event loop,
 * only while `context` exists.
 */
class OutboxTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void createCase(const CreateCaseRequest& request, QObject* context,
                            ApiCallback<CreateCaseResponse> callback) = 0;
    virtual void addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                         ApiCallback<CaseUpdateResponse> callback) = 0;
    virtual void cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context,
                            ApiCallback<CaseUpdateResponse> callback) = 0;
    virtual void getCase(const QString& caseNumber, QObject* context, ApiCallback<Case> callback) = 0;
    virtual void searchOrders(const OrderHistoryQuery& query, QObject* context,
                              ApiCallback<OrderHistoryPage> callback) = 0;
    virtual void upload(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback) = 0;
    // The server's clock now, as well as the transport knows it (this computer's by default).
    virtual qint64 serverNowMs() const;
};

// OutboxTransport over the app's ApiClient (not owned; it must outlive this object).
class ApiOutboxTransport : public OutboxTransport
{
    Q_OBJECT

public:
    explicit ApiOutboxTransport(ApiClient* client, QObject* parent = nullptr);

    void createCase(const CreateCaseRequest& request, QObject* context,
                    ApiCallback<CreateCaseResponse> callback) override;
    void addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                 ApiCallback<CaseUpdateResponse> callback) override;
    void cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context,
                    ApiCallback<CaseUpdateResponse> callback) override;
    void getCase(const QString& caseNumber, QObject* context, ApiCallback<Case> callback) override;
    void searchOrders(const OrderHistoryQuery& query, QObject* context,
                      ApiCallback<OrderHistoryPage> callback) override;
    void upload(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback) override;
    qint64 serverNowMs() const override;

private:
    ApiClient* m_client;
};

} // namespace CaseDesk

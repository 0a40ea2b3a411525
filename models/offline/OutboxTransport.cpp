#include "models/offline/OutboxTransport.h"

#include "models/api/ApiClient.h"

#include <QDateTime>

namespace CaseDesk
{

qint64 OutboxTransport::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ApiOutboxTransport::ApiOutboxTransport(ApiClient* client, QObject* parent)
    : OutboxTransport(parent)
    , m_client(client)
{}

void ApiOutboxTransport::createCase(const CreateCaseRequest& request, QObject* context,
                                    ApiCallback<CreateCaseResponse> callback)
{
    m_client->createCase(request, context, std::move(callback));
}

void ApiOutboxTransport::addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                                 ApiCallback<CaseUpdateResponse> callback)
{
    m_client->addNote(caseNumber, request, context, std::move(callback));
}

void ApiOutboxTransport::cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context,
                                    ApiCallback<CaseUpdateResponse> callback)
{
    m_client->cancelCase(caseNumber, request, context, std::move(callback));
}

void ApiOutboxTransport::getCase(const QString& caseNumber, QObject* context, ApiCallback<Case> callback)
{
    m_client->getCase(caseNumber, context, std::move(callback));
}

void ApiOutboxTransport::searchOrders(const OrderHistoryQuery& query, QObject* context,
                                      ApiCallback<OrderHistoryPage> callback)
{
    m_client->searchOrders(query, context, std::move(callback));
}

void ApiOutboxTransport::upload(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback)
{
    m_client->uploadAttachment(filePath, context, std::move(callback));
}

qint64 ApiOutboxTransport::serverNowMs() const
{
    return m_client->serverNowMs();
}

} // namespace CaseDesk

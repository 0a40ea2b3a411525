#include "models/store/ApiCaseSource.h"

#include "models/api/ApiClient.h"

namespace CaseDesk
{

ApiCaseSource::ApiCaseSource(ApiClient* client, QObject* parent)
    : CaseSource(parent)
    , m_client(client)
{
    connect(m_client, &ApiClient::serverReachabilityChanged, this, &CaseSource::reachabilityChanged);
}

void ApiCaseSource::getCase(const QString& caseOrOrderNumber, QObject* context, ApiCallback<Case> callback)
{
    m_client->getCase(caseOrOrderNumber, context, std::move(callback));
}

void ApiCaseSource::searchOrders(const OrderHistoryQuery& query, QObject* context,
                                 ApiCallback<OrderHistoryPage> callback)
{
    m_client->searchOrders(query, context, std::move(callback));
}

} // namespace CaseDesk

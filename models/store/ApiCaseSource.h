#pragma once

#include "models/store/CaseSource.h"

namespace CaseDesk
{

class ApiClient;

// CaseSource over the app's ApiClient (not owned; it must outlive this object).
class ApiCaseSource : public CaseSource
{
    Q_OBJECT

public:
    explicit ApiCaseSource(ApiClient* client, QObject* parent = nullptr);

    void getCase(const QString& caseOrOrderNumber, QObject* context, ApiCallback<Case> callback) override;
    void searchOrders(const OrderHistoryQuery& query, QObject* context,
                      ApiCallback<OrderHistoryPage> callback) override;

private:
    ApiClient* m_client;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiResult.h"
#include "models/domain/Case.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"

#include <QObject>

namespace CaseDesk
{

/*
 * Where CaseRepository gets cases from: the two reads it needs, and whether the server answers.
 * ApiCaseSource is the real one over ApiClient; tests substitute their own to control timing and failures.
 * Callbacks follow ApiClient's contract: called later from the event loop, only while `context` exists.
 */
class CaseSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void getCase(const QString& caseOrOrderNumber, QObject* context, ApiCallback<Case> callback) = 0;
    virtual void searchOrders(const OrderHistoryQuery& query, QObject* context,
                              ApiCallback<OrderHistoryPage> callback) = 0;

signals:
    void reachabilityChanged(bool reachable);
};

} // namespace CaseDesk

#pragma once

#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"

#include <QJsonObject>

namespace Sandbox
{

class CaseStore;
class SpecValidator;

/*
 * POST /v1/retrieve-orders over the sandbox's own cases of the last 12 months: filters, a partial
 * case-insensitive text search over the chosen sources, sorting and paging, answered in orderhistoryv1's
 * shapes (its own genericError for errors). With --search-lag, a case is found only once it is that old,
 * as when the provider's index catches up with new cases.
 */
class OrderHistoryService
{
public:
    // `searchLagMs`: a new case is found only this long after it was created (an index catching up).
    OrderHistoryService(CaseStore& cases, const SpecValidator& validator, qint64 searchLagMs = 0);

    ApiResponse search(const ApiRequest& request);

    static constexpr int kDefaultPageSize = 10;
    static constexpr int kMaxPageSize = 200;

private:
    QList<Violation> checkBeyondSchema(const QJsonObject& body) const;

    CaseStore& m_cases;
    const SpecValidator& m_validator;
    qint64 m_searchLagMs = 0;
};

} // namespace Sandbox

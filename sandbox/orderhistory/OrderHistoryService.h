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
 * shapes (its own genericError for errors).
 */
class OrderHistoryService
{
public:
    OrderHistoryService(CaseStore& cases, const SpecValidator& validator);

    ApiResponse search(const ApiRequest& request);

    static constexpr int kDefaultPageSize = 10;
    static constexpr int kMaxPageSize = 200;

private:
    QList<Violation> checkBeyondSchema(const QJsonObject& body) const;

    CaseStore& m_cases;
    const SpecValidator& m_validator;
};

} // namespace Sandbox

#include "sandbox/orderhistory/OrderHistoryService.h"

#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/store/CaseRecord.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/validation/SpecValidator.h"

#include <QDate>
#include <QJsonArray>

#include <limits>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

std::optional<QDate> usDate(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), u"MM/dd/yyyy"_s);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

qint64 rangeStart(const QString& range, const QDateTime& now)
{
    if (range == u"PAST_7_DAYS"_s)
        return now.addDays(-7).toMSecsSinceEpoch();
    if (range == u"PAST_14_DAYS"_s)
        return now.addDays(-14).toMSecsSinceEpoch();
    if (range == u"PAST_30_DAYS"_s)
        return now.addDays(-30).toMSecsSinceEpoch();
    if (range == u"PAST_3_MONTHS"_s)
        return now.addMonths(-3).toMSecsSinceEpoch();
    if (range == u"PAST_6_MONTHS"_s)
        return now.addMonths(-6).toMSecsSinceEpoch();
    return now.addYears(-1).toMSecsSinceEpoch();
}

QStringList caseStatusesFor(const QJsonArray& orderStatuses)
{
    QStringList statuses;
    for (const QJsonValue& value : orderStatuses) {
        const QString status = value.toString();
        if (status == CaseStatus::InProgress)
            statuses << CaseStatus::InProgress << CaseStatus::ActionRequired << CaseStatus::Resolved;
        else if (status == CaseStatus::Submitted || status == CaseStatus::Closed || status == CaseStatus::Cancelled)
            statuses << status;
    }
    return statuses;
}

QStringList columnsFor(const QJsonArray& sources)
{
    QStringList columns;
    const auto add = [&](const QString& source) {
        if (source == u"ORDER_NUMBER"_s)
            columns << u"order_number"_s << u"case_number"_s;
        else if (source == u"CUSTOMER_REFERENCE_NUMBER"_s)
            columns << u"customer_reference"_s;
        else if (source == u"TROUBLE_TICKET_NUMBER"_s)
            columns << u"case_number"_s;
        else if (source == u"CONTACT_LAST_NAME"_s)
            columns << u"contact_last_names"_s;
        else if (source == u"PO_NUMBER"_s)
            columns << u"purchase_orders"_s;
        // SR_NUMBER and WORK_ACTIVITY_NUMBER: the sandbox has none of those.
    };
    if (sources.isEmpty()) {
        for (const QString& source :
             {u"ORDER_NUMBER"_s, u"CUSTOMER_REFERENCE_NUMBER"_s, u"CONTACT_LAST_NAME"_s, u"PO_NUMBER"_s})
            add(source);
    }
    for (const QJsonValue& source : sources)
        add(source.toString());
    columns.removeDuplicates();
    return columns;
}

} // namespace

OrderHistoryService::OrderHistoryService(CaseStore& cases, const SpecValidator& validator, qint64 searchLagMs)
    : m_cases(cases)
    , m_validator(validator)
    , m_searchLagMs(searchLagMs)
{}

QList<Violation> OrderHistoryService::checkBeyondSchema(const QJsonObject& body) const
{
    QList<Violation> violations;
    const QJsonObject filters = body.value(u"filters"_s).toObject();
    for (const QString& key : {u"fromDate"_s, u"toDate"_s}) {
        if (filters.contains(key) && !usDate(filters.value(key)))
            violations.append({u"filters."_s + key, u"Must be a date written mm/dd/yyyy."_s});
    }
    const QJsonObject page = body.value(u"page"_s).toObject();
    if (page.value(u"number"_s).toInteger(0) < 0)
        violations.append({u"page.number"_s, u"Must be 0 or more."_s});
    if (page.contains(u"size"_s) && page.value(u"size"_s).toInteger(0) < 1)
        violations.append({u"page.size"_s, u"Must be at least 1."_s});
    return violations;
}

ApiResponse OrderHistoryService::search(const ApiRequest& request)
{
    ApiResponse error;
    const auto body = JsonBody::parse(request, ErrorStyle::OrderHistory, &error, true);
    if (!body)
        return error;
    QList<Violation> violations =
        m_validator.validate(SpecValidator::Api::OrderHistory, u"#/definitions/orderhistoryapirequest"_s, *body);
    if (violations.isEmpty())
        violations = checkBeyondSchema(*body);
    if (!violations.isEmpty())
        return ApiErrors::many(ErrorStyle::OrderHistory, 400, violations);

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(SandboxTime::nowMs(), Qt::UTC);
    const QJsonObject filters = body->value(u"filters"_s).toObject();
    CaseStore::Search search;
    search.sinceMs = now.addYears(-1).toMSecsSinceEpoch();
    if (filters.contains(u"dateRange"_s)) {
        search.sinceMs = qMax(search.sinceMs, rangeStart(filters.value(u"dateRange"_s).toString(), now));
    } else {
        if (const auto from = usDate(filters.value(u"fromDate"_s)))
            search.sinceMs = qMax(search.sinceMs, QDateTime(*from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        if (const auto to = usDate(filters.value(u"toDate"_s)))
            search.untilMs = QDateTime(to->addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
    }
    if (m_searchLagMs > 0) {
        const qint64 indexed = now.toMSecsSinceEpoch() - m_searchLagMs;
        search.untilMs = search.untilMs > 0 ? qMin(search.untilMs, indexed) : indexed;
    }
    for (const QJsonValue& ibx : filters.value(u"ibxs"_s).toArray())
        search.ibxs.append(ibx.toString().toUpper());
    const QJsonArray productTypes = filters.value(u"productTypes"_s).toArray();
    if (!productTypes.isEmpty()) {
        if (productTypes.contains(u"TROUBLE"_s))
            search.trouble = true;
        else
            search.matchNothing = true; // cases have no product type of this enum
    }
    const QJsonArray orderStatuses = filters.value(u"orderStatus"_s).toArray();
    search.statuses = caseStatusesFor(orderStatuses);
    if (!orderStatuses.isEmpty() && search.statuses.isEmpty())
        search.matchNothing = true;
    search.text = body->value(u"q"_s).toString().trimmed();
    if (!search.text.isEmpty()) {
        search.textColumns = columnsFor(body->value(u"source"_s).toArray());
        if (search.textColumns.isEmpty())
            search.matchNothing = true;
    }
    for (const QJsonValue& sort : body->value(u"sorts"_s).toArray()) {
        const QString name = sort[u"name"_s].toString();
        const QString column = name == u"ACCOUNT_NUMBER"_s     ? u"account_number"_s
                               : name == u"ORDERING_CONTACT"_s ? u"ordering_contact"_s
                                                               : u"created_ms"_s;
        const QString direction = sort[u"direction"_s].toString(column == u"created_ms"_s ? u"DESC"_s : u"ASC"_s);
        search.sorts.append({column, direction == u"DESC"_s});
    }
    if (search.sorts.isEmpty())
        search.sorts.append({u"created_ms"_s, true});
    const QJsonObject page = body->value(u"page"_s).toObject();
    const qint64 number = page.value(u"number"_s).toInteger(0);
    const qint64 size = page.value(u"size"_s).toInteger(kDefaultPageSize);
    if (qMulOverflow(number, size, &search.offset))
        search.offset = std::numeric_limits<qint64>::max();
    search.limit = size;

    const CaseStore::SearchResult found = m_cases.search(search);
    QJsonArray content;
    for (const QString& caseNumber : found.caseNumbers) {
        if (const auto record = m_cases.find(caseNumber))
            content.append(record->toOrderHeader(request.baseUrl));
    }
    const qint64 totalPages = (found.total + size - 1) / size;
    const QString href = request.baseUrl + u"/v1/retrieve-orders"_s;
    QJsonArray links{QJsonObject{{u"rel"_s, u"self"_s}, {u"href"_s, href}}};
    if (number > 0)
        links.append(QJsonObject{{u"rel"_s, u"prev"_s}, {u"href"_s, href}});
    if (number + 1 < totalPages)
        links.append(QJsonObject{{u"rel"_s, u"next"_s}, {u"href"_s, href}});
    const QJsonObject answer{
        {u"content"_s, content},
        {u"links"_s, links},
        {u"page"_s, QJsonObject{{u"size"_s, size},
                                {u"totalElements"_s, found.total},
                                {u"totalPages"_s, totalPages},
                                {u"number"_s, number}}},
    };
    return ApiResponse::json(200, QJsonDocument(answer));
}

} // namespace Sandbox

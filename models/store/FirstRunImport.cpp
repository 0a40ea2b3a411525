#include "models/store/FirstRunImport.h"

#include "models/domain/OrderHistoryQuery.h"
#include "models/store/CaseRepository.h"
#include "models/store/CaseSummary.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

FirstRunImport::FirstRunImport(CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
{}

void FirstRunImport::startIfEmpty()
{
    if (m_running)
        return;
    m_running = true;
    m_listed = 0;
    m_repository->loadSummaries(this, [this](const QList<CaseSummary>& summaries) {
        if (!summaries.isEmpty()) {
            m_running = false;
            emit finished(0);
            return;
        }
        importPage(0);
    });
}

void FirstRunImport::importPage(int page)
{
    OrderHistoryQuery query;
    OrderHistoryQuery::Filters filters;
    filters.dateRange = u"PAST_YEAR"_s;
    query.filters = filters;
    query.page = OrderHistoryQuery::Page{page, kPageSize};
    m_repository->search(query, this, [this, page](const CaseRepository::SearchOutcome& outcome) {
        if (!outcome.ok()) {
            m_running = false;
            emit failed(tr("The order history could not be read: %1").arg(outcome.error.userMessage()));
            return;
        }
        m_listed += int(outcome.keys.size());
        m_repository->refresh(outcome.keys);
        if (outcome.hasNextPage && page + 1 < kMaxPages)
            return importPage(page + 1);
        m_running = false;
        emit finished(m_listed);
    });
}

} // namespace CaseDesk

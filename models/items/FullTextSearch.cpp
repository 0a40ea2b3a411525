#include "models/items/FullTextSearch.h"

#include "models/items/CaseSortFilterModel.h"
#include "models/store/CaseRepository.h"
#include "models/store/FullTextQuery.h"

namespace CaseDesk
{

FullTextSearch::FullTextSearch(CaseSortFilterModel* proxy, CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_repository(repository)
{
    connect(proxy, &CaseSortFilterModel::filterChanged, this, &FullTextSearch::onFilterChanged);
    // Notes arrive in the background: ask again, once for a burst of changes.
    m_storeChanged.setSingleShot(true);
    m_storeChanged.setInterval(500);
    connect(&m_storeChanged, &QTimer::timeout, this, [this] {
        m_answered = {}; // the hits known may have changed
        if (!FullTextQuery::fromUserText(m_text).isEmpty())
            ask(m_text);
    });
    connect(repository, &CaseRepository::caseUpdated, &m_storeChanged, qOverload<>(&QTimer::start));
    connect(repository, &CaseRepository::casesAdded, &m_storeChanged, qOverload<>(&QTimer::start));
    connect(repository, &CaseRepository::opened, &m_storeChanged, qOverload<>(&QTimer::start)); // a restored filter
    onFilterChanged();
}

void FullTextSearch::onFilterChanged()
{
    if (!m_proxy || m_proxy->filter().text == m_text)
        return;
    m_text = m_proxy->filter().text;
    const QString match = FullTextQuery::fromUserText(m_text);
    if (match.isEmpty())
        return; // nothing to ask; the list dropped the previous hits with the previous text
    if (match == m_answered.match) {
        // The same question for the index ("carrier z" after "carrier": short words are the list's own
        // business): the hits already known answer it at once.
        m_proxy->setFullTextMatches(m_text, m_answered.hits);
        emit answered(m_text, int(m_answered.hits.size()));
        return;
    }
    ask(m_text);
}

void FullTextSearch::ask(const QString& text)
{
    if (!m_repository || !m_repository->isOpen())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_asking = text;
    ++m_asked;
    m_repository->searchText(text, this, [this](const QList<FullTextHit>& hits) {
        m_busy = false;
        m_answered = {FullTextQuery::fromUserText(m_asking), hits};
        if (m_proxy && m_asking == m_text) {
            m_proxy->setFullTextMatches(m_asking, hits);
            emit answered(m_asking, int(hits.size()));
        }
        if (m_again) {
            m_again = false;
            if (!FullTextQuery::fromUserText(m_text).isEmpty())
                ask(m_text);
        }
    });
}

} // namespace CaseDesk

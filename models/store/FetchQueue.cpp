#include "models/store/FetchQueue.h"

#include "models/store/CaseSource.h"

namespace CaseDesk
{

FetchQueue::FetchQueue(CaseSource* source, Handler handler, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_handler(std::move(handler))
{}

void FetchQueue::setMaxInFlight(int max)
{
    m_maxInFlight = qMax(1, max);
    pump();
}

bool FetchQueue::enqueue(const QString& id, bool urgent)
{
    if (id.isEmpty() || m_running.contains(id))
        return false;
    if (m_waitingSet.contains(id)) {
        if (urgent) {
            m_waiting.removeOne(id);
            m_waiting.prepend(id);
        }
        return false;
    }
    m_waitingSet.insert(id);
    if (urgent)
        m_waiting.prepend(id);
    else
        m_waiting.append(id);
    pump();
    return true;
}

void FetchQueue::pump()
{
    while (m_running.size() < m_maxInFlight && !m_waiting.isEmpty()) {
        const QString id = m_waiting.takeFirst();
        m_waitingSet.remove(id);
        m_running.insert(id);
        m_source->getCase(id, this, [this, id](const ApiResult<Case>& result) {
            m_running.remove(id);
            m_handler(id, result);
            pump();
            if (isIdle())
                emit idle();
        });
    }
}

} // namespace CaseDesk

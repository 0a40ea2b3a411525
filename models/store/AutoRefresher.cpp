#include "models/store/AutoRefresher.h"

#include "models/core/Backoff.h"
#include "models/store/CaseRepository.h"
#include "models/store/CaseSource.h"

#include <algorithm>

namespace CaseDesk
{

AutoRefresher::AutoRefresher(CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresher::startRound);
    connect(m_repository, &CaseRepository::refreshIdle, this, [this] {
        if (m_inRound)
            finishRound();
    });
    connect(m_repository, &CaseRepository::refreshFailed, this, &AutoRefresher::onRefreshFailed);
    connect(m_repository, &CaseRepository::caseFetched, this, [this] { m_successInRound = true; });
    if (CaseSource* source = m_repository->source())
        connect(source, &CaseSource::reachabilityChanged, this, &AutoRefresher::onReachabilityChanged);
}

void AutoRefresher::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    m_delay = delayAfter(m_failedRounds); // while backing off: the same number of doublings of the new interval
    if (m_active && !m_inRound)
        schedule();
}

void AutoRefresher::setMaximumBackoff(std::chrono::milliseconds cap)
{
    m_cap = cap;
}

std::chrono::milliseconds AutoRefresher::delayAfter(qint64 failedRounds) const
{
    // Round n + 1 waits the n-th doubling of the interval: the first pause after a failed round is twice it.
    // Never below the interval, never above the cap (unless the interval itself is longer).
    const Backoff backoff(m_interval.count(), m_cap.count());
    return std::chrono::milliseconds(backoff.baseDelayMs(failedRounds + 1));
}

void AutoRefresher::start()
{
    m_active = true;
    if (!m_inRound)
        schedule();
}

void AutoRefresher::stop()
{
    m_active = false;
    m_timer.stop();
}

void AutoRefresher::schedule()
{
    if (!m_active)
        return;
    m_timer.start(m_delay);
    emit scheduled(m_delay);
}

void AutoRefresher::startRound()
{
    m_inRound = true;
    m_unreachableInRound = false;
    m_successInRound = false;
    emit roundStarted();
    m_repository->refreshOpenCases(this, [this](int queued) {
        if (queued == 0 && m_inRound && !m_repository->isRefreshing())
            finishRound();
    });
}

void AutoRefresher::finishRound()
{
    m_inRound = false;
    if (m_unreachableInRound && !m_successInRound) {
        ++m_failedRounds;
        m_delay = delayAfter(m_failedRounds);
    } else if (m_successInRound) {
        m_failedRounds = 0;
        m_delay = m_interval;
    }
    schedule();
}

void AutoRefresher::onRefreshFailed(const QString&, const ApiError& error)
{
    if (error.kind == ApiError::Kind::Offline || error.kind == ApiError::Kind::Timeout)
        m_unreachableInRound = true;
}

void AutoRefresher::onReachabilityChanged(bool reachable)
{
    if (!reachable) {
        m_unreachableInRound = true;
        return;
    }
    // The server answers again: back to the normal pace, counted from now.
    m_failedRounds = 0;
    if (isBackingOff()) {
        m_delay = m_interval;
        if (!m_inRound)
            schedule();
    }
}

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace CaseDesk
{

class CaseRepository;

/*
 * Refreshes the open cases of a CaseRepository every interval(). While the server is unreachable (the
 * source says so, or a round ends with offline/timeout failures and no success) the delay doubles up to
 * maximumBackoff(); the first answer from the server brings back the normal interval.
 *
 *     auto* refresher = new AutoRefresher(repository, this);
 *     refresher->setInterval(std::chrono::seconds(preferences.refreshSeconds()));
 *     refresher->start();
 *
 * A new round starts only after the previous one has finished, so a slow server is never asked twice.
 */
class AutoRefresher : public QObject
{
    Q_OBJECT

public:
    explicit AutoRefresher(CaseRepository* repository, QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setMaximumBackoff(std::chrono::milliseconds cap);
    std::chrono::milliseconds maximumBackoff() const { return m_cap; }

    void start();
    void stop();
    bool isActive() const { return m_active; }
    // The wait before the next round: interval() normally, longer while backing off.
    std::chrono::milliseconds currentDelay() const { return m_delay; }
    bool isBackingOff() const { return m_delay > m_interval; }

signals:
    // A round was scheduled `delay` from now.
    void scheduled(std::chrono::milliseconds delay);
    void roundStarted();

private:
    void startRound();
    void finishRound();
    void onReachabilityChanged(bool reachable);
    void onRefreshFailed(const QString& id, const ApiError& error);
    void schedule();
    std::chrono::milliseconds delayAfter(qint64 failedRounds) const;

    CaseRepository* m_repository;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{std::chrono::minutes(5)};
    std::chrono::milliseconds m_cap{std::chrono::minutes(10)};
    std::chrono::milliseconds m_delay{std::chrono::minutes(5)};
    qint64 m_failedRounds = 0; // in a row, ended unreachable
    bool m_active = false;
    bool m_inRound = false;
    bool m_unreachableInRound = false;
    bool m_successInRound = false;
};

} // namespace CaseDesk

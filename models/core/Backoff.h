#pragma once

#include <QtGlobal>

#include <functional>

namespace CaseDesk
{

/*
 * How long to wait after the n-th failure in a row: the first delay, doubled with each further failure up to
 * a cap, spread by a jitter fraction so that many clients that failed together do not come back together.
 * ApiRequest (read retries), OutboxSender (items waiting to go out), ConnectivityMonitor (probes while offline)
 * and AutoRefresher (rounds while the server is unreachable) all wait through one of these.
 *
 *     Backoff backoff(1000, 60000, 0.2);      // 1 s doubling to a minute, each pause 20 % either way
 *     timer.start(int(backoff.delayMs(failures)));
 *
 * Any input is safe: a first delay below zero counts as zero, a cap below the first delay as the first delay,
 * a jitter outside 0…1 is brought into it, and no count of failures overflows (the cap is reached instead).
 * The jitter's random numbers come from QRandomGenerator unless a test passes its own source.
 * (The example is compiled and run in tests/unit/tst_headerexamples.cpp.)
 */
class Backoff
{
public:
    // A number in [0, 1); what it returns outside that range is clamped into it.
    using RandomSource = std::function<double()>;

    Backoff() = default;
    Backoff(qint64 firstMs, qint64 maxMs, double jitter = 0.0, RandomSource random = {});

    qint64 firstMs() const { return m_firstMs; }
    qint64 maxMs() const { return m_maxMs; }
    double jitter() const { return m_jitter; }

    // The pause after the n-th failure in a row, without jitter: firstMs·2^(n−1), at most maxMs. Zero for n < 1
    // (no failure, no wait).
    qint64 baseDelayMs(qint64 failures) const;
    // baseDelayMs(n) spread evenly over ±jitter of itself, never above maxMs and never below zero.
    qint64 delayMs(qint64 failures) const;

private:
    double random() const;

    qint64 m_firstMs = 1000;
    qint64 m_maxMs = 60000;
    double m_jitter = 0.0;
    RandomSource m_random;
};

} // namespace CaseDesk

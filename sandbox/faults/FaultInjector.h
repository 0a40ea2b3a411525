#pragma once

#include <QRandomGenerator>

namespace Sandbox
{

struct FaultOptions
{
    int latencyMs = 0;
    double errorRate = 0;
    double dropRate = 0;
    double truncateRate = 0;
    double expireRate = 0;
    quint32 seed = 1;
};

/*
 * Decides, request by request, which faults to inject. One QRandomGenerator seeded with --fault-seed is
 * drawn in request order, once per configured rate in the order expire, error, drop, truncate, so a run
 * with the same seed and the same requests injects the same faults.
 */
class FaultInjector
{
public:
    struct Plan
    {
        bool expire = false;   // treat the presented valid token as expired: revoke it, answer 401
        bool error = false;    // answer 500 without performing the action
        bool drop = false;     // perform the action, then close without answering
        bool truncate = false; // perform the action, send only the first half of the body
        int latencyMs = 0;     // hold the answer back this long
    };

    explicit FaultInjector(const FaultOptions& options);

    Plan draw();

private:
    bool hit(double rate);

    FaultOptions m_options;
    QRandomGenerator m_random;
};

} // namespace Sandbox

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

namespace Sandbox
{

struct FaultOptions
{
    int latencyMs = 0;
    double errorRate = 0;
    double dropRate = 0;
    double truncateRate = 0;
    double expireRate = 0;
    double afterErrorRate = 0;
    double malformedRate = 0;
    quint32 seed = 1;
    // Only requests matching one of these ("POST /support/v2/tickets": method and path prefix) get faults;
    // none: every request. Lets a test break one write and leave the reads that check on it alone.
    QList<QPair<QByteArray, QString>> targets;
    int limit = -1; // at most this many requests get a fault (-1: no limit)
    int skip = 0;   // the first this many targeted requests get none (a test's earlier, healthy writes)
};

/*
 * Decides, request by request, which faults to inject. One QRandomGenerator seeded with --fault-seed is
 * drawn in request order, once per configured rate in the order expire, error, drop, truncate, after-error
 * (and, when it hits, once more for 502 or 504), malformed, so a run with the same seed and the same
 * requests injects the same faults.
 */
class FaultInjector
{
public:
    struct Plan
    {
        bool expire = false;      // treat the presented valid token as expired: revoke it, answer 401
        bool error = false;       // answer 500 without performing the action
        bool drop = false;        // perform the action, then close without answering
        bool truncate = false;    // perform the action, send only the first half of the body
        int afterErrorStatus = 0; // perform the action, then answer this (502 or 504) as a gateway would
        bool malformed = false;   // perform the action, then answer 200 with a body that is not JSON
        int latencyMs = 0;        // hold the answer back this long
    };

    explicit FaultInjector(const FaultOptions& options);

    // The faults for one request. Requests that are not targeted, or come after the limit, get none and
    // draw nothing, so they do not change what later requests get.
    Plan draw(const QByteArray& method, const QString& path);

private:
    bool hit(double rate);
    bool targeted(const QByteArray& method, const QString& path) const;

    FaultOptions m_options;
    QRandomGenerator m_random;
    int m_injected = 0;
    int m_skipped = 0;
};

} // namespace Sandbox

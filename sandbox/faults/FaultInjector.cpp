#include "sandbox/faults/FaultInjector.h"

#include <algorithm>

namespace Sandbox
{

FaultInjector::FaultInjector(const FaultOptions& options)
    : m_options(options)
    , m_random(options.seed)
{}

bool FaultInjector::hit(double rate)
{
    if (rate <= 0)
        return false;
    return m_random.generateDouble() < rate;
}

bool FaultInjector::targeted(const QByteArray& method, const QString& path) const
{
    if (m_options.targets.isEmpty())
        return true;
    return std::any_of(m_options.targets.cbegin(), m_options.targets.cend(),
                       [&](const auto& target) { return target.first == method && path.startsWith(target.second); });
}

FaultInjector::Plan FaultInjector::draw(const QByteArray& method, const QString& path)
{
    Plan plan;
    const bool skipped = targeted(method, path) && m_skipped < m_options.skip;
    if (skipped)
        ++m_skipped;
    if (skipped || !targeted(method, path) || (m_options.limit >= 0 && m_injected >= m_options.limit)) {
        plan.latencyMs = m_options.targets.isEmpty() ? m_options.latencyMs : 0;
        return plan;
    }
    plan.expire = hit(m_options.expireRate);
    plan.error = hit(m_options.errorRate);
    plan.drop = hit(m_options.dropRate);
    plan.truncate = hit(m_options.truncateRate);
    if (hit(m_options.afterErrorRate))
        plan.afterErrorStatus = m_random.bounded(2) == 0 ? 502 : 504;
    plan.malformed = hit(m_options.malformedRate);
    plan.latencyMs = m_options.latencyMs;
    if (plan.expire || plan.error || plan.drop || plan.truncate || plan.afterErrorStatus > 0 || plan.malformed
        || plan.latencyMs > 0)
        ++m_injected;
    return plan;
}

} // namespace Sandbox

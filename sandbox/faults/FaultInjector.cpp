#include "sandbox/faults/FaultInjector.h"

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

FaultInjector::Plan FaultInjector::draw()
{
    Plan plan;
    plan.expire = hit(m_options.expireRate);
    plan.error = hit(m_options.errorRate);
    plan.drop = hit(m_options.dropRate);
    plan.truncate = hit(m_options.truncateRate);
    plan.latencyMs = m_options.latencyMs;
    return plan;
}

} // namespace Sandbox

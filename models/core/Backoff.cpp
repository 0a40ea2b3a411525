#include "models/core/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace CaseDesk
{

Backoff::Backoff(qint64 firstMs, qint64 maxMs, double jitter, RandomSource random)
    : m_firstMs(std::max<qint64>(0, firstMs))
    , m_maxMs(std::max(m_firstMs, maxMs))
    , m_jitter(std::isnan(jitter) ? 0.0 : std::clamp(jitter, 0.0, 1.0))
    , m_random(std::move(random))
{}

qint64 Backoff::baseDelayMs(qint64 failures) const
{
    if (failures < 1 || m_firstMs == 0)
        return 0;
    const qint64 doublings = failures - 1;
    // firstMs << doublings, without ever shifting past the cap: more doublings than that only reach the cap.
    if (doublings >= 63 || m_firstMs > (m_maxMs >> doublings))
        return m_maxMs;
    return std::min(m_firstMs << doublings, m_maxMs);
}

qint64 Backoff::delayMs(qint64 failures) const
{
    const qint64 base = baseDelayMs(failures);
    if (base == 0 || m_jitter == 0.0)
        return base;
    const double factor = 1.0 + m_jitter * (2.0 * random() - 1.0); // 1 ± jitter
    const double spread = double(base) * factor;
    if (spread >= double(m_maxMs))
        return m_maxMs;
    return std::max<qint64>(0, std::llround(spread));
}

double Backoff::random() const
{
    const double value = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::isnan(value) ? 0.0 : std::clamp(value, 0.0, 1.0);
}

} // namespace CaseDesk

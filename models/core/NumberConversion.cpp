#include "models/core/NumberConversion.h"

#include <cmath>
#include <limits>

namespace CaseDesk
{

namespace
{
// 2^63, exactly representable as a double, unlike qint64's maximum (2^63 - 1), which rounds up to it.
constexpr double kTwoTo63 = 9223372036854775808.0;

bool fitsInt64(double value)
{
    return value >= -kTwoTo63 && value < kTwoTo63; // false for NaN
}
} // namespace

std::optional<qint64> NumberConversion::exactInteger(double value)
{
    if (!fitsInt64(value) || std::trunc(value) != value)
        return std::nullopt;
    return qint64(value);
}

qint64 NumberConversion::clampedInt64(double value, qint64 fallback, qint64 min, qint64 max)
{
    if (std::isnan(value))
        return qBound(min, fallback, max);
    qint64 integer = 0;
    if (value >= kTwoTo63)
        integer = std::numeric_limits<qint64>::max();
    else if (value < -kTwoTo63)
        integer = std::numeric_limits<qint64>::min();
    else
        integer = qint64(value);
    return qBound(min, integer, max);
}

int NumberConversion::clampedInt(double value, int fallback, int min, int max)
{
    return int(clampedInt64(value, fallback, min, max));
}

} // namespace CaseDesk

#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

namespace CaseDesk
{

/*
 * Turns a double from outside (a JSON or YAML number, a schema bound, a number in a message) into an integer
 * without undefined behaviour: a plain cast of NaN, an infinity or a value beyond the integer's range is UB in
 * C++, and a hostile server can send 1e300 anywhere a number goes.
 *
 *     if (const auto n = NumberConversion::exactInteger(json.toDouble())) use(*n); else refuse();
 *     spin->setValue(NumberConversion::clampedInt(json.toDouble(), spin->minimum(), spin->minimum(), spin->maximum()));
 *
 * (compiled and run, with a plain value for the spin box, in tests/unit/tst_headerexamples.cpp)
 */
class NumberConversion
{
public:
    // The integer `value` holds exactly; nullopt for a fraction, NaN, an infinity or anything beyond qint64.
    static std::optional<qint64> exactInteger(double value);
    // `value` without its fraction, brought into [min, max]; NaN gives `fallback`.
    static qint64 clampedInt64(double value, qint64 fallback = 0, qint64 min = std::numeric_limits<qint64>::min(),
                               qint64 max = std::numeric_limits<qint64>::max());
    static int clampedInt(double value, int fallback = 0, int min = std::numeric_limits<int>::min(),
                          int max = std::numeric_limits<int>::max());
};

} // namespace CaseDesk

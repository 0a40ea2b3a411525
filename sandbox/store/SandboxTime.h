#pragma once

#include <QDateTime>
#include <QString>

namespace Sandbox
{

// Time in the sandbox is milliseconds since the epoch (UTC); the API writes it as YYYY-MM-DDTHH:mm:ss.sssZ.
namespace SandboxTime
{

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QString toIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace SandboxTime

} // namespace Sandbox

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Sandbox
{

// Time in the sandbox is milliseconds since the epoch (UTC); the API writes it as YYYY-MM-DDTHH:mm:ss.sssZ.
namespace SandboxTime
{

// How far the sandbox's clock is from this computer's (--clock-offset): clients must compare the server's
// times with the server's clock (its Date header), never with their own.
inline qint64& offsetMs()
{
    static qint64 offset = 0;
    return offset;
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + offsetMs();
}

// The Date header's form (RFC 9110 IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
inline QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
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

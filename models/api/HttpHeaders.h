#pragma once

#include <QByteArray>

#include <optional>

namespace CaseDesk::HttpHeaders
{

// An HTTP-date (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") as ms since the epoch; nothing for
// anything else. The client reads the server's clock from the Date header of its answers.
std::optional<qint64> parseDate(const QByteArray& value);

// Retry-After (seconds, or an HTTP-date) as a wait in ms from `nowMs`: 0 when absent, unreadable or past,
// at most 15 minutes, so a server cannot park a write for ever.
int retryAfterMs(const QByteArray& value, qint64 nowMs);

} // namespace CaseDesk::HttpHeaders

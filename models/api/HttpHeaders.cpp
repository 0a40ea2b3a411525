#include "models/api/HttpHeaders.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace CaseDesk::HttpHeaders
{

using namespace Qt::StringLiterals;

std::optional<qint64> parseDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.size() != 29) // "Sun, 06 Nov 1994 08:49:37 GMT"
        return std::nullopt;
    QDateTime date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return date.toMSecsSinceEpoch();
}

int retryAfterMs(const QByteArray& value, qint64 nowMs)
{
    constexpr qint64 kMaxMs = 15 * 60 * 1000;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    qint64 ms = 0;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        ms = seconds > 0 ? qMin<qint64>(seconds, kMaxMs / 1000) * 1000 : 0;
    else if (const auto date = parseDate(trimmed))
        ms = *date - nowMs;
    return int(qBound<qint64>(0, ms, kMaxMs));
}

} // namespace CaseDesk::HttpHeaders

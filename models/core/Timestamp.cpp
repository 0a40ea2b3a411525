#include "models/core/Timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace CaseDesk
{

Timestamp::Timestamp(const QDateTime& dateTime)
    : m_text(dateTime.toUTC().toString(Qt::ISODateWithMs))
    , m_dateTime(dateTime.toUTC())
{}

Timestamp Timestamp::fromString(const QString& text)
{
    // RFC 3339 date-time: the zone is mandatory, fractions optional. Qt alone also accepts zone-less text
    // (as local time), which would silently shift a UTC value, so check the shape first.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    Timestamp result;
    if (!shape.match(text).hasMatch())
        return result;
    QDateTime parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return result;
    result.m_text = text;
    result.m_dateTime = parsed.toUTC();
    return result;
}

} // namespace CaseDesk

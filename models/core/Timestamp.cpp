#include "models/core/Timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace CaseDesk
{

namespace
{
// The form the API sends nearly every time, "2023-09-13T04:57:27.430Z" or "2023-10-26T18:00:00Z", read
// without a regular expression or Qt's general ISO parser (most of the cost of decoding a case's dates). Any
// other text, or a value this does not vouch for (hour 24, second 60, no such day), is left to the general
// path below, which decides as it always did.
std::optional<QDateTime> parseCommonUtcForm(QStringView text)
{
    const qsizetype size = text.size();
    if (size != 20 && size != 24)
        return std::nullopt;
    const auto digits = [&](qsizetype from, qsizetype count, int* out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    const auto is = [&](qsizetype at, char16_t a, char16_t b = 0) {
        return text[at].unicode() == a || (b && text[at].unicode() == b);
    };
    int year, month, day, hour, minute, second, msec = 0;
    if (!digits(0, 4, &year) || !is(4, u'-') || !digits(5, 2, &month) || !is(7, u'-') || !digits(8, 2, &day)
        || !is(10, u'T', u't') || !digits(11, 2, &hour) || !is(13, u':') || !digits(14, 2, &minute) || !is(16, u':')
        || !digits(17, 2, &second) || !is(size - 1, u'Z', u'z'))
        return std::nullopt;
    if (size == 24 && (!is(19, u'.') || !digits(20, 3, &msec)))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC);
}
} // namespace

Timestamp::Timestamp(const QDateTime& dateTime)
    : m_text(dateTime.toUTC().toString(Qt::ISODateWithMs))
    , m_dateTime(dateTime.toUTC())
{}

Timestamp Timestamp::fromString(const QString& text)
{
    if (const std::optional<QDateTime> common = parseCommonUtcForm(text)) {
        Timestamp result;
        result.m_text = text;
        result.m_dateTime = *common;
        return result;
    }
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

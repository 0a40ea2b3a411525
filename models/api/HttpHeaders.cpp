#include "models/api/HttpHeaders.h"

#include <QByteArrayView>
#include <QDate>
#include <QTime>

#include <array>

namespace CaseDesk::HttpHeaders
{

using namespace Qt::StringLiterals;

namespace
{
// The index of `name` (three letters, any case) in `names`, or -1.
template <size_t N>
int indexOfName(QByteArrayView name, const std::array<const char*, N>& names)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(QByteArrayView(names[i], 3), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

// The number in `digits` (only ASCII digits), or -1.
int number(QByteArrayView digits)
{
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

std::optional<qint64> parseDate(const QByteArray& value)
{
    // By hand rather than through QLocale::toDateTime: that went through the local time zone for every
    // answer (3 % of a GET's time in bench_apiclient). The same strict form as before: the weekday must be
    // the date's, names in any case.
    static constexpr std::array<const char*, 7> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QByteArrayView text = QByteArrayView(value).trimmed();
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    //  0    5  8   12   17 20 23 26
    if (text.size() != 29 || text.sliced(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' || text[16] != ' '
        || text[19] != ':' || text[22] != ':' || text.sliced(25) != " GMT")
        return std::nullopt;
    const int weekday = indexOfName(text.sliced(0, 3), days) + 1;
    const int month = indexOfName(text.sliced(8, 3), months) + 1;
    const int day = number(text.sliced(5, 2));
    const int year = number(text.sliced(12, 4));
    const int hour = number(text.sliced(17, 2));
    const int minute = number(text.sliced(20, 2));
    const int second = number(text.sliced(23, 2));
    const QDate date(year, month, day); // invalid for a bad month (0), day or year
    if (!date.isValid() || date.dayOfWeek() != weekday || !QTime::isValid(hour, minute, second, 0))
        return std::nullopt;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    return ((date.toJulianDay() - kUnixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + second) * 1000;
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

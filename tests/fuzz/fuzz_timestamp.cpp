// A date-time from an answer (createdDateTime, createdAt, statusHistory[].createdDate…), shown in every mode.
#include "models/core/Timestamp.h"
#include "models/presentation/TimeDisplay.h"
#include "tests/fuzz/FuzzTargets.h"

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

int timestamp(const uint8_t* data, size_t size)
{
    const Timestamp parsed = Timestamp::fromString(QString::fromUtf8(bytesOf(data, size)));
    if (!parsed.isValid())
        return 0;
    const Timestamp again = Timestamp::fromString(parsed.toString());
    require(again.isValid() && again.dateTime() == parsed.dateTime(), "a timestamp reads the same twice");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    for (const TimeDisplay::Mode mode : {TimeDisplay::Mode::Utc, TimeDisplay::Mode::Site}) {
        const TimeDisplay display(mode, QLocale::c());
        display.format(parsed.dateTime(), u"AM5"_s);
        display.formatShort(parsed.dateTime(), u"SV1"_s);
        display.formatAge(parsed.dateTime(), now);
        display.formatDuration(parsed.dateTime().msecsTo(now));
    }
    Timestamp(parsed.dateTime()).toString();
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(timestamp)

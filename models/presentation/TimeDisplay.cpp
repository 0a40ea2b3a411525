#include "models/presentation/TimeDisplay.h"

#include <QHash>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Metro prefixes of the provider's data centres and their zones. Unknown metros fall back to the user's zone.
const QHash<QString, QByteArray>& metroZones()
{
    static const QHash<QString, QByteArray> zones{
        {u"AM"_s, "Europe/Amsterdam"},    {u"AT"_s, "America/New_York"},    {u"BO"_s, "America/New_York"},
        {u"CH"_s, "America/Chicago"},     {u"DA"_s, "America/Chicago"},     {u"DC"_s, "America/New_York"},
        {u"DE"_s, "America/Denver"},      {u"DB"_s, "Europe/Dublin"},       {u"DX"_s, "Asia/Dubai"},
        {u"FR"_s, "Europe/Berlin"},       {u"HE"_s, "Europe/Helsinki"},     {u"HK"_s, "Asia/Hong_Kong"},
        {u"LA"_s, "America/Los_Angeles"}, {u"LD"_s, "Europe/London"},       {u"MA"_s, "Europe/London"},
        {u"MD"_s, "Europe/Madrid"},       {u"ME"_s, "Australia/Melbourne"}, {u"MI"_s, "America/New_York"},
        {u"ML"_s, "Europe/Rome"},         {u"MU"_s, "Europe/Berlin"},       {u"NY"_s, "America/New_York"},
        {u"OS"_s, "Asia/Tokyo"},          {u"PA"_s, "Europe/Paris"},        {u"SE"_s, "America/Los_Angeles"},
        {u"SG"_s, "Asia/Singapore"},      {u"SK"_s, "Europe/Stockholm"},    {u"SL"_s, "Asia/Seoul"},
        {u"SP"_s, "America/Sao_Paulo"},   {u"SV"_s, "America/Los_Angeles"}, {u"SY"_s, "Australia/Sydney"},
        {u"TR"_s, "America/Toronto"},     {u"TY"_s, "Asia/Tokyo"},          {u"WA"_s, "Europe/Warsaw"},
        {u"ZH"_s, "Europe/Zurich"},
    };
    return zones;
}
} // namespace

TimeDisplay::TimeDisplay(Mode mode, const QLocale& locale)
    : m_mode(mode)
    , m_locale(locale)
{}

QTimeZone TimeDisplay::zoneForIbx(const QString& ibx)
{
    const QByteArray zone = metroZones().value(ibx.left(2).toUpper());
    return zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
}

QString TimeDisplay::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Utc:
        return u"utc"_s;
    case Mode::Site:
        return u"site"_s;
    case Mode::Local:
        break;
    }
    return u"local"_s;
}

TimeDisplay::Mode TimeDisplay::modeFromKey(const QString& key)
{
    if (key == u"utc")
        return Mode::Utc;
    if (key == u"site")
        return Mode::Site;
    return Mode::Local;
}

QDateTime TimeDisplay::convert(const QDateTime& when, const QString& ibx, QString* zoneName) const
{
    switch (m_mode) {
    case Mode::Utc:
        *zoneName = u"UTC"_s;
        return when.toUTC();
    case Mode::Site: {
        const QTimeZone zone = zoneForIbx(ibx);
        if (zone.isValid()) {
            *zoneName = ibx.left(3).toUpper();
            return when.toTimeZone(zone);
        }
        break;
    }
    case Mode::Local:
        break;
    }
    zoneName->clear();
    return when.toLocalTime();
}

QString TimeDisplay::format(const QDateTime& when, const QString& ibx) const
{
    if (!when.isValid())
        return {};
    QString zone;
    const QDateTime shown = convert(when, ibx, &zone);
    const QString text = m_locale.toString(shown, QLocale::ShortFormat);
    return zone.isEmpty() ? text : tr("%1 (%2)", "date and time, then the zone it is shown in").arg(text, zone);
}

QString TimeDisplay::zoneName(const QString& ibx) const
{
    switch (m_mode) {
    case Mode::Utc:
        return tr("UTC");
    case Mode::Site:
        if (const QTimeZone zone = zoneForIbx(ibx); zone.isValid())
            return tr("%1 (%2)", "site zone: IBX, then its IANA zone")
                .arg(ibx.left(3).toUpper(), QString::fromUtf8(zone.id()));
        break;
    case Mode::Local:
        break;
    }
    return tr("%1 (this computer's time zone)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString TimeDisplay::formatShort(const QDateTime& when, const QString& ibx) const
{
    if (!when.isValid())
        return {};
    QString zone;
    return m_locale.toString(convert(when, ibx, &zone), QLocale::ShortFormat);
}

QString TimeDisplay::formatDuration(qint64 msecs) const
{
    const qint64 seconds = qMax<qint64>(0, msecs / 1000);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h", "duration: days and hours").arg(m_locale.toString(days), m_locale.toString(hours));
    if (hours > 0)
        return tr("%1 h %2 min", "duration: hours and minutes")
            .arg(m_locale.toString(hours), m_locale.toString(minutes));
    if (minutes > 0)
        return tr("%1 min", "duration: minutes").arg(m_locale.toString(minutes));
    return tr("%1 s", "duration: seconds").arg(m_locale.toString(seconds));
}

QString TimeDisplay::formatAge(const QDateTime& when, const QDateTime& now) const
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace CaseDesk

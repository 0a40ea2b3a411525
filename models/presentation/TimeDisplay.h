#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace CaseDesk
{

/*
 * How CaseDesk shows times: in the user's local zone, in UTC, or in the site's own zone (the IBX the case
 * is about), as the Preferences choose. Dates and numbers go through QLocale.
 *
 *     TimeDisplay display(TimeDisplay::Mode::Site);
 *     label->setText(display.format(updatedUtc, u"AM5"_s)); // "28/11/2026 14:05 (Amsterdam)"
 */
class TimeDisplay
{
    Q_DECLARE_TR_FUNCTIONS(TimeDisplay)

public:
    enum class Mode
    {
        Local,
        Utc,
        Site,
    };

    explicit TimeDisplay(Mode mode = Mode::Local, const QLocale& locale = QLocale());

    Mode mode() const { return m_mode; }
    // A date and time in the chosen zone, with the zone named when it is not the user's own.
    QString format(const QDateTime& when, const QString& ibx = {}) const;
    // Short form for tables: the date and time only.
    QString formatShort(const QDateTime& when, const QString& ibx = {}) const;
    // The zone format() shows times in, named for a reader who cannot ask (a printed case): "UTC",
    // "AM5 (Europe/Amsterdam)", "Europe/Berlin (this computer's time zone)".
    QString zoneName(const QString& ibx = {}) const;
    // A span of time, e.g. "2 d 4 h", "3 h 12 min", "45 s".
    QString formatDuration(qint64 msecs) const;
    // "5 minutes ago", for "fetched at" lines.
    QString formatAge(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // The IANA zone of an IBX from its metro prefix (AM5 → Europe/Amsterdam); invalid when unknown.
    static QTimeZone zoneForIbx(const QString& ibx);
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString& key);

private:
    QDateTime convert(const QDateTime& when, const QString& ibx, QString* zoneName) const;

    Mode m_mode;
    QLocale m_locale;
};

} // namespace CaseDesk

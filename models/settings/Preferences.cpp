#include "models/settings/Preferences.h"

#include "models/settings/SettingsKeys.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString modeKey(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::Manual:
        return u"manual"_s;
    case ProxySettings::Mode::System:
        break;
    }
    return u"system"_s;
}

bool isHostName(const QString& host)
{
    static const QRegularExpression name(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\\[[0-9A-Fa-f:.]+\\]$"_s);
    return !host.isEmpty() && host.size() <= 253 && name.match(host).hasMatch();
}
} // namespace

Preferences::Preferences(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

template <typename T>
void Preferences::store(const Setting<T>& setting, const T& value, Item item)
{
    setting.write(*m_settings, value);
    emit changed(item);
}

std::chrono::seconds Preferences::refreshInterval() const
{
    return std::chrono::seconds(Settings::refreshSeconds.read(*m_settings));
}

std::chrono::seconds Preferences::arrivalWindow() const
{
    return std::chrono::seconds(Settings::arrivalCheckSeconds.read(*m_settings));
}

void Preferences::setArrivalWindow(std::chrono::seconds window)
{
    store(Settings::arrivalCheckSeconds, qint64(window.count()), Item::ArrivalCheck);
}

void Preferences::setRefreshInterval(std::chrono::seconds interval)
{
    const qint64 seconds = Settings::refreshSeconds.bounded(interval.count());
    if (std::chrono::seconds(seconds) == refreshInterval() && Settings::refreshSeconds.isStored(*m_settings))
        return;
    store(Settings::refreshSeconds, seconds, Item::RefreshInterval);
}

bool Preferences::isLanguageCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    return pattern.match(code).hasMatch();
}

QString Preferences::language() const
{
    const QString code = Settings::language.read(*m_settings).trimmed();
    return isLanguageCode(code) ? code : QString();
}

void Preferences::setLanguage(const QString& language)
{
    const QString code = isLanguageCode(language) ? language : QString();
    if (code == this->language() && Settings::language.isStored(*m_settings))
        return;
    store(Settings::language, code, Item::Language);
}

TimeDisplay::Mode Preferences::timeDisplay() const
{
    return TimeDisplay::modeFromKey(Settings::timeDisplay.read(*m_settings).trimmed().toLower());
}

void Preferences::setTimeDisplay(TimeDisplay::Mode mode)
{
    if (mode == timeDisplay() && Settings::timeDisplay.isStored(*m_settings))
        return;
    store(Settings::timeDisplay, TimeDisplay::modeKey(mode), Item::TimeDisplay);
}

bool Preferences::statusNotifications() const
{
    return Settings::statusNotifications.read(*m_settings);
}

void Preferences::setStatusNotifications(bool enabled)
{
    if (enabled == statusNotifications() && Settings::statusNotifications.isStored(*m_settings))
        return;
    store(Settings::statusNotifications, enabled, Item::StatusNotifications);
}

ProxySettings Preferences::proxy() const
{
    ProxySettings proxy;
    const QString mode = Settings::proxyMode.read(*m_settings).trimmed().toLower();
    if (mode == u"none") {
        proxy.mode = ProxySettings::Mode::None;
        return proxy;
    }
    if (mode != u"manual")
        return proxy; // system, or anything unreadable
    const qint64 port = Settings::proxyPort.read(*m_settings);
    const QString host = Settings::proxyHost.read(*m_settings).trimmed();
    if (port < 1 || port > 65535 || !isHostName(host))
        return proxy; // a manual proxy we cannot reach is no proxy at all: fall back to the system's
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.host = host;
    proxy.port = quint16(port);
    proxy.user = Settings::proxyUser.read(*m_settings);
    return proxy;
}

void Preferences::setProxy(const ProxySettings& proxy)
{
    ProxySettings kept = proxy;
    kept.password.clear();
    if (kept.mode != ProxySettings::Mode::Manual)
        kept = ProxySettings{kept.mode, {}, 0, {}, {}};
    if (kept == this->proxy() && Settings::proxyMode.isStored(*m_settings))
        return;
    Settings::proxyMode.write(*m_settings, modeKey(kept.mode));
    if (kept.mode == ProxySettings::Mode::Manual) {
        Settings::proxyHost.write(*m_settings, kept.host);
        Settings::proxyPort.write(*m_settings, kept.port);
        Settings::proxyUser.write(*m_settings, kept.user);
    } else {
        Settings::proxyHost.remove(*m_settings);
        Settings::proxyPort.remove(*m_settings);
        Settings::proxyUser.remove(*m_settings);
    }
    emit changed(Item::Proxy);
}

QString Preferences::proxyAccount(const ProxySettings& proxy)
{
    return proxy.user + u'@' + proxy.host + u':' + QString::number(proxy.port);
}

} // namespace CaseDesk

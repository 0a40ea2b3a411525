#include "models/settings/Preferences.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The settings keys, spelled once.
const QString kRefresh = u"preferences/refreshSeconds"_s;
const QString kLanguage = u"preferences/language"_s;
const QString kTimeDisplay = u"preferences/timeDisplay"_s;
const QString kNotifications = u"preferences/statusNotifications"_s;
const QString kProxyMode = u"preferences/proxy/mode"_s;
const QString kProxyHost = u"preferences/proxy/host"_s;
const QString kProxyPort = u"preferences/proxy/port"_s;
const QString kProxyUser = u"preferences/proxy/user"_s;
const QString kArrivalWindow = u"preferences/arrivalCheckSeconds"_s;

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

std::optional<bool> parseBool(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
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

void Preferences::store(const QString& key, const QVariant& value, Item item)
{
    m_settings->setValue(key, value);
    emit changed(item);
}

std::chrono::seconds Preferences::refreshInterval() const
{
    bool ok = false;
    const qlonglong seconds = m_settings->value(kRefresh).toString().trimmed().toLongLong(&ok);
    if (!ok)
        return kDefaultRefresh;
    return std::clamp(std::chrono::seconds(seconds), kMinimumRefresh, kMaximumRefresh);
}

std::chrono::seconds Preferences::arrivalWindow() const
{
    bool ok = false;
    const qlonglong seconds = m_settings->value(kArrivalWindow).toString().trimmed().toLongLong(&ok);
    if (!ok)
        return kDefaultArrivalWindow;
    return std::clamp(std::chrono::seconds(seconds), std::chrono::seconds(0), kMaximumArrivalWindow);
}

void Preferences::setArrivalWindow(std::chrono::seconds window)
{
    const auto clamped = std::clamp(window, std::chrono::seconds(0), kMaximumArrivalWindow);
    store(kArrivalWindow, qlonglong(clamped.count()), Item::ArrivalCheck);
}

void Preferences::setRefreshInterval(std::chrono::seconds interval)
{
    const auto clamped = std::clamp(interval, kMinimumRefresh, kMaximumRefresh);
    if (clamped == refreshInterval() && m_settings->contains(kRefresh))
        return;
    store(kRefresh, qlonglong(clamped.count()), Item::RefreshInterval);
}

bool Preferences::isLanguageCode(const QString& code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    return pattern.match(code).hasMatch();
}

QString Preferences::language() const
{
    const QString code = m_settings->value(kLanguage).toString().trimmed();
    return isLanguageCode(code) ? code : QString();
}

void Preferences::setLanguage(const QString& language)
{
    const QString code = isLanguageCode(language) ? language : QString();
    if (code == this->language() && m_settings->contains(kLanguage))
        return;
    store(kLanguage, code, Item::Language);
}

TimeDisplay::Mode Preferences::timeDisplay() const
{
    return TimeDisplay::modeFromKey(m_settings->value(kTimeDisplay).toString().trimmed().toLower());
}

void Preferences::setTimeDisplay(TimeDisplay::Mode mode)
{
    if (mode == timeDisplay() && m_settings->contains(kTimeDisplay))
        return;
    store(kTimeDisplay, TimeDisplay::modeKey(mode), Item::TimeDisplay);
}

bool Preferences::statusNotifications() const
{
    return parseBool(m_settings->value(kNotifications)).value_or(true);
}

void Preferences::setStatusNotifications(bool enabled)
{
    if (enabled == statusNotifications() && m_settings->contains(kNotifications))
        return;
    store(kNotifications, enabled, Item::StatusNotifications);
}

ProxySettings Preferences::proxy() const
{
    ProxySettings proxy;
    const QString mode = m_settings->value(kProxyMode).toString().trimmed().toLower();
    if (mode == u"none") {
        proxy.mode = ProxySettings::Mode::None;
        return proxy;
    }
    if (mode != u"manual")
        return proxy; // system, or anything unreadable
    bool ok = false;
    const int port = m_settings->value(kProxyPort).toString().trimmed().toInt(&ok);
    const QString host = m_settings->value(kProxyHost).toString().trimmed();
    if (!ok || port < 1 || port > 65535 || !isHostName(host))
        return proxy; // a manual proxy we cannot reach is no proxy at all: fall back to the system's
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.host = host;
    proxy.port = quint16(port);
    proxy.user = m_settings->value(kProxyUser).toString();
    return proxy;
}

void Preferences::setProxy(const ProxySettings& proxy)
{
    ProxySettings kept = proxy;
    kept.password.clear();
    if (kept.mode != ProxySettings::Mode::Manual)
        kept = ProxySettings{kept.mode, {}, 0, {}, {}};
    if (kept == this->proxy() && m_settings->contains(kProxyMode))
        return;
    m_settings->setValue(kProxyMode, modeKey(kept.mode));
    if (kept.mode == ProxySettings::Mode::Manual) {
        m_settings->setValue(kProxyHost, kept.host);
        m_settings->setValue(kProxyPort, int(kept.port));
        m_settings->setValue(kProxyUser, kept.user);
    } else {
        m_settings->remove(kProxyHost);
        m_settings->remove(kProxyPort);
        m_settings->remove(kProxyUser);
    }
    emit changed(Item::Proxy);
}

QString Preferences::proxyAccount(const ProxySettings& proxy)
{
    return proxy.user + u'@' + proxy.host + u':' + QString::number(proxy.port);
}

} // namespace CaseDesk

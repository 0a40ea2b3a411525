#pragma once

#include "models/api/ApiClient.h"
#include "models/presentation/TimeDisplay.h"
#include "models/settings/Setting.h"
#include "models/settings/SettingsKeys.h"

#include <QObject>

#include <chrono>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * The user's preferences, typed, with defaults, over the app's QSettings (keys in models/settings/SettingsKeys.h).
 * A stored value that does not parse reads as the default; one out of range is brought into range.
 *
 *     Preferences preferences(&settings);
 *     refresher->setInterval(preferences.refreshInterval());
 *     connect(&preferences, &Preferences::changed, this, [](Preferences::Item item) { ... });
 *
 * The proxy is kept without its password: proxy() always answers an empty one, and setProxy() drops it, so
 * the caller files it in the SecretStore (scope proxyScope(), account proxyAccount()).
 */
class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Item
    {
        RefreshInterval,
        Language,
        TimeDisplay,
        StatusNotifications,
        Proxy,
        ArrivalCheck,
    };
    Q_ENUM(Item)

    static constexpr std::chrono::seconds kMinimumRefresh{Settings::refreshSeconds.minimum()};
    static constexpr std::chrono::seconds kMaximumRefresh{Settings::refreshSeconds.maximum()};
    static constexpr std::chrono::seconds kDefaultRefresh{Settings::refreshSeconds.defaultValue()};
    static constexpr std::chrono::seconds kMaximumArrivalWindow{Settings::arrivalCheckSeconds.maximum()};
    static constexpr std::chrono::seconds kDefaultArrivalWindow{Settings::arrivalCheckSeconds.defaultValue()};

    explicit Preferences(QSettings* settings, QObject* parent = nullptr);

    std::chrono::seconds refreshInterval() const;
    void setRefreshInterval(std::chrono::seconds interval);
    // "" follows the system; otherwise a language code such as "de" or "pt_BR". Applies at the next start.
    QString language() const;
    void setLanguage(const QString& language);
    TimeDisplay::Mode timeDisplay() const;
    void setTimeDisplay(TimeDisplay::Mode mode);
    // A desktop notification (system tray) when a case's status changes.
    bool statusNotifications() const;
    void setStatusNotifications(bool enabled);
    ProxySettings proxy() const;
    void setProxy(const ProxySettings& proxy);
    // How long a write whose answer was lost (a 502 from a gateway, a dropped connection) is looked for on
    // the server before the outbox sends it again: writes can show up late there. 0 to 3600 s; settings
    // file only (preferences/arrivalCheckSeconds).
    std::chrono::seconds arrivalWindow() const;
    void setArrivalWindow(std::chrono::seconds window);

    static bool isLanguageCode(const QString& code);
    static QString proxyScope() { return QStringLiteral("proxy"); }
    // The keychain account of a manual proxy's password: "user@host:port".
    static QString proxyAccount(const ProxySettings& proxy);

signals:
    void changed(Preferences::Item item);

private:
    template <typename T>
    void store(const Setting<T>& setting, const T& value, Item item);

    QSettings* m_settings;
};

} // namespace CaseDesk

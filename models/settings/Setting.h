#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace CaseDesk
{

/*
 * Reading a stored value of type T: std::nullopt when it is absent or does not parse as T (a settings file
 * is user-editable, so "abc" where a number belongs reads as "not set", never as 0).
 */
namespace SettingValue
{
std::optional<qint64> parse(const QVariant& stored, qint64*);
std::optional<bool> parse(const QVariant& stored, bool*);
std::optional<QString> parse(const QVariant& stored, QString*);
std::optional<QStringList> parse(const QVariant& stored, QStringList*);
std::optional<QVariantMap> parse(const QVariant& stored, QVariantMap*);
std::optional<QByteArray> parse(const QVariant& stored, QByteArray*);
std::optional<QDateTime> parse(const QVariant& stored, QDateTime*);
} // namespace SettingValue

/*
 * One settings key with its type, default and (for numbers) range. Every key is declared once, in
 * models/settings/SettingsKeys.h, and read and written only through it:
 *
 *     const qint64 seconds = Settings::refreshSeconds.read(settings);   // the default if absent or unreadable
 *     Settings::refreshSeconds.write(settings, 90);                     // kept within the range
 *
 * A key inside a QSettings array or group (beginReadArray, beginGroup) is read relative to it, as QSettings
 * itself does.
 */
template <typename T>
class Setting
{
public:
    constexpr Setting(QLatin1StringView key, T defaultValue)
        : m_key(key)
        , m_default(defaultValue)
    {}
    constexpr Setting(QLatin1StringView key, T defaultValue, T minimum, T maximum)
        : m_key(key)
        , m_default(defaultValue)
        , m_minimum(minimum)
        , m_maximum(maximum)
    {}

    QString key() const { return QString(m_key); }
    constexpr const T& defaultValue() const { return m_default; }
    constexpr T minimum() const { return m_minimum.value_or(m_default); }
    constexpr T maximum() const { return m_maximum.value_or(m_default); }

    // The stored value within the range, or the default when it is absent or unreadable.
    T read(const QSettings& settings) const
    {
        const std::optional<T> stored = SettingValue::parse(settings.value(key()), static_cast<T*>(nullptr));
        return stored ? bounded(*stored) : m_default;
    }
    bool isStored(const QSettings& settings) const { return settings.contains(key()); }
    void write(QSettings& settings, const T& value) const
    {
        settings.setValue(key(), QVariant::fromValue(bounded(value)));
    }
    void remove(QSettings& settings) const { settings.remove(key()); }

    T bounded(const T& value) const
    {
        if constexpr (requires(T a, T b) { a < b; }) {
            if (m_minimum && m_maximum)
                return std::clamp(value, *m_minimum, *m_maximum);
        }
        return value;
    }

private:
    QLatin1StringView m_key;
    T m_default;
    std::optional<T> m_minimum;
    std::optional<T> m_maximum;
};

/*
 * A family of keys under one group, one per member (an environment's key, a code):
 *
 *     Settings::clientIds.at(u"provider-sandbox"_s).read(settings)
 */
template <typename T>
class SettingFamily
{
public:
    constexpr SettingFamily(QLatin1StringView group, T defaultValue)
        : m_group(group)
        , m_default(defaultValue)
    {}

    QString keyOf(const QString& member) const { return QString(m_group) + u'/' + member; }
    T read(const QSettings& settings, const QString& member) const
    {
        return SettingValue::parse(settings.value(keyOf(member)), static_cast<T*>(nullptr)).value_or(m_default);
    }
    void write(QSettings& settings, const QString& member, const T& value) const
    {
        settings.setValue(keyOf(member), QVariant::fromValue(value));
    }
    void remove(QSettings& settings, const QString& member) const { settings.remove(keyOf(member)); }

private:
    QLatin1StringView m_group;
    T m_default;
};

} // namespace CaseDesk

#pragma once

#include "models/environment/Environment.h"

#include <QList>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * The environments a user can choose: the three built-in ones and the custom servers they added, which are
 * kept in the app's settings with the client id used for each (never the secret), and which one was active.
 *
 *     EnvironmentRegistry registry(&settings);
 *     auto added = registry.addCustom(u"Staging"_s, u"https://staging.example.com"_s);
 *     if (!added.environment) showError(added.error);
 *     const Environment start = registry.find(options.environment).value_or(registry.active());
 *
 * Custom addresses pass ApiClient::checkBaseUrl (https, or http to this computer only) and must not repeat
 * an environment that exists; rows in the settings that fail those checks are skipped when read.
 */
class EnvironmentRegistry : public QObject
{
    Q_OBJECT

public:
    struct AddResult
    {
        std::optional<Environment> environment;
        QString error; // why not, as a sentence, when environment is empty
    };

    explicit EnvironmentRegistry(QSettings* settings, QObject* parent = nullptr);

    static Environment localSandbox();
    static Environment providerSandbox();
    static Environment providerProduction();

    // Built-in ones first, then the custom servers in the order they were added.
    QList<Environment> environments() const;
    QList<Environment> customEnvironments() const { return m_custom; }
    // The keys of environments(): what a casedesk:// link may name.
    QStringList keys() const;
    // By key or by name (as shown, or its English original), ignoring case: for `--environment NAME`.
    std::optional<Environment> find(const QString& keyOrName) const;

    // The one chosen last time; the local sandbox on a first start or when the remembered one is gone.
    Environment active() const;
    void setActive(const QString& key);

    // Checks and adds a custom server. `url` may leave out "https://".
    AddResult addCustom(const QString& name, const QString& url);
    bool removeCustom(const QString& key);
    // The problem with a custom server's name and address, empty when it could be added.
    QString checkCustom(const QString& name, const QUrl& url) const;
    // The address as the user meant it: "https://" added when no scheme was typed, trailing slash dropped.
    static QUrl normalizedUrl(const QString& text);
    // A stable folder-safe key for a server address: "custom-staging.example.com-8443".
    static QString keyForUrl(const QUrl& url);

    // The client id last used to sign in to an environment; empty when none. Ids are not secret.
    QString clientId(const QString& key) const;
    void setClientId(const QString& key, const QString& clientId);

signals:
    void environmentsChanged();
    void activeChanged(const Environment& environment);

private:
    void load();
    void save();
    static QString englishName(Environment::Kind kind);

    QSettings* m_settings;
    QList<Environment> m_custom;
};

} // namespace CaseDesk

#include "models/environment/EnvironmentRegistry.h"

#include "models/api/ApiClient.h"
#include "models/core/Logging.h"
#include "models/settings/SettingsKeys.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const char* const kLocalName = QT_TRANSLATE_NOOP("CaseDesk::EnvironmentRegistry", "Local sandbox");
const char* const kSandboxName = QT_TRANSLATE_NOOP("CaseDesk::EnvironmentRegistry", "Provider sandbox");
const char* const kProductionName = QT_TRANSLATE_NOOP("CaseDesk::EnvironmentRegistry", "Provider production");
constexpr qsizetype kMaxNameLength = 60;

// Host, port and path decide, not the scheme: two environments must never share one folder.
bool sameServer(const QUrl& a, const QUrl& b)
{
    return a.isValid() && b.isValid() && EnvironmentRegistry::keyForUrl(a) == EnvironmentRegistry::keyForUrl(b);
}
} // namespace

EnvironmentRegistry::EnvironmentRegistry(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

Environment EnvironmentRegistry::localSandbox()
{
    return {u"local"_s, tr(kLocalName), {}, Environment::Kind::LocalSandbox};
}

Environment EnvironmentRegistry::providerSandbox()
{
    return {u"provider-sandbox"_s, tr(kSandboxName), QUrl(u"https://sandboxapi.equinix.com"_s),
            Environment::Kind::ProviderSandbox};
}

Environment EnvironmentRegistry::providerProduction()
{
    return {u"provider-production"_s, tr(kProductionName), QUrl(u"https://api.equinix.com"_s),
            Environment::Kind::ProviderProduction};
}

QString EnvironmentRegistry::englishName(Environment::Kind kind)
{
    switch (kind) {
    case Environment::Kind::LocalSandbox:
        return QString::fromLatin1(kLocalName);
    case Environment::Kind::ProviderSandbox:
        return QString::fromLatin1(kSandboxName);
    case Environment::Kind::ProviderProduction:
        return QString::fromLatin1(kProductionName);
    case Environment::Kind::Custom:
        break;
    }
    return {};
}

QList<Environment> EnvironmentRegistry::environments() const
{
    return QList<Environment>{localSandbox(), providerSandbox(), providerProduction()} + m_custom;
}

QStringList EnvironmentRegistry::keys() const
{
    QStringList keys;
    for (const Environment& environment : environments())
        keys << environment.key;
    return keys;
}

std::optional<Environment> EnvironmentRegistry::find(const QString& keyOrName) const
{
    const QString wanted = keyOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Environment& environment : environments()) {
        if (environment.key.compare(wanted, Qt::CaseInsensitive) == 0
            || environment.displayName.compare(wanted, Qt::CaseInsensitive) == 0
            || (environment.kind != Environment::Kind::Custom
                && englishName(environment.kind).compare(wanted, Qt::CaseInsensitive) == 0))
            return environment;
    }
    return std::nullopt;
}

Environment EnvironmentRegistry::active() const
{
    const QString key = Settings::activeEnvironment.read(*m_settings);
    for (const Environment& environment : environments()) {
        if (environment.key == key)
            return environment;
    }
    return localSandbox();
}

void EnvironmentRegistry::setActive(const QString& key)
{
    const std::optional<Environment> environment = find(key);
    if (!environment || environment->key != key)
        return;
    if (Settings::activeEnvironment.read(*m_settings) == key)
        return;
    Settings::activeEnvironment.write(*m_settings, key);
    emit activeChanged(*environment);
}

QUrl EnvironmentRegistry::normalizedUrl(const QString& text)
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    if (!typed.contains(u"://"_s))
        typed.prepend(u"https://"_s);
    QUrl url(typed, QUrl::StrictMode);
    if (url.path().endsWith(u'/'))
        url.setPath(url.path().chopped(1));
    return url;
}

QString EnvironmentRegistry::keyForUrl(const QUrl& url)
{
    QString host = url.host(QUrl::EncodeUnicode).toLower();
    static const QRegularExpression unsafe(u"[^a-z0-9.-]"_s);
    host.replace(unsafe, u"-"_s);
    QString key = u"custom-"_s + host;
    if (url.port() != -1)
        key += u'-' + QString::number(url.port());
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/") {
        const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
        key += u'-' + QString::fromLatin1(hash.left(8));
    }
    return key;
}

QString EnvironmentRegistry::checkCustom(const QString& name, const QUrl& url) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the server a name.");
    if (trimmed.size() > kMaxNameLength)
        return tr("Use a shorter name: at most %1 characters.").arg(kMaxNameLength);
    const QString urlProblem = ApiClient::checkBaseUrl(url);
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the address: CaseDesk asks for the client ID and "
                  "secret when you sign in.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The address must end with the server's path, without “?” or “#” parts.");
    for (const Environment& environment : environments()) {
        if (environment.displayName.compare(trimmed, Qt::CaseInsensitive) == 0
            || (environment.kind != Environment::Kind::Custom
                && englishName(environment.kind).compare(trimmed, Qt::CaseInsensitive) == 0))
            return tr("“%1” is already the name of an environment.").arg(trimmed);
        if (sameServer(environment.baseUrl, url))
            return tr("%1 is already the address of “%2”.").arg(url.toDisplayString(), environment.displayName);
    }
    return {};
}

EnvironmentRegistry::AddResult EnvironmentRegistry::addCustom(const QString& name, const QString& url)
{
    const QUrl normalized = normalizedUrl(url);
    if (url.trimmed().isEmpty())
        return {std::nullopt, tr("Enter the server's address, like https://api.example.com.")};
    const QString problem = checkCustom(name, normalized);
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    const Environment environment{keyForUrl(normalized), name.trimmed(), normalized, Environment::Kind::Custom};
    m_custom.append(environment);
    save();
    emit environmentsChanged();
    return {environment, {}};
}

bool EnvironmentRegistry::removeCustom(const QString& key)
{
    const auto removed = m_custom.removeIf([&key](const Environment& environment) { return environment.key == key; });
    if (removed == 0)
        return false;
    save();
    Settings::clientIds.remove(*m_settings, key);
    emit environmentsChanged();
    return true;
}

QString EnvironmentRegistry::clientId(const QString& key) const
{
    return Settings::clientIds.read(*m_settings, key);
}

void EnvironmentRegistry::setClientId(const QString& key, const QString& clientId)
{
    if (clientId.isEmpty())
        Settings::clientIds.remove(*m_settings, key);
    else
        Settings::clientIds.write(*m_settings, key, clientId);
}

void EnvironmentRegistry::load()
{
    m_custom.clear();
    m_settings->beginGroup(Settings::environmentsGroup);
    const int rows = m_settings->beginReadArray(Settings::customEnvironmentsArray);
    QList<std::pair<QString, QString>> stored;
    for (int row = 0; row < rows; ++row) {
        m_settings->setArrayIndex(row);
        stored.append(
            {Settings::customEnvironmentName.read(*m_settings), Settings::customEnvironmentUrl.read(*m_settings)});
    }
    m_settings->endArray();
    m_settings->endGroup();
    for (qsizetype row = 0; row < stored.size(); ++row) {
        const auto& [name, text] = stored.at(row);
        const QUrl url = normalizedUrl(text);
        const QString problem = text.trimmed().isEmpty() ? tr("no address") : checkCustom(name, url);
        if (!problem.isEmpty()) {
            // Not the address itself: a hand-edited one might carry a password.
            qCWarning(lcApp) << "skipping stored custom server" << row << "named" << name;
            continue;
        }
        m_custom.append({keyForUrl(url), name.trimmed(), url, Environment::Kind::Custom});
    }
}

void EnvironmentRegistry::save()
{
    m_settings->beginGroup(Settings::environmentsGroup);
    m_settings->remove(Settings::customEnvironmentsArray);
    m_settings->beginWriteArray(Settings::customEnvironmentsArray, int(m_custom.size()));
    for (int row = 0; row < m_custom.size(); ++row) {
        m_settings->setArrayIndex(row);
        Settings::customEnvironmentName.write(*m_settings, m_custom.at(row).displayName);
        Settings::customEnvironmentUrl.write(*m_settings, m_custom.at(row).baseUrl.toString());
    }
    m_settings->endArray();
    m_settings->endGroup();
}

} // namespace CaseDesk

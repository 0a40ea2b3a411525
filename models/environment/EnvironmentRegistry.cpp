#include "models/environment/EnvironmentRegistry.h"

#include "models/api/ApiClient.h"
#include "models/core/Logging.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The settings keys, spelled once. Only names, addresses and client ids live here; secrets never do.
const QString kGroup = u"environments"_s;
const QString kActive = u"active"_s;
const QString kCustom = u"custom"_s;
const QString kName = u"name"_s;
const QString kUrl = u"url"_s;
const QString kClientIds = u"clientIds"_s;

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
    const QString key = m_settings->value(kGroup + u'/' + kActive).toString();
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
    if (m_settings->value(kGroup + u'/' + kActive).toString() == key)
        return;
    m_settings->setValue(kGroup + u'/' + kActive, key);
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
    m_settings->remove(kGroup + u'/' + kClientIds + u'/' + key);
    emit environmentsChanged();
    return true;
}

QString EnvironmentRegistry::clientId(const QString& key) const
{
    return m_settings->value(kGroup + u'/' + kClientIds + u'/' + key).toString();
}

void EnvironmentRegistry::setClientId(const QString& key, const QString& clientId)
{
    const QString settingsKey = kGroup + u'/' + kClientIds + u'/' + key;
    if (clientId.isEmpty())
        m_settings->remove(settingsKey);
    else
        m_settings->setValue(settingsKey, clientId);
}

void EnvironmentRegistry::load()
{
    m_custom.clear();
    m_settings->beginGroup(kGroup);
    const int rows = m_settings->beginReadArray(kCustom);
    QList<std::pair<QString, QString>> stored;
    for (int row = 0; row < rows; ++row) {
        m_settings->setArrayIndex(row);
        stored.append({m_settings->value(kName).toString(), m_settings->value(kUrl).toString()});
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
    m_settings->beginGroup(kGroup);
    m_settings->remove(kCustom);
    m_settings->beginWriteArray(kCustom, int(m_custom.size()));
    for (int row = 0; row < m_custom.size(); ++row) {
        m_settings->setArrayIndex(row);
        m_settings->setValue(kName, m_custom.at(row).displayName);
        m_settings->setValue(kUrl, m_custom.at(row).baseUrl.toString());
    }
    m_settings->endArray();
    m_settings->endGroup();
}

} // namespace CaseDesk

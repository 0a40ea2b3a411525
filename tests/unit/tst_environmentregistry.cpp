#include "models/environment/EnvironmentRegistry.h"
#include "tests/support/TestHome.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The environments a user can choose, the custom servers they add, and what survives a restart.
class TestEnvironmentRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void builtInEnvironmentsComeFirstWithFixedKeysAndAddresses();
    void onlyProductionLooksLikeProduction();
    void findsAnEnvironmentByKeyOrName_data();
    void findsAnEnvironmentByKeyOrName();
    void addingACustomServerChecksItsNameAndAddress_data();
    void addingACustomServerChecksItsNameAndAddress();
    void customServersSurviveARestart();
    void storedRowsThatDoNotPassTheChecksAreSkipped_data();
    void storedRowsThatDoNotPassTheChecksAreSkipped();
    void theActiveEnvironmentIsRememberedAndFallsBackToTheLocalSandbox();
    void clientIdsAreKeptPerEnvironmentAndNothingElse();
    void keysAreSafeAsFolderNames_data();
    void keysAreSafeAsFolderNames();

private:
    std::unique_ptr<QSettings> freshSettings();
    std::unique_ptr<TestHome> m_home;
    QString m_file;
    int m_files = 0;
};

void TestEnvironmentRegistry::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestEnvironmentRegistry::init()
{
    m_file = m_home->filePath(u"settings-%1.ini"_s.arg(++m_files));
}

std::unique_ptr<QSettings> TestEnvironmentRegistry::freshSettings()
{
    return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

void TestEnvironmentRegistry::builtInEnvironmentsComeFirstWithFixedKeysAndAddresses()
{
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    const QList<Environment> all = registry.environments();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).key, u"local"_s);
    QCOMPARE(all.at(0).kind, Environment::Kind::LocalSandbox);
    QVERIFY(all.at(0).baseUrl.isEmpty());
    QVERIFY(!all.at(0).needsSignIn());
    QCOMPARE(all.at(1).key, u"provider-sandbox"_s);
    QCOMPARE(all.at(1).baseUrl, QUrl(u"https://sandboxapi.equinix.com"_s));
    QVERIFY(all.at(1).needsSignIn());
    QCOMPARE(all.at(2).key, u"provider-production"_s);
    QCOMPARE(all.at(2).baseUrl, QUrl(u"https://api.equinix.com"_s));
    QCOMPARE(all.at(2).displayName, u"Provider production"_s);
}

void TestEnvironmentRegistry::onlyProductionLooksLikeProduction()
{
    QVERIFY(!EnvironmentRegistry::localSandbox().isProduction());
    QVERIFY(!EnvironmentRegistry::providerSandbox().isProduction());
    QVERIFY(EnvironmentRegistry::providerProduction().isProduction());
    const Environment custom{u"custom-x"_s, u"X"_s, QUrl(u"https://staging.example.com"_s), Environment::Kind::Custom};
    QVERIFY(!custom.isProduction());
    // A custom entry on production's host (a hand-edited file) still looks like production.
    const Environment disguised{u"custom-y"_s, u"Y"_s, QUrl(u"https://API.equinix.com/"_s), Environment::Kind::Custom};
    QVERIFY(disguised.isProduction());
}

void TestEnvironmentRegistry::findsAnEnvironmentByKeyOrName_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("key");
    QTest::newRow("key") << u"local"_s << u"local"_s;
    QTest::newRow("name") << u"Provider production"_s << u"provider-production"_s;
    QTest::newRow("name, other case") << u"provider SANDBOX"_s << u"provider-sandbox"_s;
    QTest::newRow("key, other case") << u"PROVIDER-PRODUCTION"_s << u"provider-production"_s;
    QTest::newRow("padded") << u"  Local sandbox "_s << u"local"_s;
    QTest::newRow("custom by name") << u"staging"_s << u"custom-staging.example.com"_s;
    QTest::newRow("custom by key") << u"custom-staging.example.com"_s << u"custom-staging.example.com"_s;
    QTest::newRow("unknown") << u"Provider"_s << QString();
    QTest::newRow("part of a name") << u"production"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEnvironmentRegistry::findsAnEnvironmentByKeyOrName()
{
    QFETCH(QString, wanted);
    QFETCH(QString, key);
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    QVERIFY(registry.addCustom(u"Staging"_s, u"https://staging.example.com"_s).environment);
    const std::optional<Environment> found = registry.find(wanted);
    QCOMPARE(found ? found->key : QString(), key);
}

void TestEnvironmentRegistry::addingACustomServerChecksItsNameAndAddress_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedUrl");   // empty: refused
    QTest::addColumn<QString>("errorContains"); // when refused

    QTest::newRow("https") << u"Staging"_s << u"https://staging.example.com"_s << u"https://staging.example.com"_s
                           << QString();
    QTest::newRow("no scheme gets https")
        << u"Staging"_s << u"staging.example.com:8443/api/"_s << u"https://staging.example.com:8443/api"_s << QString();
    QTest::newRow("http on loopback") << u"Dev"_s << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s
                                      << QString();
    QTest::newRow("http on localhost") << u"Dev"_s << u"http://localhost:8080/"_s << u"http://localhost:8080"_s
                                       << QString();
    QTest::newRow("http on IPv6 loopback") << u"Dev"_s << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s << QString();
    QTest::newRow("http elsewhere") << u"Plain"_s << u"http://staging.example.com"_s << QString() << u"only https"_s;
    QTest::newRow("other scheme") << u"Ftp"_s << u"ftp://staging.example.com"_s << QString() << u"https://"_s;
    QTest::newRow("empty address") << u"Empty"_s << u"   "_s << QString() << u"Enter the server's address"_s;
    QTest::newRow("no host") << u"NoHost"_s << u"https://"_s << QString() << u"not a valid server address"_s;
    QTest::newRow("space in host") << u"Space"_s << u"https://exa mple.com"_s << QString()
                                   << u"not a valid server address"_s;
    QTest::newRow("credentials in address") << u"Creds"_s << u"https://bob:hunter2@staging.example.com"_s << QString()
                                            << u"Leave the user name and password out"_s;
    QTest::newRow("query") << u"Query"_s << u"https://staging.example.com/?env=1"_s << QString() << u"“?”"_s;
    QTest::newRow("fragment") << u"Fragment"_s << u"https://staging.example.com/#x"_s << QString() << u"“#”"_s;
    QTest::newRow("production again") << u"Mine"_s << u"https://api.equinix.com/"_s << QString()
                                      << u"already the address of “Provider production”"_s;
    QTest::newRow("empty name") << u"  "_s << u"https://staging.example.com"_s << QString()
                                << u"Give the server a name"_s;
    QTest::newRow("long name") << QString(61, u'n') << u"https://staging.example.com"_s << QString()
                               << u"at most 60 characters"_s;
    QTest::newRow("built-in name") << u"provider production"_s << u"https://staging.example.com"_s << QString()
                                   << u"already the name of an environment"_s;
}

void TestEnvironmentRegistry::addingACustomServerChecksItsNameAndAddress()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, errorContains);
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    QSignalSpy changed(&registry, &EnvironmentRegistry::environmentsChanged);
    const EnvironmentRegistry::AddResult result = registry.addCustom(name, url);
    if (expectedUrl.isEmpty()) {
        QVERIFY(!result.environment);
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(registry.environments().size(), 3);
        return;
    }
    QVERIFY2(result.environment, qPrintable(result.error));
    QCOMPARE(result.environment->baseUrl, QUrl(expectedUrl));
    QCOMPARE(result.environment->kind, Environment::Kind::Custom);
    QCOMPARE(result.environment->displayName, name.trimmed());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(registry.environments().size(), 4);
    // The same server twice is refused, whatever it is called.
    const auto again = registry.addCustom(u"Another name"_s, url);
    QVERIFY(!again.environment);
    QVERIFY2(again.error.contains(u"already the address"_s), qPrintable(again.error));
}

void TestEnvironmentRegistry::customServersSurviveARestart()
{
    {
        auto settings = freshSettings();
        EnvironmentRegistry registry(settings.get());
        QVERIFY(registry.addCustom(u"Staging"_s, u"https://staging.example.com"_s).environment);
        QVERIFY(registry.addCustom(u"Dev box"_s, u"http://127.0.0.1:9000"_s).environment);
        registry.setClientId(u"custom-127.0.0.1-9000"_s, u"dev-client"_s);
    }
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    const QList<Environment> custom = registry.customEnvironments();
    QCOMPARE(custom.size(), 2);
    QCOMPARE(custom.at(0).displayName, u"Staging"_s);
    QCOMPARE(custom.at(1).key, u"custom-127.0.0.1-9000"_s);
    QCOMPARE(custom.at(1).baseUrl, QUrl(u"http://127.0.0.1:9000"_s));
    QCOMPARE(registry.clientId(u"custom-127.0.0.1-9000"_s), u"dev-client"_s);

    QVERIFY(registry.removeCustom(u"custom-127.0.0.1-9000"_s));
    QVERIFY(!registry.removeCustom(u"custom-127.0.0.1-9000"_s));
    QVERIFY(!registry.removeCustom(u"provider-production"_s)); // built-ins stay
    QVERIFY(registry.clientId(u"custom-127.0.0.1-9000"_s).isEmpty());
    auto reread = freshSettings();
    QCOMPARE(EnvironmentRegistry(reread.get()).customEnvironments().size(), 1);
}

void TestEnvironmentRegistry::storedRowsThatDoNotPassTheChecksAreSkipped_data()
{
    QTest::addColumn<QStringList>("rows"); // "name|url"
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("good") << QStringList{u"Staging|https://staging.example.com"_s}
                          << QStringList{u"custom-staging.example.com"_s};
    QTest::newRow("no address") << QStringList{u"Staging|"_s} << QStringList{};
    QTest::newRow("no name") << QStringList{u"|https://staging.example.com"_s} << QStringList{};
    QTest::newRow("plain http elsewhere") << QStringList{u"Staging|http://staging.example.com"_s} << QStringList{};
    QTest::newRow("not an address") << QStringList{u"Staging|https://exa mple.com"_s} << QStringList{};
    QTest::newRow("credentials") << QStringList{u"Staging|https://u:p@staging.example.com"_s} << QStringList{};
    QTest::newRow("built-in address") << QStringList{u"Prod|https://api.equinix.com"_s} << QStringList{};
    QTest::newRow("built-in name") << QStringList{u"Local sandbox|https://x.example.com"_s} << QStringList{};
    QTest::newRow("same name twice, first kept")
        << QStringList{u"Staging|https://a.example.com"_s, u"staging|https://b.example.com"_s}
        << QStringList{u"custom-a.example.com"_s};
    QTest::newRow("same server, other scheme, first kept")
        << QStringList{u"A|http://127.0.0.1:9000"_s, u"B|https://127.0.0.1:9000"_s}
        << QStringList{u"custom-127.0.0.1-9000"_s};
    QTest::newRow("same server twice, first kept")
        << QStringList{u"A|https://a.example.com"_s, u"B|https://a.example.com/"_s}
        << QStringList{u"custom-a.example.com"_s};
    QTest::newRow("bad row between good ones")
        << QStringList{u"A|https://a.example.com"_s, u"B|gopher://b"_s, u"C|https://c.example.com:444"_s}
        << QStringList{u"custom-a.example.com"_s, u"custom-c.example.com-444"_s};
}

void TestEnvironmentRegistry::storedRowsThatDoNotPassTheChecksAreSkipped()
{
    QFETCH(QStringList, rows);
    QFETCH(QStringList, keys);
    {
        auto settings = freshSettings();
        settings->beginGroup(u"environments"_s);
        settings->beginWriteArray(u"custom"_s, int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            settings->setArrayIndex(i);
            const QStringList parts = rows.at(i).split(u'|');
            settings->setValue(u"name"_s, parts.at(0));
            settings->setValue(u"url"_s, parts.at(1));
        }
        settings->endArray();
        settings->endGroup();
    }
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    QStringList loaded;
    for (const Environment& environment : registry.customEnvironments())
        loaded << environment.key;
    QCOMPARE(loaded, keys);
}

void TestEnvironmentRegistry::theActiveEnvironmentIsRememberedAndFallsBackToTheLocalSandbox()
{
    {
        auto settings = freshSettings();
        EnvironmentRegistry registry(settings.get());
        QCOMPARE(registry.active().key, u"local"_s);
        QSignalSpy changed(&registry, &EnvironmentRegistry::activeChanged);
        registry.setActive(u"provider-production"_s);
        registry.setActive(u"provider-production"_s);
        QCOMPARE(changed.size(), 1);
        registry.setActive(u"no-such-environment"_s);
        registry.setActive(u"Provider sandbox"_s); // names are for --environment, not for setActive
        QCOMPARE(registry.active().key, u"provider-production"_s);
    }
    {
        auto settings = freshSettings();
        EnvironmentRegistry registry(settings.get());
        QCOMPARE(registry.active().key, u"provider-production"_s);
        const auto added = registry.addCustom(u"Staging"_s, u"https://staging.example.com"_s);
        registry.setActive(added.environment->key);
        QCOMPARE(registry.active().key, added.environment->key);
        QVERIFY(registry.removeCustom(added.environment->key));
        QCOMPARE(registry.active().key, u"local"_s);
    }
    auto settings = freshSettings();
    settings->setValue(u"environments/active"_s, u"custom-gone.example.com"_s);
    QCOMPARE(EnvironmentRegistry(settings.get()).active().key, u"local"_s);
}

void TestEnvironmentRegistry::clientIdsAreKeptPerEnvironmentAndNothingElse()
{
    auto settings = freshSettings();
    EnvironmentRegistry registry(settings.get());
    registry.setClientId(u"provider-sandbox"_s, u"sandbox-id"_s);
    registry.setClientId(u"provider-production"_s, u"production-id"_s);
    QCOMPARE(registry.clientId(u"provider-sandbox"_s), u"sandbox-id"_s);
    QCOMPARE(registry.clientId(u"provider-production"_s), u"production-id"_s);
    QVERIFY(registry.clientId(u"local"_s).isEmpty());
    registry.setClientId(u"provider-sandbox"_s, QString());
    QVERIFY(registry.clientId(u"provider-sandbox"_s).isEmpty());
    settings->sync();
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("production-id"));
    QVERIFY(!text.contains("secret"));
}

void TestEnvironmentRegistry::keysAreSafeAsFolderNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("host") << u"https://Staging.Example.com"_s << u"custom-staging.example.com"_s;
    QTest::newRow("port") << u"https://staging.example.com:8443"_s << u"custom-staging.example.com-8443"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8080"_s << u"custom---1-8080"_s;
    QTest::newRow("idn") << u"https://bücher.example"_s << u"custom-xn--bcher-kva.example"_s;
}

void TestEnvironmentRegistry::keysAreSafeAsFolderNames()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    const QString made = EnvironmentRegistry::keyForUrl(QUrl(url));
    QCOMPARE(made, key);
    QVERIFY(QRegularExpression(u"^[a-z0-9.-]+$"_s).match(made).hasMatch());
    // A path makes another server (another folder), but stays folder-safe.
    const QString withPath = EnvironmentRegistry::keyForUrl(QUrl(url + u"/api/v2"_s));
    QVERIFY(withPath.startsWith(made + u'-'));
    QVERIFY(QRegularExpression(u"^[a-z0-9.-]+$"_s).match(withPath).hasMatch());
}

QTEST_GUILESS_MAIN(TestEnvironmentRegistry)
#include "tst_environmentregistry.moc"

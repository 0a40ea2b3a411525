#include "models/secrets/SecretStore.h"
#include "tests/support/TestHome.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The keychain path against a real Secret Service: run by ctest through tests/support/with-keyring.sh, which
 * starts a private D-Bus session with gnome-keyring unlocked. secret-tool, a client of its own, proves the
 * secret is in the keyring and not merely in the store's memory.
 */
class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSecretWrittenIsReadBackByTheNextRun();
    void theSecretIsInTheSystemKeyring();
    void secretsAreKeptPerEnvironmentAndClientId();
    void anotherClientIdReplacesNothing();
    void removingTakesTheSecretOutOfTheKeyring();
    void noSecretReachesAFileOfTheApp();

private:
    std::optional<QString> read(const QString& scope, const QString& account);
    bool write(const QString& scope, const QString& account, const QString& secret);
    QString lookUpWithSecretTool(const QString& scope, const QString& account, int* exitCode = nullptr);

    std::unique_ptr<TestHome> m_home;
    const QString m_service = u"CaseDesk-test"_s;
    const QString m_secret = u"keyring-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
};

void TestSecretStoreKeyring::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh (ctest does): no D-Bus session");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(), "secret-tool (libsecret-tools) is missing");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

std::optional<QString> TestSecretStoreKeyring::read(const QString& scope, const QString& account)
{
    SecretStore store(m_service); // a fresh store: nothing in memory, so the answer comes from the keyring
    bool answered = false;
    std::optional<QString> secret;
    store.read(scope, account, this, [&](const std::optional<QString>& value) {
        answered = true;
        secret = value;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    }();
    [&] {
        QVERIFY2(store.isKeychainAvailable(), qPrintable(store.unavailableReason()));
    }();
    return secret;
}

bool TestSecretStoreKeyring::write(const QString& scope, const QString& account, const QString& secret)
{
    SecretStore store(m_service);
    bool answered = false;
    bool inKeychain = false;
    store.write(scope, account, secret, this, [&](bool stored) {
        answered = true;
        inKeychain = stored;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    }();
    if (!inKeychain)
        qWarning() << store.unavailableReason();
    return inKeychain;
}

QString TestSecretStoreKeyring::lookUpWithSecretTool(const QString& scope, const QString& account, int* exitCode)
{
    // QtKeychain's libsecret schema files an entry under "server" (the service) and "user" (the key).
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, m_service, u"user"_s, SecretStore::entryKey(scope, account)});
    if (!tool.waitForFinished(20000))
        return u"<secret-tool hung>"_s;
    if (exitCode)
        *exitCode = tool.exitCode();
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

void TestSecretStoreKeyring::aSecretWrittenIsReadBackByTheNextRun()
{
    QVERIFY(write(u"provider-sandbox"_s, u"alice"_s, m_secret));
    QCOMPARE(read(u"provider-sandbox"_s, u"alice"_s), m_secret);
}

void TestSecretStoreKeyring::theSecretIsInTheSystemKeyring()
{
    QCOMPARE(lookUpWithSecretTool(u"provider-sandbox"_s, u"alice"_s), m_secret);
}

void TestSecretStoreKeyring::secretsAreKeptPerEnvironmentAndClientId()
{
    QCOMPARE(read(u"provider-production"_s, u"alice"_s), std::nullopt);
    QCOMPARE(read(u"provider-sandbox"_s, u"bob"_s), std::nullopt);
    QCOMPARE(read(u"local"_s, u"alice"_s), std::nullopt);
}

void TestSecretStoreKeyring::anotherClientIdReplacesNothing()
{
    QVERIFY(write(u"provider-production"_s, u"alice"_s, u"production-secret"_s));
    QCOMPARE(read(u"provider-production"_s, u"alice"_s), u"production-secret"_s);
    QCOMPARE(read(u"provider-sandbox"_s, u"alice"_s), m_secret);
}

void TestSecretStoreKeyring::removingTakesTheSecretOutOfTheKeyring()
{
    SecretStore store(m_service);
    bool removed = false;
    store.remove(u"provider-production"_s, u"alice"_s, this, [&] { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    QCOMPARE(read(u"provider-production"_s, u"alice"_s), std::nullopt);
    int exitCode = 0;
    QCOMPARE(lookUpWithSecretTool(u"provider-production"_s, u"alice"_s, &exitCode), QString());
    QVERIFY(exitCode != 0);
    QCOMPARE(read(u"provider-sandbox"_s, u"alice"_s), m_secret); // the other one stays
}

void TestSecretStoreKeyring::noSecretReachesAFileOfTheApp()
{
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSecretStoreKeyring)
#include "tst_secretstore_keyring.moc"

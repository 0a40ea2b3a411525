#include "models/secrets/SecretStore.h"
#include "tests/support/TestHome.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// Without any keychain (no D-Bus session, so no Secret Service): secrets live in memory for this run only,
// the store says why, and nothing reaches a file.
class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aReadWithoutAKeychainFindsNothingAndSaysWhy();
    void aWrittenSecretIsKeptInMemoryForThisRun();
    void secretsStayApartPerEnvironmentAndClient();
    void removingForgetsTheSecret();
    void aNewRunStartsWithoutSecrets();
    void noSecretReachesAFile();

private:
    std::optional<QString> read(SecretStore& store, const QString& scope, const QString& account);
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<SecretStore> m_store;
    const QString m_secret = u"n0-keychain-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
};

void TestSecretStoreNoKeychain::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    // No session bus by any route: not by address, not in the runtime folder, not autolaunched through X11.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(QDir().mkpath(m_home->filePath(u"run"_s)));
    qputenv("XDG_RUNTIME_DIR", m_home->filePath(u"run"_s).toUtf8());
    m_store = std::make_unique<SecretStore>(u"CaseDesk-test"_s);
}

std::optional<QString> TestSecretStoreNoKeychain::read(SecretStore& store, const QString& scope, const QString& account)
{
    bool answered = false;
    std::optional<QString> secret;
    store.read(scope, account, this, [&](const std::optional<QString>& value) {
        answered = true;
        secret = value;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    }();
    return answered ? secret : std::optional<QString>(u"<no answer>"_s);
}

void TestSecretStoreNoKeychain::aReadWithoutAKeychainFindsNothingAndSaysWhy()
{
    QSignalSpy unavailable(m_store.get(), &SecretStore::keychainUnavailable);
    QVERIFY(m_store->isKeychainAvailable()); // not known before the first try
    QCOMPARE(read(*m_store, u"provider-sandbox"_s, u"alice"_s), std::nullopt);
    QVERIFY(!m_store->isKeychainAvailable());
    QCOMPARE(unavailable.size(), 1);
    const QString reason = m_store->unavailableReason();
    QVERIFY2(reason.startsWith(u"No system keychain is available ("_s), qPrintable(reason));
    QVERIFY2(reason.endsWith(u"); the secret is kept until CaseDesk quits."_s), qPrintable(reason));
}

void TestSecretStoreNoKeychain::aWrittenSecretIsKeptInMemoryForThisRun()
{
    bool answered = false;
    bool inKeychain = true;
    m_store->write(u"provider-sandbox"_s, u"alice"_s, m_secret, this, [&](bool stored) {
        answered = true;
        inKeychain = stored;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!inKeychain);
    QCOMPARE(read(*m_store, u"provider-sandbox"_s, u"alice"_s), m_secret);
}

void TestSecretStoreNoKeychain::secretsStayApartPerEnvironmentAndClient()
{
    QCOMPARE(read(*m_store, u"provider-production"_s, u"alice"_s), std::nullopt);
    QCOMPARE(read(*m_store, u"provider-sandbox"_s, u"bob"_s), std::nullopt);
    QCOMPARE(read(*m_store, u"provider-sandbox"_s, u"alice"_s), m_secret);
}

void TestSecretStoreNoKeychain::removingForgetsTheSecret()
{
    m_store->write(u"custom-a"_s, u"carol"_s, u"other"_s);
    QCOMPARE(read(*m_store, u"custom-a"_s, u"carol"_s), u"other"_s);
    bool removed = false;
    m_store->remove(u"custom-a"_s, u"carol"_s, this, [&] { removed = true; });
    QTRY_VERIFY(removed);
    QCOMPARE(read(*m_store, u"custom-a"_s, u"carol"_s), std::nullopt);
}

void TestSecretStoreNoKeychain::aNewRunStartsWithoutSecrets()
{
    SecretStore nextRun(u"CaseDesk-test"_s);
    QCOMPARE(read(nextRun, u"provider-sandbox"_s, u"alice"_s), std::nullopt);
    QVERIFY(!nextRun.unavailableReason().isEmpty());
}

void TestSecretStoreNoKeychain::noSecretReachesAFile()
{
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++checked;
        QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
    }
    qInfo() << "checked" << checked << "files";
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"

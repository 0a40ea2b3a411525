#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/secrets/SecretStore.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// A self-signed certificate for 127.0.0.1 (valid until 2126): what a misconfigured or intercepting server shows.
const char kKey[] = "-----BEGIN PRIVATE KEY-----\n"
                    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgf9NG8VLTD4hvo/1X\n"
                    "3hPUHdyF6YDwyLz+acV62a5Tg8qhRANCAATih+xT2azxQ5WvzQJH7lAal+je+5Qp\n"
                    "IkzwHuWt9bt511wO6NypNNHvZpTDL1RzeC/f3Z7aZs3XJ4CLkbFRQBsO\n"
                    "-----END PRIVATE KEY-----\n";
const char kCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                            "MIIBjzCCATagAwIBAgIUS8kFoT2UpWl/+NUHbdtAH3C0eGkwCgYIKoZIzj0EAwIw\n"
                            "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyODA0NDExMloYDzIxMjYxMTA0\n"
                            "MDQ0MTEyWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                            "PQMBBwNCAATih+xT2azxQ5WvzQJH7lAal+je+5QpIkzwHuWt9bt511wO6NypNNHv\n"
                            "ZpTDL1RzeC/f3Z7aZs3XJ4CLkbFRQBsOo2QwYjAdBgNVHQ4EFgQUZn0xCD1Zc7m9\n"
                            "Rp9Fg1Fvd8Axol8wHwYDVR0jBBgwFoAUZn0xCD1Zc7m9Rp9Fg1Fvd8Axol8wDwYD\n"
                            "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0cAMEQC\n"
                            "IDTvAFgebaR1A2I8uWbA/0KnBqSH8CLd1ub8LBQScuX/AiAy/TAKWps1cH8JReIx\n"
                            "/wd5eVNEuL7DnyyCceEkH2l8fQ==\n"
                            "-----END CERTIFICATE-----\n";
} // namespace

/*
 * Signing in, against the sandbox (`--client ID:SECRET`; 5 wrong secrets lock a client) and a private keyring
 * (tests/support/with-keyring.sh): each failure gets its own message, the secret goes to the keychain and
 * nowhere else, a restart signs in from it without asking, and signing out removes it.
 */
class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aWrongSecretIsRefusedAsBadCredentials();
    void aLockedClientIsSaidToBeLocked();
    void anUnreachableServerIsSaidToBeUnreachable();
    void aCertificateProblemIsShownWithItsDetailsAndNothingIsSent();
    void theThreeFailuresReadDifferently();
    void aNewUserSignsInAndFindsTheSecretInTheKeychainOnly();
    void aRestartSignsInFromTheKeychainWithoutAsking();
    void aRefusedStoredSecretAsksAgain();
    void signingOutRemovesTheSecret();
    void removingACustomServerTakesItsSecretOut();

private:
    std::unique_ptr<AppController> startApp();
    SignInDialog* switchToServer(AppController& app, const QString& name, const QUrl& url);
    QString submit(SignInDialog* dialog, const QString& clientId, const QString& secret);
    QString keychainEntry(const QString& scope, const QString& account, int* exitCode = nullptr);
    QStringList filesContaining(const QByteArray& text) const;
    // With CASEDESK_TEST_SHOTS=folder, saves what a user would see, to look at.
    static void shoot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("CASEDESK_TEST_SHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + u".png"_s));
    }
    static QString connectionText(AppController& app)
    {
        return app.window()->findChild<QLabel*>(u"connectionLabel"_s)->text();
    }

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<AppController> m_app;
    QStringList m_messages; // of the three failures, to compare
    const QString m_secret = u"alice-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString m_key = u"custom-127.0.0.1-%1"_s;
};

void TestSignIn::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--client"_s, u"alice:"_s + m_secret, u"--client"_s, u"mallory:mallory-secret"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestSignIn::init()
{
    QSettings().clear();
}

void TestSignIn::cleanup()
{
    m_app.reset();
}

std::unique_ptr<AppController> TestSignIn::startApp()
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    auto app = std::make_unique<AppController>(options);
    app->start();
    return app;
}

SignInDialog* TestSignIn::switchToServer(AppController& app, const QString& name, const QUrl& url)
{
    EnvironmentRegistry* registry = app.environments()->registry();
    std::optional<Environment> environment = registry->find(name);
    if (!environment)
        environment = registry->addCustom(name, url.toString()).environment;
    if (!environment)
        return nullptr;
    app.environments()->menu()->actionFor(environment->key)->trigger();
    if (!QTest::qWaitFor([&] { return app.environments()->signInDialog() != nullptr; }, 10000))
        return nullptr;
    return app.environments()->signInDialog();
}

QString TestSignIn::submit(SignInDialog* dialog, const QString& clientId, const QString& secret)
{
    dialog->findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(clientId);
    dialog->findChild<QLineEdit*>(u"clientSecretEdit"_s)->setText(secret);
    dialog->findChild<QPushButton*>(u"signInButton"_s)->click();
    if (!QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000))
        return u"<still busy>"_s;
    return dialog->message();
}

QString TestSignIn::keychainEntry(const QString& scope, const QString& account, int* exitCode)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, SecretStore::defaultService(), u"user"_s,
                                  SecretStore::entryKey(scope, account)});
    if (!tool.waitForFinished(20000))
        return u"<secret-tool hung>"_s;
    if (exitCode)
        *exitCode = tool.exitCode();
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

QStringList TestSignIn::filesContaining(const QByteArray& text) const
{
    QSettings().sync();
    QStringList found;
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            found << file.fileName();
    }
    return found;
}

void TestSignIn::aWrongSecretIsRefusedAsBadCredentials()
{
    m_app = startApp();
    SignInDialog* dialog = switchToServer(*m_app, u"Team sandbox"_s, m_sandbox->baseUrl());
    QVERIFY(dialog);
    const QString message = submit(dialog, u"alice"_s, u"not-the-secret"_s);
    QVERIFY2(message.contains(u"did not accept this client ID and secret"_s), qPrintable(message));
    QVERIFY(dialog->findChild<QLineEdit*>(u"clientSecretEdit"_s)->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(connectionText(*m_app), u"Not connected"_s);
    m_messages << message;
}

void TestSignIn::aLockedClientIsSaidToBeLocked()
{
    m_app = startApp();
    SignInDialog* dialog = switchToServer(*m_app, u"Team sandbox"_s, m_sandbox->baseUrl());
    QVERIFY(dialog);
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(submit(dialog, u"mallory"_s, u"wrong-%1"_s.arg(attempt)).contains(u"did not accept"_s));
    const QString message = submit(dialog, u"mallory"_s, u"mallory-secret"_s);
    QVERIFY2(message.contains(u"locked after too many failed sign-ins"_s), qPrintable(message));
    shoot(dialog, u"signin-locked"_s);
    m_messages << message;
}

void TestSignIn::anUnreachableServerIsSaidToBeUnreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    m_app = startApp();
    SignInDialog* dialog = switchToServer(*m_app, u"Gone"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QVERIFY(dialog);
    const QString message = submit(dialog, u"alice"_s, m_secret);
    QVERIFY2(message.contains(u"server cannot be reached"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Details: "_s), qPrintable(message));
    m_messages << message;
}

void TestSignIn::aCertificateProblemIsShownWithItsDetailsAndNothingIsSent()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(QByteArray(kKey), QSsl::Ec));
    tls.setLocalCertificate(QSslCertificate(QByteArray(kCertificate)));
    QSslServer server;
    server.setSslConfiguration(tls);
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_app = startApp();
    SignInDialog* dialog =
        switchToServer(*m_app, u"Intercepted"_s, QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
    QVERIFY(dialog);
    const QString message = submit(dialog, u"alice"_s, m_secret);
    QVERIFY2(message.contains(u"certificate could not be trusted"_s), qPrintable(message));
    QVERIFY2(message.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(message));
    shoot(dialog, u"signin-tls"_s);
    QVERIFY(!received.contains(m_secret.toUtf8())); // the handshake failed before any request went out
    QVERIFY(received.isEmpty());
}

void TestSignIn::theThreeFailuresReadDifferently()
{
    QCOMPARE(m_messages.size(), 3);
    QCOMPARE(QSet<QString>(m_messages.begin(), m_messages.end()).size(), 3);
}

void TestSignIn::aNewUserSignsInAndFindsTheSecretInTheKeychainOnly()
{
    m_app = startApp();
    SignInDialog* dialog = switchToServer(*m_app, u"Team sandbox"_s, m_sandbox->baseUrl());
    QVERIFY(dialog);
    const QString message = submit(dialog, u"alice"_s, m_secret);
    QCOMPARE(message, u"Signed in as alice."_s);
    QVERIFY(dialog->isSignedIn());
    shoot(dialog, u"signin-done"_s);
    QTRY_COMPARE(connectionText(*m_app), u"Connected as alice"_s);
    EnvironmentMenu* menu = m_app->environments()->menu();
    QCOMPARE(menu->findChild<QAction*>(u"accountAction"_s)->text(), u"Signed in as alice"_s);
    QVERIFY(menu->signOutAction()->isEnabled());
    dialog->findChild<QPushButton*>(u"closeButton"_s)->click();
    QTRY_VERIFY(!m_app->environments()->signInDialog());

    // Back to the local sandbox: the secret stays in the keychain, under this environment and client id.
    menu->actionFor(u"local"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connectionText(*m_app), u"Connected as casedesk-local"_s, 20000);
    const QString key = m_key.arg(m_sandbox->baseUrl().port());
    QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(key, u"alice"_s), m_secret, 10000);
    QCOMPARE(m_app->environments()->registry()->clientId(key), u"alice"_s);
    m_app.reset();
    QCOMPARE(filesContaining(m_secret.toUtf8()), QStringList());
    QVERIFY(!filesContaining("alice").isEmpty()); // the client id is kept, in the settings
}

void TestSignIn::aRestartSignsInFromTheKeychainWithoutAsking()
{
    // The settings of the previous test are gone (init), so tell the registry again what it knew.
    m_app = startApp();
    const QString key = m_key.arg(m_sandbox->baseUrl().port());
    EnvironmentRegistry* registry = m_app->environments()->registry();
    QVERIFY(registry->addCustom(u"Team sandbox"_s, m_sandbox->baseUrl().toString()).environment);
    registry->setClientId(key, u"alice"_s);
    m_app->environments()->menu()->actionFor(key)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connectionText(*m_app), u"Connected as alice"_s, 20000);
    QVERIFY(!m_app->environments()->signInDialog());
    m_app.reset();

    m_app = startApp(); // remembered: starts in the team sandbox and signs in by itself
    QCOMPARE(m_app->session()->config().key, key);
    QTRY_COMPARE_WITH_TIMEOUT(connectionText(*m_app), u"Connected as alice"_s, 20000);
    QVERIFY(!m_app->environments()->signInDialog());
}

void TestSignIn::aRefusedStoredSecretAsksAgain()
{
    m_app = startApp();
    const QString key = m_key.arg(m_sandbox->baseUrl().port());
    EnvironmentRegistry* registry = m_app->environments()->registry();
    QVERIFY(registry->addCustom(u"Team sandbox"_s, m_sandbox->baseUrl().toString()).environment);
    registry->setClientId(key, u"alice"_s);
    bool written = false;
    m_app->environments()->secrets()->write(key, u"alice"_s, u"rotated-away"_s, this, [&](bool) { written = true; });
    QTRY_VERIFY(written);
    m_app->environments()->menu()->actionFor(key)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->environments()->signInDialog(), 20000);
    SignInDialog* dialog = m_app->environments()->signInDialog();
    QTRY_VERIFY(dialog->message().contains(u"did not accept"_s));
    QCOMPARE(dialog->clientId(), u"alice"_s);
    QCOMPARE(submit(dialog, u"alice"_s, m_secret), u"Signed in as alice."_s);
    QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(key, u"alice"_s), m_secret, 10000);
}

void TestSignIn::signingOutRemovesTheSecret()
{
    m_app = startApp();
    const QString key = m_key.arg(m_sandbox->baseUrl().port());
    EnvironmentRegistry* registry = m_app->environments()->registry();
    QVERIFY(registry->addCustom(u"Team sandbox"_s, m_sandbox->baseUrl().toString()).environment);
    registry->setClientId(key, u"alice"_s);
    m_app->environments()->menu()->actionFor(key)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connectionText(*m_app), u"Connected as alice"_s, 20000);

    EnvironmentMenu* menu = m_app->environments()->menu();
    menu->signOutAction()->trigger();
    QTRY_COMPARE(connectionText(*m_app), u"Signed out"_s);
    QVERIFY(!menu->signOutAction()->isEnabled());
    QVERIFY(!m_app->environments()->signInDialog()); // not asked at once
    int exitCode = 0;
    QTRY_VERIFY_WITH_TIMEOUT((keychainEntry(key, u"alice"_s, &exitCode).isEmpty() && exitCode != 0), 10000);

    // Coming back asks, with the client id filled in.
    menu->actionFor(u"local"_s)->trigger();
    menu->actionFor(key)->trigger();
    QTRY_VERIFY(m_app->environments()->signInDialog());
    QCOMPARE(m_app->environments()->signInDialog()->clientId(), u"alice"_s);
}

void TestSignIn::removingACustomServerTakesItsSecretOut()
{
    m_app = startApp();
    SignInDialog* dialog = switchToServer(*m_app, u"Team sandbox"_s, m_sandbox->baseUrl());
    QVERIFY(dialog);
    QCOMPARE(submit(dialog, u"alice"_s, m_secret), u"Signed in as alice."_s);
    dialog->findChild<QPushButton*>(u"closeButton"_s)->click();
    const QString key = m_key.arg(m_sandbox->baseUrl().port());
    QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(key, u"alice"_s), m_secret, 10000);

    EnvironmentMenu* menu = m_app->environments()->menu();
    menu->actionFor(u"local"_s)->trigger(); // the server in use cannot be removed
    QTRY_COMPARE_WITH_TIMEOUT(connectionText(*m_app), u"Connected as casedesk-local"_s, 20000);
    auto* remove = menu->removeCustomServerMenu()->findChild<QAction*>(u"remove:"_s + key);
    QVERIFY(remove);
    remove->trigger();
    QTRY_VERIFY(menu->removalQuestion() && menu->removalQuestion()->isVisible());
    menu->removalQuestion()->findChild<QPushButton*>(u"confirmRemoveServerButton"_s)->click();
    QTRY_VERIFY(!m_app->environments()->registry()->find(key));
    int exitCode = 0;
    QTRY_VERIFY_WITH_TIMEOUT((keychainEntry(key, u"alice"_s, &exitCode).isEmpty() && exitCode != 0), 10000);
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"

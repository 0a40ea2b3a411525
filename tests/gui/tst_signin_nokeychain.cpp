#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/secrets/SecretStore.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// Where there is no keychain (no D-Bus session at all): the app asks once per run, keeps the secret in memory
// only, says why, and writes it nowhere.
class TestSignInNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSecretIsAskedOncePerRunAndKeptInMemoryOnly();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestSignInNoKeychain::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(QDir().mkpath(m_home->filePath(u"run"_s)));
    qputenv("XDG_RUNTIME_DIR", m_home->filePath(u"run"_s).toUtf8());
}

void TestSignInNoKeychain::theSecretIsAskedOncePerRunAndKeptInMemoryOnly()
{
    const QString secret = u"memory-only-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    SandboxProcess sandbox({u"--client"_s, u"alice:"_s + secret});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    QString key;
    {
        AppController app(options);
        app.start();
        const auto added = app.environments()->registry()->addCustom(u"Team"_s, sandbox.baseUrl().toString());
        QVERIFY(added.environment);
        key = added.environment->key;
        EnvironmentMenu* menu = app.environments()->menu();
        menu->actionFor(key)->trigger();
        QTRY_VERIFY(app.environments()->signInDialog());
        SignInDialog* dialog = app.environments()->signInDialog();
        dialog->findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(u"alice"_s);
        dialog->findChild<QLineEdit*>(u"clientSecretEdit"_s)->setText(secret);
        dialog->findChild<QPushButton*>(u"signInButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->message(), u"Signed in as alice."_s, 20000);
        auto* note = dialog->findChild<QLabel*>(u"secretStorageNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"No system keychain is available ("_s), 20000);
        QVERIFY(note->text().endsWith(u"the secret is kept until CaseDesk quits."_s));
        QVERIFY(!app.environments()->secrets()->isKeychainAvailable());
        dialog->accept();

        // Away and back in the same run: not asked again.
        menu->actionFor(u"local"_s)->trigger();
        menu->actionFor(key)->trigger();
        auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as alice"_s, 20000);
        QVERIFY(!app.environments()->signInDialog());
    }

    // The next run asks again, says why at once, and knows the client id.
    AppController next(options);
    next.start();
    QCOMPARE(next.session()->config().key, key);
    QTRY_VERIFY_WITH_TIMEOUT(next.environments()->signInDialog(), 20000);
    SignInDialog* dialog = next.environments()->signInDialog();
    QCOMPARE(dialog->clientId(), u"alice"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"secretStorageNote"_s)->text().startsWith(u"No system keychain"_s));

    QSettings().sync();
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestSignInNoKeychain)
#include "tst_signin_nokeychain.moc"

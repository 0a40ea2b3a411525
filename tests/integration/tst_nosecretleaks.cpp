#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/core/LogFile.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/settings/Preferences.h"
#include "models/store/CaseRepository.h"
#include "tests/integration/RecordingProxy.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QMutex g_lock;
QStringList g_log; // every message of the run, as it would reach a log
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker locker(&g_lock);
        g_log << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

/*
 * A whole session with sign-in (a refused secret first, then the right one), token refreshes (tokens live two
 * seconds) and errors (404s), after which neither a file under the test's home (settings, per-environment
 * settings, stores, the run's log file as main() writes it) nor any message logged (every casedesk category
 * at debug level) holds a secret or a token. The tokens are the ones the server really handed out: the app goes
 * through a recording proxy.
 */
class TestNoSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSessionWithSignInRefreshAndErrorsLeavesNoSecretOrToken();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<LogFile> m_log;
};

void TestNoSecretLeaks::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLoggingCategory::setFilterRules(u"casedesk.*.debug=true"_s);
    g_previous = qInstallMessageHandler(capture);
    // The app's log file, installed as main() does: in the test's home, so the walk below reads it.
    m_log = std::make_unique<LogFile>(LogFile::defaultFolder());
    QVERIFY2(m_log->install(), qPrintable(m_log->errorString()));
}

void TestNoSecretLeaks::aSessionWithSignInRefreshAndErrorsLeavesNoSecretOrToken()
{
    const QString secret = u"leak-check-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString wrongSecret = u"wrong-s3cret-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    SandboxProcess sandbox({u"--client"_s, u"alice:"_s + secret, u"--token-ttl"_s, u"2"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    RecordingProxy proxy;
    QVERIFY(proxy.listen());
    {
        QSettings settings;
        Preferences(&settings).setProxy({ProxySettings::Mode::Manual, u"127.0.0.1"_s, proxy.port(), {}, {}});
    }

    QStringList tokens;
    {
        AppOptions options;
        options.sandboxProgram = SandboxProcess::sandboxBinary();
        AppController app(options);
        app.start();
        const auto added = app.environments()->registry()->addCustom(u"Leak check"_s, sandbox.baseUrl().toString());
        QVERIFY(added.environment);
        app.environments()->menu()->actionFor(added.environment->key)->trigger();
        QTRY_VERIFY(app.environments()->signInDialog());
        SignInDialog* dialog = app.environments()->signInDialog();
        auto submit = [dialog](const QString& secretText) {
            dialog->findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(u"alice"_s);
            dialog->findChild<QLineEdit*>(u"clientSecretEdit"_s)->setText(secretText);
            dialog->findChild<QPushButton*>(u"signInButton"_s)->click();
            return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000);
        };
        QVERIFY(submit(wrongSecret));
        QVERIFY(dialog->message().contains(u"did not accept"_s));
        QVERIFY(submit(secret));
        QCOMPARE(dialog->message(), u"Signed in as alice."_s);

        // Keep asking for a case nobody has (404) until a token has been renewed at least once.
        QTimer errors;
        connect(&errors, &QTimer::timeout, &app, [&app] { app.repository()->fetch(u"99999999"_s); });
        errors.start(300);
        QTRY_VERIFY_WITH_TIMEOUT(proxy.accessTokens().size() >= 2, 20000);
        errors.stop();
        tokens = proxy.accessTokens();

        app.environments()->menu()->actionFor(u"local"_s)->trigger();
        auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
    }
    QSettings().sync();

    // The detector works: the traffic carried them, the log has the session in it.
    QVERIFY(proxy.traffic().contains(secret.toUtf8()));
    for (const QString& token : std::as_const(tokens))
        QVERIFY(token.size() >= 16);
    QStringList log;
    {
        QMutexLocker locker(&g_lock);
        log = g_log;
    }
    const QString allLog = log.join(u'\n');
    QVERIFY(allLog.contains(u"signed in as \"alice\""_s));
    QVERIFY(allLog.contains(u"-> 404"_s));

    // The log file holds the session too (so the walk below looks at something that could leak).
    m_log->flush();
    QVERIFY(m_log->filePath().startsWith(m_home->path()));
    {
        QFile logFile(m_log->filePath());
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logged = logFile.readAll();
        QVERIFY(logged.contains("signed in as \"alice\""));
        QVERIFY(logged.contains("-> 404"));
    }

    const QStringList needles = QStringList{secret, wrongSecret} + tokens;
    int files = 0;
    QDirIterator walk(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        QFile file(walk.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray bytes = file.readAll();
        for (const QString& needle : needles)
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(file.fileName() + u" holds a secret or token"_s));
    }
    QVERIFY2(files >= 4, "the settings and the stores of both environments should be there");
    for (const QString& needle : needles)
        QVERIFY2(!allLog.contains(needle), "a secret or token was logged");
}

QTEST_MAIN(TestNoSecretLeaks)
#include "tst_nosecretleaks.moc"

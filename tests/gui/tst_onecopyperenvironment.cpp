#include "app/AppController.h"
#include "app/Session.h"
#include "models/environment/EnvironmentLock.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * One CaseDesk per environment's data, across processes: the real `casedesk` binary runs on the local
 * sandbox's data; a second CaseDesk (the whole app, in this process, on the same folders) must not start a
 * session there and says why, naming the first copy's process. Once the first copy is killed (its lock left
 * behind, stale), the second takes the data over and works.
 */
class TestOneCopyPerEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aLockOfThisProcessIsNotTakenTwice();
    void aLockLeftByADeadProcessIsTakenOver();
    void aSecondCopyDoesNotUseTheDataOfTheFirst();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QProcess> m_first;
};

void TestOneCopyPerEnvironment::initTestCase()
{
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
    QVERIFY(!qEnvironmentVariableIsEmpty("CASEDESK_APP_BIN"));
    QCoreApplication::setOrganizationName(u"CaseDesk"_s);
    QCoreApplication::setApplicationName(u"CaseDesk"_s);
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOneCopyPerEnvironment::cleanupTestCase()
{
    if (m_first) {
        m_first->kill();
        m_first->waitForFinished(5000);
    }
}

void TestOneCopyPerEnvironment::aLockOfThisProcessIsNotTakenTwice()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    EnvironmentLock first(folder.path());
    QVERIFY(first.acquire());
    QVERIFY(first.isHeld());
    QVERIFY(first.acquire()); // asking again keeps it

    EnvironmentLock second(folder.path());
    QVERIFY(!second.acquire());
    QVERIFY(!second.isHeld());
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    const QString why = second.explanation(u"Local sandbox"_s);
    QVERIFY2(why.contains(u"Local sandbox"_s) && why.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(why));
}

void TestOneCopyPerEnvironment::aLockLeftByADeadProcessIsTakenOver()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A process that has ended: its id is free now (or taken by something that is not CaseDesk).
    QProcess ended;
    ended.start(u"true"_s, {});
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    {
        // What QLockFile writes: process id, application name, host name.
        QFile stale(EnvironmentLock::fileNameIn(folder.path()));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid) + "\nCaseDesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    EnvironmentLock lock(folder.path());
    QVERIFY(lock.acquire());
    QVERIFY(lock.isHeld());
}

void TestOneCopyPerEnvironment::aSecondCopyDoesNotUseTheDataOfTheFirst()
{
    // The first copy: the real binary, with the folders this process uses in QStandardPaths' test mode.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data);
    environment.insert(u"XDG_CONFIG_HOME"_s, config);
    environment.insert(u"XDG_CACHE_HOME"_s, cache);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    m_first = std::make_unique<QProcess>();
    m_first->setProcessEnvironment(environment);
    m_first->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_first->start(qEnvironmentVariable("CASEDESK_APP_BIN"), {u"--environment"_s, u"local"_s});
    QVERIFY2(m_first->waitForStarted(10000), qPrintable(m_first->errorString()));
    const QString folder = Session::dataFolderFor(u"local"_s);
    const QString sandboxLog = QDir(folder).filePath(u"server/sandbox.log"_s);
    const auto signedIn = [&sandboxLog] {
        QFile log(sandboxLog);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains("POST /oauth2/v1/token 200");
    };
    QTRY_VERIFY_WITH_TIMEOUT(signedIn(), 30000); // it works on this data
    QVERIFY(QFile::exists(EnvironmentLock::fileNameIn(folder)));

    // The second copy: told, with the first copy's process named, and no session (so no outbox) of its own.
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    options.environment = u"local"_s;
    {
        AppController second(options);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(!second.window()->problemText().isEmpty(), 10000);
        const QString problem = second.window()->problemText();
        QVERIFY2(problem.contains(QString::number(m_first->processId())), qPrintable(problem));
        QVERIFY(!second.session());
    }

    // The first copy dies without a word: its lock stays behind, stale, and the next copy takes over.
    m_first->kill();
    QVERIFY(m_first->waitForFinished(5000));
    QVERIFY(QFile::exists(EnvironmentLock::fileNameIn(folder)));
    AppController third(options);
    third.start();
    QTRY_VERIFY_WITH_TIMEOUT(third.session(), 10000);
    QVERIFY2(third.window()->problemText().isEmpty(), qPrintable(third.window()->problemText()));
}

QTEST_MAIN(TestOneCopyPerEnvironment)
#include "tst_onecopyperenvironment.moc"

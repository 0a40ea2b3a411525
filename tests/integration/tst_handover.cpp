// One running copy, across real processes: the `casedesk` binary runs; starting it again with --open NUMBER
// or a casedesk://case/NUMBER link hands the command line (and the XDG activation token of that start) to
// the running copy and exits 0, and the running copy opens the case. What the running copy did is read from
// its log, which it writes to stderr as well as to its log file.
#include "app/Session.h"
#include "tests/support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestHandOver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aLaterStartHandsItsCaseToTheRunningCopy();

private:
    QProcessEnvironment environment() const;
    // The running copy's log so far.
    QString firstLog();
    // A case number the sandbox has (from the running copy's local sandbox's request log).
    QStringList caseNumbersSeen() const;

    std::unique_ptr<TestHome> m_home;
    QTemporaryDir m_runtime;
    std::unique_ptr<QProcess> m_first;
    QByteArray m_firstOutput;
};

void TestHandOver::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("CASEDESK_APP_BIN"));
    QCoreApplication::setOrganizationName(u"CaseDesk"_s);
    QCoreApplication::setApplicationName(u"CaseDesk"_s);
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_runtime.isValid());
}

void TestHandOver::cleanupTestCase()
{
    if (m_first) {
        m_first->kill();
        m_first->waitForFinished(5000);
    }
}

QProcessEnvironment TestHandOver::environment() const
{
    // The folders this process sees in QStandardPaths' test mode, so Session::dataFolderFor() here names the
    // child's; a runtime folder of its own for the lock and the socket.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    environment.insert(u"XDG_CONFIG_HOME"_s, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    environment.insert(u"XDG_CACHE_HOME"_s, QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain, no notification service: not needed here
    environment.remove(u"XDG_ACTIVATION_TOKEN"_s);
    return environment;
}

QString TestHandOver::firstLog()
{
    m_firstOutput += m_first->readAll();
    return QString::fromUtf8(m_firstOutput);
}

QStringList TestHandOver::caseNumbersSeen() const
{
    QFile log(QDir(Session::dataFolderFor(u"local"_s)).filePath(u"server/sandbox.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression get(u"GET /support/v2/tickets/([0-9]{8}) 200"_s);
    QStringList numbers;
    for (auto match = get.globalMatch(QString::fromUtf8(log.readAll())); match.hasNext();) {
        const QString number = match.next().captured(1);
        if (!numbers.contains(number))
            numbers.append(number);
    }
    return numbers;
}

void TestHandOver::aLaterStartHandsItsCaseToTheRunningCopy()
{
    m_first = std::make_unique<QProcess>();
    m_first->setProcessEnvironment(environment());
    m_first->setProcessChannelMode(QProcess::MergedChannels);
    m_first->start(qEnvironmentVariable("CASEDESK_APP_BIN"), {});
    QVERIFY2(m_first->waitForStarted(10000), qPrintable(m_first->errorString()));
    // Signed in to its local sandbox and fetching the order history's cases: two of them to open.
    QTRY_VERIFY_WITH_TIMEOUT(caseNumbersSeen().size() >= 2, 60000);
    const QString first = caseNumbersSeen().at(0);
    const QString second = caseNumbersSeen().at(1);
    QVERIFY2(!firstLog().contains(u"opened case"_s), qPrintable(firstLog()));

    // --open NUMBER, with the activation token a Wayland launcher would give.
    QProcessEnvironment later = environment();
    later.insert(u"XDG_ACTIVATION_TOKEN"_s, u"handover-token-1"_s);
    QProcess open;
    open.setProcessEnvironment(later);
    open.setProcessChannelMode(QProcess::MergedChannels);
    open.start(qEnvironmentVariable("CASEDESK_APP_BIN"), {u"--open"_s, first});
    QVERIFY(open.waitForFinished(15000));
    QCOMPARE(open.exitStatus(), QProcess::NormalExit);
    QCOMPARE(open.exitCode(), 0);
    // It handed over: it never started a window, a log or a session of its own.
    const QString openOutput = QString::fromUtf8(open.readAll());
    QVERIFY2(!openOutput.contains(u" on Qt "_s), qPrintable(openOutput));
    QTRY_VERIFY2_WITH_TIMEOUT(firstLog().contains(u"opened case %1 in a tab"_s.arg(first)), qPrintable(firstLog()),
                              20000);
    QVERIFY2(firstLog().contains(u"a later start handed over 2 argument(s) with an activation token"_s),
             qPrintable(firstLog()));
    QVERIFY2(firstLog().contains(u"brought the window forward with an activation token"_s), qPrintable(firstLog()));

    // A casedesk:// link, from a start without a token.
    QProcess link;
    link.setProcessEnvironment(environment());
    link.setProcessChannelMode(QProcess::MergedChannels);
    link.start(qEnvironmentVariable("CASEDESK_APP_BIN"), {u"casedesk://case/%1"_s.arg(second)});
    QVERIFY(link.waitForFinished(15000));
    QCOMPARE(link.exitStatus(), QProcess::NormalExit);
    QCOMPARE(link.exitCode(), 0);
    const QString linkOutput = QString::fromUtf8(link.readAll());
    QVERIFY2(!linkOutput.contains(u" on Qt "_s), qPrintable(linkOutput));
    QTRY_VERIFY2_WITH_TIMEOUT(firstLog().contains(u"opened case %1 in a tab"_s.arg(second)), qPrintable(firstLog()),
                              20000);
    QVERIFY2(firstLog().contains(u"a later start handed over 1 argument(s) without an activation token"_s),
             qPrintable(firstLog()));

    QCOMPARE(m_first->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"

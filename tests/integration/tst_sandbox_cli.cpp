// The sandbox's command line, its start-up line and its request log.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runSandbox(const QStringList& arguments)
{
    QProcess process;
    process.start(SandboxProcess::sandboxBinary(), arguments);
    Run run;
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsEveryOption();
    void badValuesExitWithCode2_data();
    void badValuesExitWithCode2();
    void badClientValueDoesNotEchoTheSecret();
    void aTakenPortIsReported();
    void logsOneLinePerRequestWithoutSecrets();
};

void TestSandboxCli::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("tests the sandbox binary itself");
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
}

void TestSandboxCli::helpListsEveryOption()
{
    const Run run = runSandbox({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char* option : {"--port",
                               "--db",
                               "--seed-cases",
                               "--seed ",
                               "--pace",
                               "--client",
                               "--token-ttl",
                               "--note-delay",
                               "--request-timeout",
                               "--fault-latency-ms",
                               "--fault-error-rate",
                               "--fault-drop-rate",
                               "--fault-truncate-rate",
                               "--fault-expire-rate",
                               "--fault-after-error-rate",
                               "--fault-malformed-rate",
                               "--search-lag",
                               "--clock-offset",
                               "--fault-seed",
                               "--client-stdin",
                               "--max-connections",
                               "--help"})
        QVERIFY2(run.out.contains(option), option);
}

void TestSandboxCli::badValuesExitWithCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << QByteArray("--port");
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << QByteArray("--port");
    QTest::newRow("rate above 1") << QStringList{u"--fault-error-rate"_s, u"1.5"_s} << QByteArray("--fault-error-rate");
    QTest::newRow("negative rate") << QStringList{u"--fault-drop-rate"_s, u"-0.1"_s} << QByteArray("--fault-drop-rate");
    QTest::newRow("rate not a number") << QStringList{u"--fault-truncate-rate"_s, u"often"_s}
                                       << QByteArray("--fault-truncate-rate");
    QTest::newRow("after-error rate above 1")
        << QStringList{u"--fault-after-error-rate"_s, u"2"_s} << QByteArray("--fault-after-error-rate");
    QTest::newRow("malformed rate not a number")
        << QStringList{u"--fault-malformed-rate"_s, u"half"_s} << QByteArray("--fault-malformed-rate");
    QTest::newRow("negative search lag") << QStringList{u"--search-lag"_s, u"-3"_s} << QByteArray("--search-lag");
    QTest::newRow("clock offset beyond a year")
        << QStringList{u"--clock-offset"_s, u"99999999"_s} << QByteArray("--clock-offset");
    QTest::newRow("clock offset not whole")
        << QStringList{u"--clock-offset"_s, u"1.5"_s} << QByteArray("--clock-offset");
    QTest::newRow("token ttl 0") << QStringList{u"--token-ttl"_s, u"0"_s} << QByteArray("--token-ttl");
    QTest::newRow("seed cases not a number") << QStringList{u"--seed-cases"_s, u"many"_s} << QByteArray("--seed-cases");
    QTest::newRow("negative pace") << QStringList{u"--pace"_s, u"-1"_s} << QByteArray("--pace");
    QTest::newRow("negative latency") << QStringList{u"--fault-latency-ms"_s, u"-5"_s}
                                      << QByteArray("--fault-latency-ms");
    QTest::newRow("client without secret") << QStringList{u"--client"_s, u"someone:"_s} << QByteArray("--client");
    QTest::newRow("no connections") << QStringList{u"--max-connections"_s, u"0"_s} << QByteArray("--max-connections");
    QTest::newRow("connections not a number")
        << QStringList{u"--max-connections"_s, u"lots"_s} << QByteArray("--max-connections");
    QTest::newRow("missing value") << QStringList{u"--db"_s} << QByteArray("db");
    QTest::newRow("unknown option") << QStringList{u"--verbose"_s} << QByteArray("verbose");
    QTest::newRow("stray argument") << QStringList{u"8080"_s} << QByteArray("8080");
}

void TestSandboxCli::badValuesExitWithCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = runSandbox(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QVERIFY(!run.out.contains("listening on"));
}

void TestSandboxCli::badClientValueDoesNotEchoTheSecret()
{
    const Run run = runSandbox({u"--client"_s, u"hunter2-secret-without-id"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--client"));
    QVERIFY(!run.err.contains("hunter2"));
}

void TestSandboxCli::aTakenPortIsReported()
{
    SandboxProcess first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    const Run second = runSandbox({u"--port"_s, QString::number(first.baseUrl().port())});
    QVERIFY(second.exitCode != 0);
    QVERIFY2(second.err.contains("cannot listen"), second.err.constData());
}

void TestSandboxCli::logsOneLinePerRequestWithoutSecrets()
{
    SandboxProcess sandbox({u"--client"_s, u"logger:very-secret-value"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.baseUrl().host() == u"127.0.0.1"_s);
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn(u"logger"_s, u"very-secret-value"_s));
    QCOMPARE(client.get(u"/support/v2/tickets/99999999?x=1"_s).status, 404);
    QCOMPARE(client.requestToken(u"logger"_s, u"wrong-secret"_s).status, 400);
    QTRY_VERIFY(sandbox.standardError().contains("GET /support/v2/tickets/99999999 404 "));
    QTRY_VERIFY(sandbox.standardError().count("POST /oauth2/v1/token ") == 2);
    const QByteArray log = sandbox.standardError();
    QVERIFY(log.contains("POST /oauth2/v1/token 200 "));
    QVERIFY(log.contains("POST /oauth2/v1/token 400 "));
    QVERIFY(!log.contains(client.token()));
    QVERIFY(!log.contains("very-secret-value"));
    QVERIFY(!log.contains("wrong-secret"));
    QVERIFY(!log.contains("x=1"));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"

// The sandbox CaseDesk starts is not open to other users of this computer: only this launch's random secret
// signs in (the built-in one does not), the secret is never on the command line, guesses never lock the
// app's own client, requests must name 127.0.0.1:PORT or localhost:PORT as their Host (DNS rebinding), and
// connections past the cap are refused. Against the real casedesk-sandbox, started by LocalSandbox.
#include "models/environment/LocalSandbox.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{

// The documented default of --max-connections (README, "The local sandbox"); the app passes none.
constexpr int kDefaultMaxConnections = 64;

QByteArray get(const QByteArray& hostLines, const QByteArray& version = "HTTP/1.1")
{
    return "GET /support/v2/tickets/99999999 " + version + "\r\n" + hostLines + "Connection: close\r\n\r\n";
}

QByteArray hostLine(quint16 port)
{
    return "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
}

QByteArray readProcFile(qint64 pid, const char* name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QString::fromLatin1(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLocalSandboxAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyThisLaunchsSecretSignsIn();
    void theSecretIsNotOnTheCommandLine();
    void eachLaunchHasItsOwnSecret();
    void guessesNeverLockTheAppsOwnClient();
    void otherClientsStillLockAfterFiveGuesses();
    void onlyLoopbackHostHeadersAreServed_data();
    void onlyLoopbackHostHeadersAreServed();
    void connectionsPastTheCapAreRefused();
    void unusableStdinClientsStopTheSandbox_data();
    void unusableStdinClientsStopTheSandbox();

private:
    std::unique_ptr<LocalSandbox> startSandbox(const QString& folder, const QStringList& extraArguments = {});

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<LocalSandbox> m_sandbox;
    quint16 m_port = 0;
};

std::unique_ptr<LocalSandbox> TestLocalSandboxAccess::startSandbox(const QString& folder,
                                                                   const QStringList& extraArguments)
{
    auto sandbox = std::make_unique<LocalSandbox>(m_home->filePath(folder));
    sandbox->setProgram(SandboxProcess::sandboxBinary());
    sandbox->setExtraArguments(extraArguments);
    QSignalSpy ready(sandbox.get(), &LocalSandbox::ready);
    sandbox->start();
    if (!ready.wait(20000))
        return nullptr;
    return sandbox;
}

void TestLocalSandboxAccess::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
    m_sandbox = startSandbox(u"first"_s);
    QVERIFY(m_sandbox);
    m_port = quint16(m_sandbox->baseUrl().port());
    QVERIFY(m_sandbox->clientSecret().size() >= 32);
}

void TestLocalSandboxAccess::onlyThisLaunchsSecretSignsIn()
{
    SandboxClient client(m_sandbox->baseUrl());
    const HttpReply builtIn = client.requestToken(LocalSandbox::clientId(), LocalSandbox::builtInClientSecret());
    QCOMPARE(builtIn.status, 400);
    QCOMPARE(builtIn.object().value(u"error_code"_s).toString(), u"INVALID_CLIENT"_s);
    // Other clients the sandbox knows elsewhere (the tests' --client values) are unknown here.
    const QList<std::pair<QString, QString>> others{
        {u"reader"_s, u"reader-secret"_s}, {u"locky"_s, u"locky-secret"_s}, {u"casedesk"_s, m_sandbox->clientSecret()}};
    for (const auto& [id, secret] : others) {
        const HttpReply other = client.requestToken(id, secret);
        QCOMPARE(other.status, 400);
        QCOMPARE(other.object().value(u"error_code"_s).toString(), u"INVALID_CLIENT"_s);
    }
    const HttpReply own = client.requestToken(LocalSandbox::clientId(), m_sandbox->clientSecret());
    QCOMPARE(own.status, 200);
    QCOMPARE(own.object().value(u"user_name"_s).toString(), LocalSandbox::clientId());
}

void TestLocalSandboxAccess::theSecretIsNotOnTheCommandLine()
{
    const qint64 pid = m_sandbox->processId();
    QVERIFY(pid > 0);
    const QByteArray commandLine = readProcFile(pid, "cmdline");
    QVERIFY(!commandLine.isEmpty());
    const QByteArray secret = m_sandbox->clientSecret().toUtf8();
    QVERIFY2(!commandLine.contains(secret), commandLine.constData());
    QVERIFY(!commandLine.contains("casedesk-local-secret"));
    QVERIFY(!readProcFile(pid, "environ").contains(secret));
    // The right process: its command line asks for the client on stdin.
    QVERIFY2(commandLine.split('\0').contains("--client-stdin"), commandLine.constData());
}

void TestLocalSandboxAccess::eachLaunchHasItsOwnSecret()
{
    const auto second = startSandbox(u"second"_s);
    QVERIFY(second);
    QVERIFY(second->clientSecret() != m_sandbox->clientSecret());
    SandboxClient client(second->baseUrl());
    QCOMPARE(client.requestToken(LocalSandbox::clientId(), m_sandbox->clientSecret()).status, 400);
    QCOMPARE(client.requestToken(LocalSandbox::clientId(), second->clientSecret()).status, 200);
}

void TestLocalSandboxAccess::guessesNeverLockTheAppsOwnClient()
{
    // Another local user guessing: each guess is refused, none locks the app out.
    SandboxClient client(m_sandbox->baseUrl());
    for (int guess = 0; guess < 12; ++guess) {
        const HttpReply wrong = client.requestToken(LocalSandbox::clientId(), u"guess-%1"_s.arg(guess));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.object().value(u"error_code"_s).toString(), u"INVALID_CLIENT"_s);
    }
    const HttpReply own = client.requestToken(LocalSandbox::clientId(), m_sandbox->clientSecret());
    QVERIFY2(own.status == 200, qPrintable(own.describe()));
}

void TestLocalSandboxAccess::otherClientsStillLockAfterFiveGuesses()
{
    // The exemption is the launch client's only: a --client beside it keeps the documented lock.
    const auto sandbox = startSandbox(u"with-client"_s, {u"--client"_s, u"tester:tester-secret"_s});
    QVERIFY(sandbox);
    SandboxClient client(sandbox->baseUrl());
    for (int guess = 0; guess < 5; ++guess)
        QCOMPARE(client.requestToken(u"tester"_s, u"guess-%1"_s.arg(guess)).status, 400);
    const HttpReply locked = client.requestToken(u"tester"_s, u"tester-secret"_s);
    QCOMPARE(locked.object().value(u"error_code"_s).toString(), u"ACCOUNT_LOCKED"_s);
    QCOMPARE(client.requestToken(LocalSandbox::clientId(), sandbox->clientSecret()).status, 200);
}

void TestLocalSandboxAccess::onlyLoopbackHostHeadersAreServed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status"); // 401: served (no token); 421 or 400: refused before any route
    const QByteArray port = QByteArray::number(m_port);
    const QByteArray otherPort = QByteArray::number(m_port == 65535 ? 1 : m_port + 1);
    QTest::newRow("127.0.0.1:PORT") << get("Host: 127.0.0.1:" + port + "\r\n") << 401;
    QTest::newRow("localhost:PORT") << get("Host: localhost:" + port + "\r\n") << 401;
    QTest::newRow("LocalHost:PORT") << get("Host: LocalHost:" + port + "\r\n") << 401;
    QTest::newRow("spaces around") << get("Host:   127.0.0.1:" + port + "  \r\n") << 401;
    QTest::newRow("header name in capitals") << get("HOST: 127.0.0.1:" + port + "\r\n") << 401;
    QTest::newRow("port with a sign") << get("Host: 127.0.0.1:+" + port + "\r\n") << 421;
    QTest::newRow("port with a leading zero") << get("Host: 127.0.0.1:0" + port + "\r\n") << 421;
    QTest::newRow("twice, names in other cases") << get(hostLine(m_port) + "host: 127.0.0.1:" + port + "\r\n") << 400;
    QTest::newRow("HTTP/1.0 with Host") << get("Host: 127.0.0.1:" + port + "\r\n", "HTTP/1.0") << 401;
    QTest::newRow("a rebound name") << get("Host: attacker.example:" + port + "\r\n") << 421;
    QTest::newRow("a rebound name, no port") << get("Host: attacker.example\r\n") << 421;
    QTest::newRow("another port") << get("Host: 127.0.0.1:" + otherPort + "\r\n") << 421;
    QTest::newRow("no port (means 80)") << get("Host: 127.0.0.1\r\n") << 421;
    QTest::newRow("loopback as a prefix") << get("Host: 127.0.0.1.attacker.example:" + port + "\r\n") << 421;
    QTest::newRow("port as a prefix") << get("Host: 127.0.0.1:" + port + ".attacker.example\r\n") << 421;
    QTest::newRow("port with junk") << get("Host: 127.0.0.1:" + port + "0\r\n") << 421;
    QTest::newRow("IPv6 loopback") << get("Host: [::1]:" + port + "\r\n") << 421;
    QTest::newRow("user info") << get("Host: me@127.0.0.1:" + port + "\r\n") << 421;
    QTest::newRow("empty") << get("Host: \r\n") << 421;
    QTest::newRow("missing") << get({}) << 400;
    QTest::newRow("missing, HTTP/1.0") << get({}, "HTTP/1.0") << 400;
    QTest::newRow("twice, both right") << get(hostLine(m_port) + hostLine(m_port)) << 400;
    QTest::newRow("twice, one rebound") << get(hostLine(m_port) + "Host: attacker.example:" + port + "\r\n") << 400;
}

void TestLocalSandboxAccess::onlyLoopbackHostHeadersAreServed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient raw(m_port);
    QVERIFY(raw.isConnected());
    raw.send(request);
    const QByteArray answer = raw.readUntilClosed(5000);
    QVERIFY2(RawHttpClient::statusOf(answer) == status, answer.constData());
}

void TestLocalSandboxAccess::connectionsPastTheCapAreRefused()
{
    // A sandbox of its own: no other client holds a connection to it.
    const auto sandbox = startSandbox(u"capped"_s);
    QVERIFY(sandbox);
    const quint16 port = quint16(sandbox->baseUrl().port());
    std::vector<std::unique_ptr<RawHttpClient>> held;
    for (int i = 0; i < kDefaultMaxConnections; ++i) {
        held.push_back(std::make_unique<RawHttpClient>(port));
        QVERIFY(held.back()->isConnected());
    }
    RawHttpClient oneTooMany(port);
    oneTooMany.send(get(hostLine(port)));
    const QByteArray refused = oneTooMany.readUntilClosed(5000);
    QVERIFY2(RawHttpClient::statusOf(refused) == 503, refused.constData());
    QVERIFY(oneTooMany.closedByServer());
    // The last one within the cap is served.
    held.back()->send(get(hostLine(port)));
    QCOMPARE(RawHttpClient::statusOf(held.back()->readUntilClosed(5000)), 401);
    held.pop_back();
    held.front()->close();
    held.erase(held.begin());
    // Once connections close, their places are free again.
    const auto servedNow = [port] {
        RawHttpClient raw(port);
        raw.send(get(hostLine(port)));
        return RawHttpClient::statusOf(raw.readUntilClosed(5000)) == 401;
    };
    QTRY_VERIFY_WITH_TIMEOUT(servedNow(), 10000);
}

void TestLocalSandboxAccess::unusableStdinClientsStopTheSandbox_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray longSecret(40, 's');
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("empty line") << QByteArray("\n");
    QTest::newRow("no colon") << QByteArray("casedesk-local" + longSecret + "\n");
    QTest::newRow("no id") << QByteArray(":" + longSecret + "\n");
    QTest::newRow("short secret") << QByteArray("casedesk-local:casedesk-local-secret\n");
    QTest::newRow("line too long") << QByteArray("casedesk-local:" + QByteArray(5000, 's') + "\n");
    QTest::newRow("binary") << QByteArray("\0\0\0\0\n", 5);
}

void TestLocalSandboxAccess::unusableStdinClientsStopTheSandbox()
{
    QFETCH(QByteArray, input);
    QProcess process;
    process.start(SandboxProcess::sandboxBinary(), {u"--port"_s, u"0"_s, u"--client-stdin"_s});
    QVERIFY(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("--client-stdin"), err.constData());
    QVERIFY(!err.contains("ssssssssss")); // the secret is never echoed
    QVERIFY(!process.readAllStandardOutput().contains("listening"));
}

QTEST_GUILESS_MAIN(TestLocalSandboxAccess)
#include "tst_localsandboxaccess.moc"

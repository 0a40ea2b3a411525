// Whatever arrives on the socket, the sandbox answers or closes, never hangs or crashes, and keeps serving
// everyone else: garbage, huge headers, half-sent bodies, vanishing clients, many clients at once.
#include "tests/support/RawHttpClient.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badBytesGetAnAnswerOrAClose_data();
    void badBytesGetAnAnswerOrAClose();
    void halfSentBodyTimesOutWith408();
    void hugeDeclaredBodyIsRefusedBeforeItArrives();
    void http10ConnectionClosesAfterTheAnswer();
    void expectContinueIsAnsweredBeforeTheBody();
    void clientsThatVanishMidAnswerDoNotHurt();
    void manyClientsAtOnceWhileOthersStall();

private:
    bool stillServes();

    SandboxProcess m_sandbox{{u"--request-timeout"_s, u"1"_s}};
    std::unique_ptr<SandboxClient> m_client;
    quint16 m_port = 0;
};

void TestSandboxRobustness::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --request-timeout option");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
    m_port = quint16(m_sandbox.baseUrl().port());
}

bool TestSandboxRobustness::stillServes()
{
    return m_sandbox.isRunning() && m_client->get(u"/support/v2/tickets/99999999"_s).status == 404;
}

void TestSandboxRobustness::badBytesGetAnAnswerOrAClose_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: the server may just close
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << 400;
    QTest::newRow("TLS client hello") << QByteArray::fromHex("16030100a5010000a10303") << 400;
    QTest::newRow("zeros") << QByteArray(512, '\0') << 400;
    QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("no protocol") << QByteArray("GET /support/v2/tickets\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
    QTest::newRow("request line of 100 KB") << QByteArray("GET /" + QByteArray(100 * 1024, 'a')) << 431;
    QTest::newRow("headers of 100 KB") << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(100 * 1024, 'h')) << 431;
    QTest::newRow("many headers") << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(20000)) << 431;
}

void TestSandboxRobustness::badBytesGetAnAnswerOrAClose()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    RawHttpClient raw(m_port);
    QVERIFY(raw.isConnected());
    raw.send(bytes);
    QElapsedTimer timer;
    timer.start();
    const QByteArray answer = raw.readUntilClosed(5000);
    QVERIFY2(raw.closedByServer(), "the server kept a connection with garbage open");
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(RawHttpClient::statusOf(answer), status);
    QVERIFY(stillServes());
}

void TestSandboxRobustness::halfSentBodyTimesOutWith408()
{
    RawHttpClient raw(m_port);
    raw.send("POST /support/v2/tickets HTTP/1.1\r\n" + raw.hostLine()
             + "Content-Type: application/json\r\n"
               "Content-Length: 500\r\n\r\n{\"code\": \"0002");
    QVERIFY(stillServes()); // others are served while this one waits
    const QByteArray answer = raw.readUntilClosed(5000);
    QVERIFY(raw.closedByServer());
    QCOMPARE(RawHttpClient::statusOf(answer), 408);
    QVERIFY(stillServes());
}

void TestSandboxRobustness::hugeDeclaredBodyIsRefusedBeforeItArrives()
{
    RawHttpClient raw(m_port);
    raw.send("POST /v1/attachments/file HTTP/1.1\r\n" + raw.hostLine()
             + "Content-Type: multipart/form-data; boundary=b\r\n"
               "Content-Length: 5000000000\r\n\r\n");
    const QByteArray answer = raw.readUntilClosed(5000);
    QVERIFY(raw.closedByServer());
    QCOMPARE(RawHttpClient::statusOf(answer), 413);
    QVERIFY(stillServes());
}

void TestSandboxRobustness::http10ConnectionClosesAfterTheAnswer()
{
    RawHttpClient raw(m_port);
    raw.send("GET /support/v2/tickets/99999999 HTTP/1.0\r\n" + raw.hostLine() + "Authorization: Bearer "
             + m_client->token() + "\r\n\r\n");
    const QByteArray answer = raw.readUntilClosed(5000);
    QVERIFY(raw.closedByServer());
    QCOMPARE(RawHttpClient::statusOf(answer), 404);
    QCOMPARE(RawHttpClient::headerOf(answer, "connection"), QByteArray("close"));
}

void TestSandboxRobustness::expectContinueIsAnsweredBeforeTheBody()
{
    const QByteArray body = SandboxClient::toJson(QJsonObject{{u"q"_s, u"nothing-matches-this"_s}});
    RawHttpClient raw(m_port);
    raw.send("POST /v1/retrieve-orders HTTP/1.1\r\n" + raw.hostLine() + "Authorization: Bearer " + m_client->token()
             + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
             + QByteArray::number(body.size()) + "\r\n\r\n");
    const QByteArray interim = raw.readResponse(3000);
    QCOMPARE(RawHttpClient::statusOf(interim), 100);
    raw.send(body);
    const QByteArray answer = raw.readResponse(3000);
    QCOMPARE(RawHttpClient::statusOf(answer), 200);
    QCOMPARE(QJsonDocument::fromJson(RawHttpClient::bodyOf(answer)).object()[u"page"_s][u"totalElements"_s].toInt(), 0);
}

void TestSandboxRobustness::clientsThatVanishMidAnswerDoNotHurt()
{
    SandboxProcess slow({u"--fault-latency-ms"_s, u"300"_s});
    QVERIFY2(slow.start(), qPrintable(slow.errorString()));
    SandboxClient client(slow.baseUrl());
    QVERIFY(client.signIn());
    const HttpReply uploaded = client.upload(u"big.pdf"_s, QByteArray(8 * 1024 * 1024, 'p'));
    QCOMPARE(uploaded.status, 201);
    QJsonObject request = SandboxClient::caseRequest(u"0100-0000"_s);
    request.insert(u"attachments"_s,
                   QJsonArray{QJsonObject{{u"id"_s, uploaded.object()[u"attachmentId"_s]}, {u"name"_s, u"big.pdf"_s}}});
    const QString caseNumber = client.createCase(request);
    QVERIFY(!caseNumber.isEmpty());
    const quint16 port = quint16(slow.baseUrl().port());
    for (int i = 0; i < 5; ++i) {
        // Gone before the delayed answer is written.
        RawHttpClient early(port);
        early.send("GET /support/v2/tickets/" + caseNumber.toLatin1() + " HTTP/1.1\r\n" + early.hostLine()
                   + "Authorization: Bearer " + client.token() + "\r\n\r\n");
        early.close();
        // Gone in the middle of an 8 MB download.
        RawHttpClient midway(port);
        midway.send("GET /support/v2/tickets/attachment/download/" + caseNumber.toLatin1() + '/'
                    + uploaded.object()[u"attachmentId"_s].toString().toLatin1() + " HTTP/1.1\r\n" + midway.hostLine()
                    + "Authorization: Bearer " + client.token() + "\r\n\r\n");
        midway.readResponse(1000);
        midway.close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(slow.standardError().count("(client gone)") >= 5, 5000);
    QVERIFY(slow.isRunning());
    QCOMPARE(client.get(u"/support/v2/tickets/"_s + caseNumber).status, 200);
}

void TestSandboxRobustness::manyClientsAtOnceWhileOthersStall()
{
    // Stalled: one connects and says nothing, one sends half a request, one sends headers only.
    RawHttpClient silent(m_port);
    RawHttpClient halfLine(m_port);
    halfLine.send("POST /support/v2/tick");
    RawHttpClient headersOnly(m_port);
    headersOnly.send("POST /support/v2/tickets HTTP/1.1\r\n" + headersOnly.hostLine() + "Content-Length: 100\r\n\r\n");

    QList<std::shared_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 8; ++i)
        managers.append(std::make_shared<QNetworkAccessManager>());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 48; ++i) {
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + u"/support/v2/tickets"_s));
        request.setRawHeader("Authorization", "Bearer " + m_client->token());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject body =
            SandboxClient::caseRequest(i % 2 ? u"0002-0000"_s : u"0100-0000"_s, u"REF-CONCURRENT-%1"_s.arg(i));
        replies.append(managers.at(i % managers.size())->post(request, SandboxClient::toJson(body)));
    }
    QSet<QString> ids;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString());
        reply->deleteLater();
    }
    QCOMPARE(ids.size(), 48);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    const HttpReply search =
        m_client->postJson(u"/v1/retrieve-orders"_s,
                           QJsonObject{{u"q"_s, u"REF-CONCURRENT-"_s}, {u"page"_s, QJsonObject{{u"size"_s, 100}}}});
    QCOMPARE(search.object()[u"page"_s][u"totalElements"_s].toInt(), 48);
    QVERIFY(stillServes());
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"

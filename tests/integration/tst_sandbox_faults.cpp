// Fault injection: each --fault-* option does what it says, and only that; the token endpoint is exempt.
#include "tests/support/RawHttpClient.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QByteArray rawCreate(const RawHttpClient& raw, const QByteArray& token, const QString& reference)
{
    const QByteArray body = SandboxClient::toJson(SandboxClient::caseRequest(u"0002-0000"_s, reference));
    return "POST /support/v2/tickets HTTP/1.1\r\n" + raw.hostLine() + "Authorization: Bearer " + token
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
           + body;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void latencyDelaysEveryAnswerButNotOtherClients();
    void errorRateAnswers500WithoutActing();
    void dropRateActsThenClosesWithoutAnswer();
    void truncateRateSendsHalfTheBody();
    void expireRateRevokesThePresentedToken();
    void faultsAreDeterministicUnderASeed();
    void afterErrorRateActsThenAnswersAsAGateway();
    void malformedRateActsThenAnswersWhatIsNotJson();
    void searchLagHidesANewCaseForAWhile();
    void clockOffsetMovesTheServersClockAndItsDateHeader();

private:
    // Counts the cases with this reference, on a fault-free sandbox over the same database.
    int casesWithReference(const QString& databasePath, const QString& reference);
};

void TestSandboxFaults::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --fault-* options");
}

int TestSandboxFaults::casesWithReference(const QString& databasePath, const QString& reference)
{
    SandboxProcess clean({u"--db"_s, databasePath});
    if (!clean.start())
        return -1;
    SandboxClient client(clean.baseUrl());
    client.signIn();
    const HttpReply reply =
        client.postJson(u"/v1/retrieve-orders"_s,
                        QJsonObject{{u"q"_s, reference}, {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}}});
    return reply.status == 200 ? reply.object()[u"page"_s][u"totalElements"_s].toInt() : -1;
}

void TestSandboxFaults::latencyDelaysEveryAnswerButNotOtherClients()
{
    SandboxProcess sandbox({u"--fault-latency-ms"_s, u"500"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    const HttpReply token =
        client.requestToken(SandboxProcess::builtInClientId(), SandboxProcess::builtInClientSecret());
    QVERIFY2(token.elapsedMs < 400, qPrintable(QString::number(token.elapsedMs))); // the token endpoint is exempt
    const HttpReply get = client.get(u"/support/v2/tickets/99999999"_s);
    QCOMPARE(get.status, 404);
    QVERIFY2(get.elapsedMs >= 500, qPrintable(QString::number(get.elapsedMs)));

    // Six requests at once, on six connections: delayed together, not one after the other.
    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + u"/support/v2/tickets/9999999%1"_s.arg(i)));
        request.setRawHeader("Authorization", "Bearer " + client.token());
        replies.append(network.get(request));
    }
    for (QNetworkReply* reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        reply->deleteLater();
    }
    QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::errorRateAnswers500WithoutActing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"faults.sqlite"_s);
    {
        SandboxProcess sandbox({u"--db"_s, db, u"--fault-error-rate"_s, u"1"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox.baseUrl());
        QVERIFY(client.signIn()); // the token endpoint is exempt
        const HttpReply create =
            client.postJson(u"/support/v2/tickets"_s, SandboxClient::caseRequest(u"0002-0000"_s, u"REF-ERROR"_s));
        QCOMPARE(create.status, 500);
        QCOMPARE(create.errorCode(), u"EQ-2010101"_s);
        QCOMPARE(client.upload(u"a.txt"_s, "x").status, 500);
        const HttpReply search = client.postJson(u"/v1/retrieve-orders"_s, QJsonObject());
        QCOMPARE(search.status, 500);
        QCOMPARE(search.object()[u"errors"_s][0][u"code"_s].toString(), u"EQX-OH-500"_s);
    }
    QCOMPARE(casesWithReference(db, u"REF-ERROR"_s), 0);
}

void TestSandboxFaults::dropRateActsThenClosesWithoutAnswer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"faults.sqlite"_s);
    {
        SandboxProcess sandbox({u"--db"_s, db, u"--fault-drop-rate"_s, u"1"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox.baseUrl());
        QVERIFY(client.signIn());
        RawHttpClient raw(quint16(sandbox.baseUrl().port()));
        QVERIFY(raw.isConnected());
        raw.send(rawCreate(raw, client.token(), u"REF-DROP"_s));
        const QByteArray answer = raw.readUntilClosed(5000);
        QVERIFY(raw.closedByServer());
        QVERIFY2(answer.isEmpty(), answer.constData());
    }
    QCOMPARE(casesWithReference(db, u"REF-DROP"_s), 1);
}

void TestSandboxFaults::truncateRateSendsHalfTheBody()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"faults.sqlite"_s);
    {
        SandboxProcess sandbox({u"--db"_s, db, u"--fault-truncate-rate"_s, u"1"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox.baseUrl());
        QVERIFY(client.signIn());
        RawHttpClient raw(quint16(sandbox.baseUrl().port()));
        raw.send(rawCreate(raw, client.token(), u"REF-TRUNCATE"_s));
        const QByteArray answer = raw.readResponse(5000);
        QCOMPARE(RawHttpClient::statusOf(answer), 200);
        const QByteArray body = RawHttpClient::bodyOf(answer);
        QCOMPARE(RawHttpClient::headerOf(answer, "content-length").toLongLong(), body.size());
        QVERIFY(!body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // Through QNetworkAccessManager too: a complete answer whose JSON does not parse.
        const HttpReply get = client.get(u"/support/v2/tickets/99999999"_s);
        QCOMPARE(get.status, 404);
        QVERIFY(get.json().isNull());
    }
    QCOMPARE(casesWithReference(db, u"REF-TRUNCATE"_s), 1);
}

void TestSandboxFaults::expireRateRevokesThePresentedToken()
{
    // One draw per request with only --fault-expire-rate set: pick a seed whose 1st draw expires the token
    // and whose 3rd does not (the 2nd request carries the revoked token and fails either way).
    quint32 seed = 1;
    for (;; ++seed) {
        QRandomGenerator generator(seed);
        const double first = generator.generateDouble();
        generator.generateDouble();
        if (first < 0.5 && generator.generateDouble() >= 0.5)
            break;
    }
    SandboxProcess sandbox({u"--fault-expire-rate"_s, u"0.5"_s, u"--fault-seed"_s, QString::number(seed)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    const HttpReply expired = client.get(u"/support/v2/tickets/99999999"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), u"EQ-2010006"_s);
    QCOMPARE(client.get(u"/support/v2/tickets/99999999"_s).status, 401); // revoked, not just refused once
    QVERIFY(client.signIn());
    QCOMPARE(client.get(u"/support/v2/tickets/99999999"_s).status, 404);
}

void TestSandboxFaults::faultsAreDeterministicUnderASeed()
{
    const auto statuses = [](const QString& seed) {
        QList<int> result;
        SandboxProcess sandbox({u"--fault-error-rate"_s, u"0.5"_s, u"--fault-seed"_s, seed});
        if (!sandbox.start())
            return result;
        SandboxClient client(sandbox.baseUrl());
        client.signIn();
        for (int i = 0; i < 16; ++i)
            result.append(client.get(u"/support/v2/tickets/99999999"_s).status);
        return result;
    };
    const QList<int> first = statuses(u"11"_s);
    QCOMPARE(first.size(), 16);
    QVERIFY(first.contains(500));
    QVERIFY(first.contains(404));
    QCOMPARE(statuses(u"11"_s), first);
    QVERIFY(statuses(u"12"_s) != first);
}

void TestSandboxFaults::afterErrorRateActsThenAnswersAsAGateway()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"faults.sqlite"_s);
    QSet<int> statuses;
    {
        SandboxProcess sandbox({u"--db"_s, db, u"--fault-after-error-rate"_s, u"1"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox.baseUrl());
        QVERIFY(client.signIn());
        for (int i = 0; i < 6; ++i) {
            const HttpReply create =
                client.postJson(u"/support/v2/tickets"_s, SandboxClient::caseRequest(u"0002-0000"_s, u"REF-GATEWAY"_s));
            QVERIFY2(create.status == 502 || create.status == 504, qPrintable(create.describe()));
            QCOMPARE(create.headers.value("content-type"), QByteArray("text/html"));
            QVERIFY(create.json().isNull()); // a gateway's page, not the API's error array
            statuses.insert(create.status);
        }
    }
    QCOMPARE(statuses, (QSet<int>{502, 504}));             // both, drawn from the seed
    QCOMPARE(casesWithReference(db, u"REF-GATEWAY"_s), 6); // every one was carried out
}

void TestSandboxFaults::malformedRateActsThenAnswersWhatIsNotJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"faults.sqlite"_s);
    {
        SandboxProcess sandbox({u"--db"_s, db, u"--fault-malformed-rate"_s, u"1"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox.baseUrl());
        QVERIFY(client.signIn());
        const HttpReply create =
            client.postJson(u"/support/v2/tickets"_s, SandboxClient::caseRequest(u"0002-0000"_s, u"REF-MALFORMED"_s));
        QCOMPARE(create.status, 200);
        QVERIFY(!create.body.isEmpty());
        QVERIFY2(create.json().isNull(), create.body.constData());
    }
    QCOMPARE(casesWithReference(db, u"REF-MALFORMED"_s), 1);
}

void TestSandboxFaults::searchLagHidesANewCaseForAWhile()
{
    SandboxProcess sandbox({u"--search-lag"_s, u"2"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    QElapsedTimer clock;
    clock.start();
    const QString id = client.createCase(SandboxClient::caseRequest(u"0002-0000"_s, u"REF-LAG"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(client.get(u"/support/v2/tickets/"_s + id).status, 200); // the case itself is there at once
    const QJsonObject query{{u"q"_s, u"REF-LAG"_s}, {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}}};
    auto found = [&] {
        return client.postJson(u"/v1/retrieve-orders"_s, query).object()[u"page"_s][u"totalElements"_s].toInt();
    };
    QCOMPARE(found(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(found(), 1, 10000);
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
}

void TestSandboxFaults::clockOffsetMovesTheServersClockAndItsDateHeader()
{
    SandboxProcess sandbox({u"--clock-offset"_s, u"-7200"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    const QString id = client.createCase(SandboxClient::caseRequest(u"0002-0000"_s, u"REF-CLOCK"_s));
    const HttpReply get = client.get(u"/support/v2/tickets/"_s + id);
    QCOMPARE(get.status, 200);
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(get.headers.value("date")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    QVERIFY2(date.isValid(), get.headers.value("date").constData());
    const qint64 behind =
        QDateTime::currentSecsSinceEpoch() - QDateTime(date.date(), date.time(), Qt::UTC).toSecsSinceEpoch();
    QVERIFY2(qAbs(behind - 7200) <= 5, qPrintable(QString::number(behind)));
    const QDateTime created = QDateTime::fromString(get.object()[u"createdDateTime"_s].toString(), Qt::ISODateWithMs);
    QVERIFY2(created.isValid(), get.body.constData());
    QVERIFY(qAbs(QDateTime::currentSecsSinceEpoch() - created.toSecsSinceEpoch() - 7200) <= 5);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"

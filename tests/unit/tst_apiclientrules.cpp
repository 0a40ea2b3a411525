#include "models/api/ApiClient.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/CaseAnswers.h"
#include "tests/support/FakeNetwork.h"

#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * ApiClient's own rules, over a scripted network in this process (FakeNetwork): which failures a read retries,
 * how long it waits when the server says so, one token renewal after a 401, writes never sent twice by the
 * client, and the transfer timeout. tests/integration/tst_apiclient runs the same client against the sandbox.
 */
class TestApiClientRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readIsRetriedAfter503ThenSucceeds();
    void retryAfterOf429IsHonoured();
    void unauthorizedRenewsTheTokenOnceAndReplays();
    void unauthorizedTwiceGivesUpAfterOneRenewal();
    void writeIsNeverRetriedByTheClient_data();
    void writeIsNeverRetriedByTheClient();
    void readThatNeverAnswersTimesOut();

private:
    static FakeNetwork::Answer token(const QByteArray& value);
    void setEndpoint(int transferTimeoutMs = 30000, int maxReadRetries = 3);

    FakeNetwork* m_network = nullptr;
    ApiClient* m_client = nullptr;
};

namespace
{
const QString kTokenPath = u"/oauth2/v1/token"_s;
const QString kCasePath = u"/support/v2/tickets/11150929"_s;
const QString kNotePath = u"/support/v1/tickets/11150929/notes"_s;

FakeNetwork::Answer caseAnswer()
{
    const QJsonObject object = CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-28T14:05:00Z"_s);
    return FakeNetwork::Answer::http(200, CaseAnswers::bytes(object), {{"Content-Type", "application/json"}});
}

QByteArray authorizationOf(const FakeNetwork::Sent& sent)
{
    return sent.request.rawHeader("Authorization");
}
} // namespace

FakeNetwork::Answer TestApiClientRules::token(const QByteArray& value)
{
    return FakeNetwork::Answer::http(200, R"({"access_token":")" + value + R"(","token_timeout":"3600"})",
                                     {{"Content-Type", "application/json"}});
}

void TestApiClientRules::setEndpoint(int transferTimeoutMs, int maxReadRetries)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // never reached: the fake answers
    endpoint.clientId = u"client"_s;
    endpoint.clientSecret = u"secret"_s;
    endpoint.retryBaseDelayMs = 1;
    endpoint.transferTimeoutMs = transferTimeoutMs;
    endpoint.maxReadRetries = maxReadRetries;
    m_client->setEndpoint(endpoint);
}

void TestApiClientRules::init()
{
    m_network = new FakeNetwork;
    m_client = new ApiClient(m_network);
    QCOMPARE(m_network->parent(), m_client); // taken over
    m_network->setStandingAnswer(kTokenPath, token("t1"));
    setEndpoint();
}

void TestApiClientRules::cleanup()
{
    QCOMPARE(m_network->unexpected(), 0);
    delete m_client; // and the fake with it
    m_client = nullptr;
    m_network = nullptr;
}

void TestApiClientRules::readIsRetriedAfter503ThenSucceeds()
{
    m_network->enqueue(kCasePath, FakeNetwork::Answer::http(503, R"({"errors":[{"message":"busy"}]})"));
    m_network->enqueue(kCasePath, caseAnswer());

    Outcome<Case> fetched;
    m_client->getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.technicalDetails));
    QCOMPARE(fetched.result->httpStatus, 200);
    const QList<FakeNetwork::Sent> gets = m_network->sentTo(kCasePath);
    QCOMPARE(gets.size(), 2);
    for (const FakeNetwork::Sent& get : gets) {
        QCOMPARE(get.verb, "GET");
        QCOMPARE(authorizationOf(get), "Bearer t1");
    }
    QCOMPARE(m_network->sentTo(kTokenPath).size(), 1); // the token is shared by both attempts
}

void TestApiClientRules::retryAfterOf429IsHonoured()
{
    // The client's own pause would be about a millisecond; the server asks for a second.
    m_network->enqueue(kCasePath, FakeNetwork::Answer::http(429, {}, {{"Retry-After", "1"}}));
    m_network->enqueue(kCasePath, caseAnswer());

    Outcome<Case> fetched;
    m_client->getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 10000);
    QVERIFY(fetched.result->ok());
    const QList<FakeNetwork::Sent> gets = m_network->sentTo(kCasePath);
    QCOMPARE(gets.size(), 2);
    const qint64 pause = gets.at(1).atMs - gets.at(0).endedAtMs;
    QVERIFY2(pause >= 1000, qPrintable(u"waited %1 ms"_s.arg(pause)));
}

void TestApiClientRules::unauthorizedRenewsTheTokenOnceAndReplays()
{
    m_network->enqueue(kTokenPath, token("t1"));
    m_network->enqueue(kTokenPath, token("t2"));
    m_network->enqueue(kCasePath, FakeNetwork::Answer::http(401));
    m_network->enqueue(kCasePath, caseAnswer());

    Outcome<Case> fetched;
    m_client->getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QVERIFY(fetched.result->ok());
    const QList<FakeNetwork::Sent> gets = m_network->sentTo(kCasePath);
    QCOMPARE(gets.size(), 2);
    QCOMPARE(authorizationOf(gets.at(0)), "Bearer t1");
    QCOMPARE(authorizationOf(gets.at(1)), "Bearer t2"); // replayed with the new token
    QCOMPARE(m_network->sentTo(kTokenPath).size(), 2);
}

void TestApiClientRules::unauthorizedTwiceGivesUpAfterOneRenewal()
{
    m_network->enqueue(kCasePath, FakeNetwork::Answer::http(401));
    m_network->enqueue(kCasePath, FakeNetwork::Answer::http(401));

    Outcome<Case> fetched;
    m_client->getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_network->sentTo(kCasePath).size(), 2);
    QCOMPARE(m_network->sentTo(kTokenPath).size(), 2);
}

void TestApiClientRules::writeIsNeverRetriedByTheClient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("never");
    QTest::addColumn<int>("kind");

    QTest::newRow("503") << 503 << int(QNetworkReply::NoError) << false << int(ApiError::Kind::Server);
    QTest::newRow("500") << 500 << int(QNetworkReply::NoError) << false << int(ApiError::Kind::Server);
    QTest::newRow("429") << 429 << int(QNetworkReply::NoError) << false << int(ApiError::Kind::RateLimited);
    QTest::newRow("connection closed after sending")
        << 0 << int(QNetworkReply::RemoteHostClosedError) << false << int(ApiError::Kind::Offline);
    QTest::newRow("connection refused: nothing sent")
        << -1 << int(QNetworkReply::ConnectionRefusedError) << false << int(ApiError::Kind::Offline);
    QTest::newRow("no answer: timeout") << 0 << int(QNetworkReply::NoError) << true << int(ApiError::Kind::Timeout);
}

void TestApiClientRules::writeIsNeverRetriedByTheClient()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, never);
    QFETCH(int, kind);
    setEndpoint(200);
    FakeNetwork::Answer answer = FakeNetwork::Answer::http(qMax(0, status));
    answer.error = QNetworkReply::NetworkError(error);
    answer.never = never;
    answer.sentBeforeError = status == 0; // -1: a connection that never opened (nothing was sent)
    m_network->enqueue(kNotePath, answer);
    // Had the client sent it again, this answer would make the note succeed.
    m_network->enqueue(kNotePath, FakeNetwork::Answer::http(200, R"({"result":{"CaseNumber":"11150929"}})"));

    NoteRequest note;
    note.text = u"Please check the patch panel."_s;
    Outcome<CaseUpdateResponse> added;
    m_client->addNote(u"11150929"_s, note, this, added.callback());
    QTRY_VERIFY(added.result);
    QCOMPARE(int(added.result->error.kind), kind);
    // Long enough for any retry with the 1 ms base pause to have gone out.
    QTest::qWait(50); // proves an absence
    const QList<FakeNetwork::Sent> posts = m_network->sentTo(kNotePath);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.at(0).verb, "POST");
}

void TestApiClientRules::readThatNeverAnswersTimesOut()
{
    setEndpoint(150, 1);
    m_network->enqueue(kCasePath, FakeNetwork::Answer::silence());
    m_network->enqueue(kCasePath, FakeNetwork::Answer::silence());

    Outcome<Case> fetched;
    m_client->getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 10000);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::Timeout);
    const QList<FakeNetwork::Sent> gets = m_network->sentTo(kCasePath);
    QCOMPARE(gets.size(), 2); // the read, and its one retry
    for (const FakeNetwork::Sent& get : gets) {
        QCOMPARE(get.request.transferTimeout(), 150);
        QCOMPARE(get.endedWith, QNetworkReply::OperationCanceledError);
        QVERIFY(get.endedAtMs - get.atMs >= 150);
    }
}

QTEST_GUILESS_MAIN(TestApiClientRules)
#include "tst_apiclientrules.moc"

// Tokens, the account lock, read-only clients and the 401 answers of every API.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/SchemaChecker.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInClientGetsAValidToken();
    void tokenErrors_data();
    void tokenErrors();
    void fiveWrongSecretsLockTheClient();
    void aGoodSecretResetsTheFailureCount();
    void requestsWithoutAValidTokenGet401_data();
    void requestsWithoutAValidTokenGet401();
    void orderHistoryAnswers401InItsOwnShape();
    void readOnlyClientCannotWrite();
    void tokenStopsWorkingAfterItsLifetime();

private:
    QString createCase();

    SandboxProcess m_sandbox{{u"--client"_s, u"casedesk-local:casedesk-local-secret"_s, u"--client"_s,
                              u"reader:reader-secret:readonly"_s, u"--client"_s, u"locky:locky-secret"_s, u"--client"_s,
                              u"other:other-secret"_s}};
};

void TestSandboxAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

QString TestSandboxAuth::createCase()
{
    SandboxClient client(m_sandbox.baseUrl());
    if (!client.signIn())
        return {};
    return client.createCase(SandboxClient::caseRequest(u"0100-0000"_s));
}

void TestSandboxAuth::builtInClientGetsAValidToken()
{
    SandboxClient client(m_sandbox.baseUrl());
    const HttpReply reply =
        client.requestToken(SandboxProcess::builtInClientId(), SandboxProcess::builtInClientSecret());
    QCOMPARE(reply.status, 200);
    const QStringList problems = SchemaChecker::check(SchemaChecker::Api::AccessToken,
                                                      u"#/components/schemas/Oauth2TokenResponse"_s, reply.object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(reply.object().value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(reply.object().value(u"user_name"_s).toString(), SandboxProcess::builtInClientId());
    QCOMPARE(reply.object().value(u"token_timeout"_s).toString(), u"3599"_s);
    QVERIFY(reply.object().value(u"access_token"_s).toString().size() >= 32);
}

void TestSandboxAuth::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("wrong secret") << QByteArray(R"({"grant_type":"client_credentials","client_id":"other",
        "client_secret":"nope"})") << QByteArray("application/json")
                                  << u"INVALID_CLIENT"_s;
    QTest::newRow("unknown client") << QByteArray(R"({"grant_type":"client_credentials","client_id":"ghost",
        "client_secret":"x"})") << QByteArray("application/json")
                                    << u"INVALID_CLIENT"_s;
    QTest::newRow("missing grant_type") << QByteArray(R"({"client_id":"other","client_secret":"other-secret"})")
                                        << QByteArray("application/json") << u"INVALID_REQUEST"_s;
    QTest::newRow("missing secret") << QByteArray(R"({"grant_type":"client_credentials","client_id":"other"})")
                                    << QByteArray("application/json") << u"INVALID_REQUEST"_s;
    QTest::newRow("secret not a string") << QByteArray(R"({"grant_type":"client_credentials","client_id":"other",
        "client_secret":5})") << QByteArray("application/json")
                                         << u"INVALID_REQUEST"_s;
    QTest::newRow("password grant") << QByteArray(R"({"grant_type":"password","client_id":"other",
        "client_secret":"other-secret"})")
                                    << QByteArray("application/json") << u"UNSUPPORTED_GRANT_TYPE"_s;
    QTest::newRow("broken JSON") << QByteArray(R"({"grant_type":)") << QByteArray("application/json")
                                 << u"INVALID_REQUEST"_s;
    QTest::newRow("form encoded") << QByteArray("grant_type=client_credentials&client_id=other")
                                  << QByteArray("application/x-www-form-urlencoded") << u"INVALID_REQUEST"_s;
}

void TestSandboxAuth::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, errorCode);
    SandboxClient client(m_sandbox.baseUrl());
    const HttpReply reply = client.send("POST", u"/oauth2/v1/token"_s, body, contentType);
    QCOMPARE(reply.status, 400);
    const QStringList problems = SchemaChecker::check(
        SchemaChecker::Api::AccessToken, u"#/components/schemas/Oauth2TokenErrorResponse"_s, reply.object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(reply.object().value(u"error_code"_s).toString(), errorCode);
}

void TestSandboxAuth::fiveWrongSecretsLockTheClient()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --client option");
    SandboxClient client(m_sandbox.baseUrl());
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpReply wrong = client.requestToken(u"locky"_s, u"guess-%1"_s.arg(attempt));
        QCOMPARE(wrong.object().value(u"error_code"_s).toString(), u"INVALID_CLIENT"_s);
    }
    const HttpReply locked = client.requestToken(u"locky"_s, u"locky-secret"_s);
    QCOMPARE(locked.status, 400);
    QCOMPARE(locked.object().value(u"error_code"_s).toString(), u"ACCOUNT_LOCKED"_s);
    QVERIFY(locked.object().value(u"error_title"_s).toString().contains(u"Locked"_s));
    // Other clients are not affected.
    QVERIFY(client.signIn(u"other"_s, u"other-secret"_s));
}

void TestSandboxAuth::aGoodSecretResetsTheFailureCount()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --client option");
    SandboxClient client(m_sandbox.baseUrl());
    for (int round = 0; round < 2; ++round) {
        for (int attempt = 0; attempt < 4; ++attempt)
            QCOMPARE(client.requestToken(u"other"_s, u"wrong"_s).status, 400);
        QVERIFY(client.signIn(u"other"_s, u"other-secret"_s));
    }
}

void TestSandboxAuth::requestsWithoutAValidTokenGet401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer 0123456789abcdef0123456789abcdef");
    QTest::newRow("not bearer") << QByteArray("Basic Y2FzZWRlc2stbG9jYWw6eA==");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestSandboxAuth::requestsWithoutAValidTokenGet401()
{
    QFETCH(QByteArray, authorization);
    SandboxClient client(m_sandbox.baseUrl());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpReply get = client.send("GET", u"/support/v2/tickets/11150930"_s, {}, {}, headers);
    QCOMPARE(get.status, 401);
    QCOMPARE(get.errorCode(), u"EQ-2010006"_s);
    QCOMPARE(get.property(), u"Authorization"_s);
    const HttpReply create =
        client.send("POST", u"/support/v2/tickets"_s, SandboxClient::toJson(SandboxClient::caseRequest(u"0002-0000"_s)),
                    "application/json", headers);
    QCOMPARE(create.status, 401);
    const HttpReply upload =
        client.send("GET", u"/v1/attachments/00000000-0000-4000-8000-000000000000"_s, {}, {}, headers);
    QCOMPARE(upload.status, 401);
}

void TestSandboxAuth::orderHistoryAnswers401InItsOwnShape()
{
    SandboxClient client(m_sandbox.baseUrl());
    const HttpReply reply = client.postJson(u"/v1/retrieve-orders"_s, QJsonObject());
    QCOMPARE(reply.status, 401);
    const QJsonArray errors = reply.object().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first()[u"code"_s].toString(), u"EQX-OH-401"_s);
    QVERIFY(!reply.object().value(u"ticketId"_s).toString().isEmpty());
}

void TestSandboxAuth::readOnlyClientCannotWrite()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --client option");
    const QString id = createCase();
    QVERIFY(!id.isEmpty());
    SandboxClient writer(m_sandbox.baseUrl());
    QVERIFY(writer.signIn());
    const HttpReply uploaded = writer.upload(u"photo.png"_s, QByteArray("png bytes"));
    QCOMPARE(uploaded.status, 201);
    const QString attachmentId = uploaded.object().value(u"attachmentId"_s).toString();

    SandboxClient reader(m_sandbox.baseUrl());
    QVERIFY(reader.signIn(u"reader"_s, u"reader-secret"_s));
    const QList<HttpReply> refused{
        reader.postJson(u"/support/v2/tickets"_s, SandboxClient::caseRequest(u"0002-0000"_s)),
        reader.postJson(u"/support/v1/tickets/%1/notes"_s.arg(id), QJsonObject{{u"text"_s, u"hello"_s}}),
        reader.postJson(u"/support/v2/tickets/%1/cancel"_s.arg(id), QJsonObject{{u"reason"_s, u"no"_s}}),
        reader.upload(u"photo.png"_s, QByteArray("png bytes")),
        reader.send("DELETE", u"/v1/attachments/%1"_s.arg(attachmentId)),
    };
    for (const HttpReply& reply : refused) {
        QVERIFY2(reply.status == 403, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(), u"EQ-2010007"_s);
    }
    // Reading is allowed, and nothing was changed.
    const HttpReply read = reader.get(u"/support/v2/tickets/%1"_s.arg(id));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object().value(u"status"_s).toString(), u"SUBMITTED"_s);
    QVERIFY(read.object().value(u"notes"_s).toArray().isEmpty());
    QCOMPARE(reader.postJson(u"/v1/retrieve-orders"_s, QJsonObject()).status, 200);
    QCOMPARE(writer.get(u"/v1/attachments/%1"_s.arg(attachmentId)).status, 200);
}

void TestSandboxAuth::tokenStopsWorkingAfterItsLifetime()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --token-ttl option");
    SandboxProcess shortLived({u"--token-ttl"_s, u"1"_s});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    SandboxClient client(shortLived.baseUrl());
    const HttpReply token =
        client.requestToken(SandboxProcess::builtInClientId(), SandboxProcess::builtInClientSecret());
    QCOMPARE(token.object().value(u"token_timeout"_s).toString(), u"1"_s);
    QVERIFY(client.signIn());
    QCOMPARE(client.get(u"/support/v2/tickets/99999999"_s).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/support/v2/tickets/99999999"_s).status, 401, 5000);
    QVERIFY(client.signIn());
    QCOMPARE(client.get(u"/support/v2/tickets/99999999"_s).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"

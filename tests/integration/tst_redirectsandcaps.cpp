#include "models/api/ApiClient.h"
#include "models/api/NetworkRules.h"
#include "tests/integration/RecordingProxy.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/CaseAnswers.h"
#include "tests/support/HostileServer.h"
#include "tests/support/TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
using Method = QHttpServerRequest::Method;

const QByteArray kToken = "redirect-test-token-0123456789";

QByteArray tokenAnswer()
{
    return QJsonDocument(QJsonObject{{u"access_token"_s, QString::fromLatin1(kToken)},
                                     {u"token_timeout"_s, u"3599"_s},
                                     {u"user_name"_s, u"tester"_s},
                                     {u"token_type"_s, u"Bearer"_s}})
        .toJson(QJsonDocument::Compact);
}

QByteArray caseAnswer()
{
    return QJsonDocument(CaseAnswers::answer(u"1-100"_s, u"IN_PROGRESS"_s, u"2026-01-02T03:04:05Z"_s))
        .toJson(QJsonDocument::Compact);
}

// Answers every request with headers and then a huge body (256 MiB, no Content-Length: it ends when the
// connection closes), as fast as the client reads it. A client that checks sizes only once the answer is in
// would hold all of it; one that checks while it streams hangs up long before the server is done.
class HugeAnswerServer : public QObject
{
public:
    static constexpr qint64 BodyBytes = qint64(256) * 1024 * 1024;

    explicit HugeAnswerServer(QByteArray contentType)
        : m_contentType(std::move(contentType))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    QUrl start()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return {};
        return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    }
    qint64 bytesSent() const { return m_sent; }
    int closed() const { return m_closed; }

private:
    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n") || socket->property("answering").toBool())
                return;
            socket->setProperty("answering", true);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + m_contentType + "\r\nConnection: close\r\n\r\n[");
            more(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { more(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++m_closed;
            socket->deleteLater();
        });
    }
    void more(QTcpSocket* socket)
    {
        static const QByteArray chunk = QByteArray(256 * 1024, ' ');
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024) {
            if (m_sent >= BodyBytes) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(chunk);
            m_sent += chunk.size();
        }
    }

    QTcpServer m_server;
    QByteArray m_contentType;
    qint64 m_sent = 0;
    int m_closed = 0;
};

QMutex g_lock;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker locker(&g_lock);
        g_messages << QString::fromLatin1(context.category) + u": "_s + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

/*
 * Credentials go only where they were meant to, and a server cannot make the client hold more than it
 * should: redirects (same origin for API calls, none for the token, a download handed elsewhere without the
 * token), answers capped while they stream, HTTP/2 off where Qt's is vulnerable, server text quoted in the
 * log. Real HTTP over loopback to servers inside the test.
 */
class TestRedirectsAndCaps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void anApiCallFollowsARedirectWithinItsOrigin();
    void anApiCallRedirectedToAnotherOriginIsRefusedAndTheTokenStaysHome();
    void theTokenRequestFollowsNoRedirect();
    void aDownloadHandedToAnotherOriginIsFetchedWithoutTheToken();
    void aDownloadOverHttpsIsNeverHandedToPlainHttp();
    void aHugeJsonAnswerIsStoppedWhileItStreams();
    void anAnnouncedOversizedJsonAnswerIsRefused();
    void aDownloadPastItsCapIsStoppedWhileItStreamsAndLeavesNoFile();
    void aDownloadWithinItsCapArrivesWholeThoughLargerThanAnyJsonAnswer();
    void everyRequestHasHttp2AsThisQtVersionAllows();
    void serverTextInTheLogCannotForgeALine();
    void aProxyNeverCarriesLoopbackTraffic_data();
    void aProxyNeverCarriesLoopbackTraffic();

private:
    void setUpClient(ApiClient& client, const QUrl& base) const;
    std::unique_ptr<HostileServer> serverWithToken(QUrl* base);

    QTemporaryDir m_dir;
};

void TestRedirectsAndCaps::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRedirectsAndCaps::init()
{
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
}

void TestRedirectsAndCaps::setUpClient(ApiClient& client, const QUrl& base) const
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = base;
    endpoint.clientId = u"tester"_s;
    endpoint.clientSecret = u"secret"_s;
    endpoint.transferTimeoutMs = 120000; // longer than any wait below: only the caps end a huge answer early
    endpoint.maxReadRetries = 0;
    client.setEndpoint(endpoint);
}

std::unique_ptr<HostileServer> TestRedirectsAndCaps::serverWithToken(QUrl* base)
{
    auto server = std::make_unique<HostileServer>();
    server->on(Method::Post, u"/oauth2/v1/token"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, tokenAnswer()};
    });
    *base = server->start();
    return server;
}

void TestRedirectsAndCaps::anApiCallFollowsARedirectWithinItsOrigin()
{
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    QByteArray authorization;
    server->on(Method::Get, u"/support/v2/tickets/1-100"_s, [&authorization](const QHttpServerRequest& request) {
        authorization = request.value("Authorization");
        return HostileServer::Answer{200, caseAnswer()};
    });
    server->on(Method::Get, u"/support/v2/tickets/old"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{301, {}, "text/plain", {{"Location", "/support/v2/tickets/1-100"}}};
    });

    ApiClient client;
    setUpClient(client, base);
    Outcome<Case> fetched;
    client.getCase(u"old"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.userMessage()));
    QCOMPARE(fetched.result->value->id, u"1-100"_s);
    QCOMPARE(authorization, "Bearer " + kToken);
    QCOMPARE(server->log(), QStringList({u"POST /oauth2/v1/token"_s, u"GET /support/v2/tickets/old"_s,
                                         u"GET /support/v2/tickets/1-100"_s}));
}

void TestRedirectsAndCaps::anApiCallRedirectedToAnotherOriginIsRefusedAndTheTokenStaysHome()
{
    QUrl base;
    auto server = serverWithToken(&base);
    HostileServer elsewhere; // same host, another port: another origin
    const QUrl other = elsewhere.start();
    QVERIFY(base.isValid() && other.isValid());
    elsewhere.on(Method::Get, u"/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, caseAnswer()};
    });
    const QByteArray location = other.resolved(QUrl(u"/support/v2/tickets/1-100"_s)).toEncoded();
    server->on(Method::Get, u"/support/v2/tickets/"_s, [location](const QHttpServerRequest&) {
        return HostileServer::Answer{302, {}, "text/plain", {{"Location", location}}};
    });

    ApiClient client;
    setUpClient(client, base);
    Outcome<Case> fetched;
    client.getCase(u"1-100"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::RedirectRefused);
    QCOMPARE(fetched.result->error.httpStatus, 302);
    QVERIFY2(fetched.result->error.userMessage().contains(other.toDisplayString()),
             qPrintable(fetched.result->error.userMessage()));
    QCOMPARE(elsewhere.log(), QStringList()); // it never heard of us, let alone of the token
}

void TestRedirectsAndCaps::theTokenRequestFollowsNoRedirect()
{
    HostileServer server;
    const QUrl base = server.start();
    QVERIFY(base.isValid());
    // Even to its own origin: the secret goes to the token endpoint and nowhere else.
    server.on(Method::Post, u"/oauth2/v1/token-elsewhere"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, tokenAnswer()};
    });
    server.on(Method::Post, u"/oauth2/v1/token"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{307, {}, "text/plain", {{"Location", "/oauth2/v1/token-elsewhere"}}};
    });

    ApiClient client;
    setUpClient(client, base);
    Outcome<AccessToken> token;
    client.requestToken(this, token.callback());
    QTRY_VERIFY_WITH_TIMEOUT(token.result, 20000);
    QCOMPARE(token.result->error.kind, ApiError::Kind::RedirectRefused);
    QCOMPARE(server.log(), QStringList{u"POST /oauth2/v1/token"_s});
}

void TestRedirectsAndCaps::aDownloadHandedToAnotherOriginIsFetchedWithoutTheToken()
{
    QUrl base;
    auto server = serverWithToken(&base);
    HostileServer bucket;
    const QUrl bucketUrl = bucket.start();
    QVERIFY(base.isValid() && bucketUrl.isValid());
    const QByteArray content = "attachment bytes from the storage bucket\n";
    QByteArray bucketAuthorization = "not asked";
    bucket.on(Method::Get, u"/bucket/"_s, [&](const QHttpServerRequest& request) {
        bucketAuthorization = request.value("Authorization");
        return HostileServer::Answer{200, content, "application/octet-stream"};
    });
    QByteArray apiAuthorization;
    const QByteArray location = bucketUrl.resolved(QUrl(u"/bucket/f1?signature=abc"_s)).toEncoded();
    server->on(Method::Get, u"/support/v2/tickets/attachment/download/"_s,
               [&apiAuthorization, location](const QHttpServerRequest& request) {
                   apiAuthorization = request.value("Authorization");
                   return HostileServer::Answer{302, {}, "text/plain", {{"Location", location}}};
               });

    ApiClient client;
    setUpClient(client, base);
    const QString target = m_dir.filePath(u"f1.txt"_s);
    Outcome<QString> downloaded;
    client.downloadAttachment(u"1-100"_s, u"a1"_s, target, 1024 * 1024, this, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 20000);
    QVERIFY2(downloaded.result->ok(), qPrintable(downloaded.result->error.userMessage()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(apiAuthorization, "Bearer " + kToken); // the API's own server gets it
    QCOMPARE(bucketAuthorization, QByteArray());    // the bucket does not
}

void TestRedirectsAndCaps::aDownloadOverHttpsIsNeverHandedToPlainHttp()
{
    // The API over real TLS (a throw-away certificate this process trusts, checked as a real one would be)
    // hands a download to plain http: on loopback, so only the downgrade itself is left to refuse it.
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    const TestCertificate tls = TestCertificate::make(tlsDir.path());
    QVERIFY2(tls.isValid(), qPrintable(tls.error));
    tls.trustForThisProcess();

    HostileServer server;
    const QUrl base = server.startTls(tls.certificate, tls.key);
    HostileServer bucket;
    const QUrl bucketUrl = bucket.start();
    QVERIFY(base.isValid() && bucketUrl.isValid());
    QCOMPARE(base.scheme(), u"https"_s);
    QCOMPARE(bucketUrl.scheme(), u"http"_s);
    server.on(Method::Post, u"/oauth2/v1/token"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, tokenAnswer()};
    });
    server.on(Method::Get, u"/support/v2/tickets/1-100"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, caseAnswer()};
    });
    bucket.on(Method::Get, u"/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, "bytes sent in the clear", "application/octet-stream"};
    });
    const QByteArray location = bucketUrl.resolved(QUrl(u"/bucket/f1?signature=abc"_s)).toEncoded();
    server.on(Method::Get, u"/support/v2/tickets/attachment/download/"_s, [location](const QHttpServerRequest&) {
        return HostileServer::Answer{302, {}, "text/plain", {{"Location", location}}};
    });

    ApiClient client;
    setUpClient(client, base);
    // TLS itself works: the same client, server and certificate answer an API call.
    Outcome<Case> fetched;
    client.getCase(u"1-100"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.userMessage()));

    const QString target = m_dir.filePath(u"f1.txt"_s);
    Outcome<QString> downloaded;
    client.downloadAttachment(u"1-100"_s, u"a1"_s, target, 1024 * 1024, this, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 20000);
    QCOMPARE(downloaded.result->error.kind, ApiError::Kind::RedirectRefused);
    QVERIFY2(downloaded.result->error.userMessage().contains(u"plain http"_s),
             qPrintable(downloaded.result->error.userMessage()));
    QCOMPARE(bucket.log(), QStringList()); // nothing was asked in the clear
    QVERIFY(!QFile::exists(target));
    QCOMPARE(server.log(), QStringList({u"POST /oauth2/v1/token"_s, u"GET /support/v2/tickets/1-100"_s,
                                        u"GET /support/v2/tickets/attachment/download/1-100/a1"_s}));
}

void TestRedirectsAndCaps::aHugeJsonAnswerIsStoppedWhileItStreams()
{
    HugeAnswerServer huge("application/json");
    const QUrl base = huge.start();
    QVERIFY(base.isValid());
    ApiClient client;
    setUpClient(client, base);
    Outcome<AccessToken> token; // the token request is a JSON answer like any other
    client.requestToken(this, token.callback());
    QTRY_VERIFY_WITH_TIMEOUT(token.result, 120000);
    QCOMPARE(token.result->error.kind, ApiError::Kind::AnswerTooLarge);
    QVERIFY2(token.result->error.userMessage().contains(QLocale().formattedDataSize(ApiClient::MaxJsonAnswerBytes)),
             qPrintable(token.result->error.userMessage()));
    QTRY_COMPARE(huge.closed(), 1);
    QVERIFY(huge.bytesSent() > ApiClient::MaxJsonAnswerBytes);
    QVERIFY2(huge.bytesSent() < HugeAnswerServer::BodyBytes, "the client read the whole answer before it hung up");
}

void TestRedirectsAndCaps::anAnnouncedOversizedJsonAnswerIsRefused()
{
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    server->on(Method::Get, u"/support/v2/tickets/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, QByteArray(ApiClient::MaxJsonAnswerBytes + 1, ' ')};
    });
    ApiClient client;
    setUpClient(client, base);
    Outcome<Case> fetched;
    client.getCase(u"1-100"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::AnswerTooLarge);
    QCOMPARE(fetched.result->raw, QByteArray());
}

void TestRedirectsAndCaps::aDownloadPastItsCapIsStoppedWhileItStreamsAndLeavesNoFile()
{
    HugeAnswerServer huge("application/octet-stream");
    const QUrl api = huge.start();
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid() && api.isValid());
    // Handed to the huge answer, as a storage bucket would be: the cap holds after a redirect too.
    const QByteArray location = api.resolved(QUrl(u"/bucket/huge"_s)).toEncoded();
    server->on(Method::Get, u"/support/v2/tickets/attachment/download/"_s, [location](const QHttpServerRequest&) {
        return HostileServer::Answer{302, {}, "text/plain", {{"Location", location}}};
    });

    ApiClient client;
    setUpClient(client, base);
    constexpr qint64 cap = 2 * 1024 * 1024;
    const QString target = m_dir.filePath(u"huge.bin"_s);
    Outcome<QString> downloaded;
    qint64 mostReceived = 0;
    Transfer* transfer = client.downloadAttachment(u"1-100"_s, u"a1"_s, target, cap, this, downloaded.callback());
    connect(transfer, &Transfer::progressChanged, this,
            [&mostReceived](qint64 done, qint64) { mostReceived = qMax(mostReceived, done); });
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 60000);
    QCOMPARE(downloaded.result->error.kind, ApiError::Kind::AnswerTooLarge);
    QTRY_COMPARE(huge.closed(), 1);
    // Stopped at this cap, not at the JSON one (16 MiB): what Qt had already received when the client hung up
    // runs a little past the cap, more on a busy machine (3.9 MB seen under the full suite).
    QVERIFY2(mostReceived > cap && mostReceived < cap + 8 * 1024 * 1024, qPrintable(QString::number(mostReceived)));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no partial file
}

void TestRedirectsAndCaps::aDownloadWithinItsCapArrivesWholeThoughLargerThanAnyJsonAnswer()
{
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    QByteArray content(ApiClient::MaxJsonAnswerBytes + 3 * 1024 * 1024, 'x');
    content.append("end");
    server->on(Method::Get, u"/support/v2/tickets/attachment/download/"_s, [&content](const QHttpServerRequest&) {
        return HostileServer::Answer{200, content, "application/octet-stream"};
    });
    ApiClient client;
    setUpClient(client, base);
    const QString target = m_dir.filePath(u"big.bin"_s);
    Outcome<QString> downloaded;
    client.downloadAttachment(u"1-100"_s, u"a1"_s, target, content.size(), this, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 60000);
    QVERIFY2(downloaded.result->ok(), qPrintable(downloaded.result->error.userMessage()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), content.size()); // exactly at the cap is allowed
    QVERIFY(file.readAll() == content);
}

void TestRedirectsAndCaps::everyRequestHasHttp2AsThisQtVersionAllows()
{
    QCOMPARE(ApiClient::http2Allowed(), NetworkRules::http2Allowed(QString::fromLatin1(qVersion())));
    if (QString::fromLatin1(qVersion()) == u"6.4.2")
        QVERIFY(!ApiClient::http2Allowed());

    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    server->on(Method::Get, u"/support/v2/tickets/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, caseAnswer()};
    });
    ApiClient client;
    setUpClient(client, base);
    auto* network = client.findChild<QNetworkAccessManager*>();
    QVERIFY(network);
    QList<QVariant> seen;
    connect(network, &QNetworkAccessManager::finished, this, [&seen](QNetworkReply* reply) {
        seen << reply->request().attribute(QNetworkRequest::Http2AllowedAttribute);
    });
    Outcome<Case> fetched;
    client.getCase(u"1-100"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QVERIFY(fetched.result->ok());
    QCOMPARE(seen.size(), 2); // the token, then the case
    for (const QVariant& allowed : std::as_const(seen))
        QCOMPARE(allowed, QVariant(ApiClient::http2Allowed()));
}

void TestRedirectsAndCaps::serverTextInTheLogCannotForgeALine()
{
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    server->on(Method::Get, u"/support/v2/tickets/raw"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{404, "no such case\ncasedesk.api: forged raw\x1b[2K", "text/plain"};
    });
    server->on(Method::Get, u"/support/v2/tickets/json"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{
            404, R"([{"errorCode":"EQ-1\ncasedesk.api: forged code","errorMessage":"gone\ncasedesk.api: forged"}])"};
    });
    {
        QMutexLocker locker(&g_lock);
        g_messages.clear();
    }
    g_previous = qInstallMessageHandler(capture);
    ApiClient client;
    setUpClient(client, base);
    Outcome<Case> raw;
    Outcome<Case> structured;
    client.getCase(u"raw"_s, this, raw.callback());
    client.getCase(u"json"_s, this, structured.callback());
    QTRY_VERIFY_WITH_TIMEOUT(raw.result && structured.result, 20000);
    qInstallMessageHandler(g_previous);
    QCOMPARE(raw.result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(structured.result->error.message, u"gone\ncasedesk.api: forged"_s);

    QStringList messages;
    {
        QMutexLocker locker(&g_lock);
        messages = g_messages;
    }
    const QString all = messages.join(u'\n');
    // The server's words are in the log (so this could fail), each on the line of the message that quotes them.
    QVERIFY2(all.contains(u"casedesk.api: forged raw"_s), qPrintable(all));
    QVERIFY2(all.contains(u"casedesk.api: forged code"_s), qPrintable(all));
    for (const QString& message : std::as_const(messages)) {
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY2(!message.contains(u'\x1b'), qPrintable(message));
    }
}

void TestRedirectsAndCaps::aProxyNeverCarriesLoopbackTraffic_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s;
    QTest::newRow("localhost") << u"localhost"_s;
}

void TestRedirectsAndCaps::aProxyNeverCarriesLoopbackTraffic()
{
    QFETCH(QString, host);
    QUrl base;
    auto server = serverWithToken(&base);
    QVERIFY(base.isValid());
    base.setHost(host);
    server->on(Method::Get, u"/support/v2/tickets/"_s, [](const QHttpServerRequest&) {
        return HostileServer::Answer{200, caseAnswer()};
    });
    RecordingProxy proxy; // a proxy that would carry anything asked of it
    QVERIFY(proxy.listen());

    ApiClient client;
    setUpClient(client, base);
    client.setProxy({ProxySettings::Mode::Manual, u"127.0.0.1"_s, proxy.port(), u"user"_s, u"pw"_s});
    Outcome<Case> fetched;
    client.getCase(u"1-100"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 20000);
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.userMessage()));
    QCOMPARE(proxy.requestLines(), QStringList()); // reached directly
    QCOMPARE(server->log().size(), 2);

    // The same proxy for everything else, and no proxy for any spelling of this computer.
    const QNetworkProxy remote = client.proxyFor(QUrl(u"https://api.example.com/x"_s));
    QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(remote.port(), proxy.port());
    for (const QString& url :
         {u"http://127.0.0.1:1/"_s, u"http://127.9.9.9:1/"_s, u"http://[::1]:1/"_s, u"http://LocalHost:1/"_s})
        QCOMPARE(client.proxyFor(QUrl(url)).type(), QNetworkProxy::NoProxy);
    client.setProxy({ProxySettings::Mode::System, {}, 0, {}, {}});
    QCOMPARE(client.proxyFor(QUrl(u"http://127.0.0.1:1/"_s)).type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestRedirectsAndCaps)
#include "tst_redirectsandcaps.moc"

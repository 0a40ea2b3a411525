#include "models/api/ApiClient.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
CreateCaseRequest sampleCreate(const QString& code = u"0002-0000"_s, const QString& reference = {})
{
    CreateCaseRequest request;
    request.code = code;
    request.description = u"Total power outage in cage AM5:01:000123 since 09:10."_s;
    request.primaryId = u"AM5:01:000123"_s;
    request.secondaryId = u"0104"_s;
    request.customerReferenceId =
        reference.isEmpty() ? u"CD-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12) : reference;
    return request;
}

} // namespace

/*
 * The API client against the real sandbox over loopback: every operation, each error kind provoked with the
 * sandbox's own options, retries of reads but never of writes, token sharing and renewal, streamed transfers.
 */
class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tokenIsFetchedOnceForConcurrentCalls();
    void createGetNoteCancelRoundTrip();
    void getAcceptsTheOrderNumberOfATroubleTicket();
    void unknownCaseIsNotFound();
    void secondCancelIsAConflict();
    void invalidRequestCarriesFieldErrors();
    void badCredentialsAreRefusedAndNotRetried();
    void unreachableServerIsOffline();
    void plainHttpToARemoteHostIsRefused();
    void environmentWithoutServerAsksToSignIn();
    void callbackIsDroppedWhenContextIsGone();
    void readsAreRetriedOnServerErrors();
    void writesAreNeverRetried();
    void slowAnswerTimesOut();
    void truncatedAnswerIsABadPayload();
    void lostAnswerToACreateStillStoredOneCase();
    void revokedTokenIsRenewedOnceThenGivesUp();
    void shortLivedTokenIsRenewedBeforeItExpires();
    void searchFindsACaseByCustomerReference();
    void uploadStreamsWithProgressAndDownloadMatches();
    void uploadCanBeCancelled();
    void attachmentMetadataAndDelete();

private:
    static int countRequests(const SandboxProcess& sandbox, const QString& method, const QString& pathPart);
    QTemporaryDir m_dir;
};

void TestApiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

int TestApiClient::countRequests(const SandboxProcess& sandbox, const QString& method, const QString& pathPart)
{
    // The sandbox logs one line per request on stderr: method, path, status, time.
    int count = 0;
    const QStringList lines = QString::fromUtf8(sandbox.standardError()).split(u'\n');
    for (const QString& line : lines) {
        const qsizetype at = line.indexOf(method + u' ');
        if (at >= 0 && line.indexOf(pathPart, at) > at)
            ++count;
    }
    return count;
}

void TestApiClient::tokenIsFetchedOnceForConcurrentCalls()
{
    if (SandboxProcess::isExternal())
        QSKIP("counts requests in the sandbox's log");
    SandboxProcess sandbox({u"--seed-cases"_s, u"3"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    QSignalSpy signedIn(&client, &ApiClient::signedIn);

    Outcome<CreateCaseResponse> created;
    client.createCase(sampleCreate(), this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.userMessage()));

    ApiClient fresh;
    fresh.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    std::array<Outcome<Case>, 5> outcomes;
    for (auto& outcome : outcomes)
        fresh.getCase(created.result->value->id, this, outcome.callback());
    for (auto& outcome : outcomes)
        QVERIFY(!outcome.result); // never called back synchronously
    for (auto& outcome : outcomes) {
        QTRY_VERIFY(outcome.result);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.result->error.userMessage()));
    }
    QTRY_COMPARE(countRequests(sandbox, u"POST"_s, u"/oauth2/v1/token"_s), 2); // one per client
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.first().first().toString(), SandboxProcess::builtInClientId());
    QCOMPARE(client.userName(), SandboxProcess::builtInClientId());
}

void TestApiClient::createGetNoteCancelRoundTrip()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));

    CreateCaseRequest request = sampleCreate(u"0305-0000"_s);
    request.details = QJsonObject{{u"documents"_s, QJsonObject{{u"transactionIds"_s, QJsonArray{u"INV-1001"_s}},
                                                               {u"type"_s, u"DETAILED"_s},
                                                               {u"formats"_s, QJsonArray{u"PDF"_s}}}}};
    Outcome<CreateCaseResponse> created;
    client.createCase(request, this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY2(created.result->ok(),
             qPrintable(created.result->error.userMessage() + created.result->error.fieldSummary()));
    QCOMPARE(created.result->value->type, u"CASE"_s);
    const QString caseNumber = created.result->value->id;
    QCOMPARE(caseNumber.size(), 8);

    Outcome<Case> fetched;
    client.getCase(caseNumber, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.userMessage()));
    QCOMPARE(fetched.result->value->id, caseNumber);
    QCOMPARE(fetched.result->value->customerReferenceId, request.customerReferenceId);
    QCOMPARE(fetched.result->value->code, request.code);
    QVERIFY(!fetched.result->raw.isEmpty());

    NoteRequest note;
    note.text = u"Access is arranged for 14:00 local time."_s;
    note.visibility = u"EXTERNAL"_s;
    Outcome<CaseUpdateResponse> noted;
    client.addNote(caseNumber, note, this, noted.callback());
    QTRY_VERIFY(noted.result);
    QVERIFY2(noted.result->ok(), qPrintable(noted.result->error.userMessage()));
    QCOMPARE(noted.result->value->result.caseNumber, caseNumber);

    Outcome<Case> again;
    client.getCase(caseNumber, this, again.callback());
    QTRY_VERIFY(again.result);
    QVERIFY(again.result->ok());
    bool found = false;
    for (const CaseNote& n : again.result->value->notes.value_or(QList<CaseNote>()))
        found = found || n.text == note.text;
    QVERIFY2(found, "the note did not come back in GET's notes");

    CancelRequest cancel;
    cancel.reason = u"Raised in error."_s;
    Outcome<CaseUpdateResponse> cancelled;
    client.cancelCase(caseNumber, cancel, this, cancelled.callback());
    QTRY_VERIFY(cancelled.result);
    QVERIFY2(cancelled.result->ok(), qPrintable(cancelled.result->error.userMessage()));

    Outcome<Case> after;
    client.getCase(caseNumber, this, after.callback());
    QTRY_VERIFY(after.result);
    QCOMPARE(after.result->value->status, u"CANCELLED"_s);
    QVERIFY(!after.result->value->isCancellable());
}

void TestApiClient::getAcceptsTheOrderNumberOfATroubleTicket()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<CreateCaseResponse> created;
    client.createCase(sampleCreate(u"0003-0002"_s), this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY(created.result->ok());
    QCOMPARE(created.result->value->type, u"TROUBLE"_s);
    const QString orderNumber = created.result->value->id;
    QVERIFY2(QRegularExpression(u"^1-\\d{12}$"_s).match(orderNumber).hasMatch(), qPrintable(orderNumber));

    Outcome<Case> fetched;
    client.getCase(orderNumber, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QVERIFY(fetched.result->ok());
    QCOMPARE(fetched.result->value->orderId, orderNumber);
    QCOMPARE(fetched.result->value->id->size(), 8);
}

void TestApiClient::unknownCaseIsNotFound()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<Case> fetched;
    client.getCase(u"99999999"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(fetched.result->httpStatus, 404);
    QVERIFY(!fetched.result->error.userMessage().isEmpty());
}

void TestApiClient::secondCancelIsAConflict()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<CreateCaseResponse> created;
    client.createCase(sampleCreate(u"0100-0000"_s), this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY(created.result->ok());
    CancelRequest cancel;
    cancel.reason = u"Duplicate."_s;
    Outcome<CaseUpdateResponse> first;
    client.cancelCase(created.result->value->id, cancel, this, first.callback());
    QTRY_VERIFY(first.result);
    QVERIFY(first.result->ok());
    Outcome<CaseUpdateResponse> second;
    client.cancelCase(created.result->value->id, cancel, this, second.callback());
    QTRY_VERIFY(second.result);
    QCOMPARE(second.result->error.kind, ApiError::Kind::Conflict);
    QVERIFY(!second.result->error.errorCode.isEmpty());
    QVERIFY(!second.result->error.correlationId.isEmpty());
}

void TestApiClient::invalidRequestCarriesFieldErrors()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    CreateCaseRequest request = sampleCreate();
    request.description = QString(4001, u'x');
    Outcome<CreateCaseResponse> created;
    client.createCase(request, this, created.callback());
    QTRY_VERIFY(created.result);
    QCOMPARE(created.result->error.kind, ApiError::Kind::Validation);
    QCOMPARE(created.result->error.fieldErrors.size(), 1);
    QCOMPARE(created.result->error.fieldErrors.first().property, u"description"_s);
    QVERIFY(created.result->error.userMessage().contains(u"description"));
}

void TestApiClient::badCredentialsAreRefusedAndNotRetried()
{
    if (SandboxProcess::isExternal())
        QSKIP("counts requests in the sandbox's log");
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    ApiEndpoint endpoint = sandboxEndpoint(sandbox.baseUrl());
    endpoint.clientSecret = u"wrong"_s;
    client.setEndpoint(endpoint);
    QSignalSpy refused(&client, &ApiClient::authenticationFailed);

    Outcome<Case> first;
    client.getCase(u"11150929"_s, this, first.callback());
    QTRY_VERIFY(first.result);
    QCOMPARE(first.result->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(refused.count(), 1);

    // Further calls fail at once instead of hammering the token endpoint towards a lock-out.
    Outcome<Case> second;
    client.getCase(u"11150929"_s, this, second.callback());
    QVERIFY(!second.result);
    QTRY_VERIFY(second.result);
    QCOMPARE(second.result->error.kind, ApiError::Kind::Unauthorized);
    QTRY_COMPARE(countRequests(sandbox, u"POST"_s, u"/oauth2/v1/token"_s), 1);

    // New credentials are tried again.
    endpoint.clientSecret = SandboxProcess::builtInClientSecret();
    client.setEndpoint(endpoint);
    Outcome<AccessToken> token;
    client.requestToken(this, token.callback());
    QTRY_VERIFY(token.result);
    QVERIFY(token.result->ok());
}

void TestApiClient::unreachableServerIsOffline()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ApiClient client;
    ApiEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    endpoint.clientId = u"x"_s;
    endpoint.clientSecret = u"y"_s;
    endpoint.retryBaseDelayMs = 10;
    client.setEndpoint(endpoint);
    QSignalSpy reachability(&client, &ApiClient::serverReachabilityChanged);
    Outcome<Case> fetched;
    client.getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::Offline);
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(reachability.first().first().toBool(), false);
}

void TestApiClient::plainHttpToARemoteHostIsRefused()
{
    ApiClient client;
    ApiEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://api.example.com"_s);
    client.setEndpoint(endpoint);
    Outcome<Case> fetched;
    client.getCase(u"11150929"_s, this, fetched.callback());
    QVERIFY(!fetched.result);
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::InsecureUrl);
    QVERIFY(ApiClient::checkBaseUrl(QUrl(u"https://api.example.com"_s)).isEmpty());
    QVERIFY(ApiClient::checkBaseUrl(QUrl(u"http://localhost:8080"_s)).isEmpty());
    QVERIFY(ApiClient::checkBaseUrl(QUrl(u"http://[::1]:8080"_s)).isEmpty());
    QVERIFY(!ApiClient::checkBaseUrl(QUrl(u"ftp://127.0.0.1"_s)).isEmpty());
}

void TestApiClient::environmentWithoutServerAsksToSignIn()
{
    ApiClient client; // no endpoint: a provider environment nobody has signed in to yet
    Outcome<Case> fetched;
    client.getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::SignInRequired);
    QVERIFY(fetched.result->error.userMessage().contains(u"Sign in"_s));
}

void TestApiClient::callbackIsDroppedWhenContextIsGone()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    bool called = false;
    auto* context = new QObject;
    client.getCase(u"99999999"_s, context, [&called](const ApiResult<Case>&) { called = true; });
    delete context;
    Outcome<Case> witness; // a later call on the same client proves the first one had time to finish
    client.getCase(u"99999998"_s, this, witness.callback());
    QTRY_VERIFY(witness.result);
    QVERIFY(!called);
}

void TestApiClient::readsAreRetriedOnServerErrors()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    SandboxProcess sandbox({u"--fault-error-rate"_s, u"1"_s, u"--fault-seed"_s, u"7"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    ApiEndpoint endpoint = sandboxEndpoint(sandbox.baseUrl());
    endpoint.maxReadRetries = 3;
    client.setEndpoint(endpoint);
    Outcome<Case> fetched;
    client.getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 15000);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::Server);
    QCOMPARE(fetched.result->httpStatus, 500);
    QTRY_COMPARE(countRequests(sandbox, u"GET"_s, u"/support/v2/tickets/11150929"_s), 4); // 1 + 3 retries
}

void TestApiClient::writesAreNeverRetried()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    SandboxProcess sandbox({u"--fault-error-rate"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<CreateCaseResponse> created;
    client.createCase(sampleCreate(), this, created.callback());
    QTRY_VERIFY(created.result);
    QCOMPARE(created.result->error.kind, ApiError::Kind::Server);
    NoteRequest note;
    note.text = u"hello"_s;
    Outcome<CaseUpdateResponse> noted;
    client.addNote(u"11150929"_s, note, this, noted.callback());
    QTRY_VERIFY(noted.result);
    QCOMPARE(noted.result->error.kind, ApiError::Kind::Server);
    QTRY_COMPARE(countRequests(sandbox, u"POST"_s, u"/support/v1/tickets/11150929/notes"_s), 1);
    QCOMPARE(countRequests(sandbox, u"POST"_s, u"/support/v2/tickets"_s), 1);
}

void TestApiClient::slowAnswerTimesOut()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    SandboxProcess sandbox({u"--fault-latency-ms"_s, u"1500"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    ApiEndpoint endpoint = sandboxEndpoint(sandbox.baseUrl());
    endpoint.transferTimeoutMs = 300;
    endpoint.maxReadRetries = 1;
    client.setEndpoint(endpoint);
    Outcome<OrderHistoryPage> searched;
    client.searchOrders({}, this, searched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(searched.result, 10000);
    // The token endpoint has no injected latency, so this is the search itself timing out, twice.
    QCOMPARE(searched.result->error.kind, ApiError::Kind::Timeout);
    QVERIFY(searched.result->error.isTransient());
}

void TestApiClient::truncatedAnswerIsABadPayload()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    SandboxProcess sandbox({u"--seed-cases"_s, u"2"_s, u"--fault-truncate-rate"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<OrderHistoryPage> searched;
    client.searchOrders({}, this, searched.callback());
    QTRY_VERIFY(searched.result);
    QCOMPARE(searched.result->error.kind, ApiError::Kind::BadPayload);
    QCOMPARE(searched.result->httpStatus, 200);
    QVERIFY(!searched.result->error.technicalDetails.isEmpty());
}

void TestApiClient::lostAnswerToACreateStillStoredOneCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    const QString db = m_dir.filePath(u"lost-answer.sqlite"_s);
    const QString reference = u"LOST-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        SandboxProcess dropping({u"--db"_s, db, u"--fault-drop-rate"_s, u"1"_s});
        QVERIFY2(dropping.start(), qPrintable(dropping.errorString()));
        ApiClient client;
        client.setEndpoint(sandboxEndpoint(dropping.baseUrl()));
        Outcome<CreateCaseResponse> created;
        client.createCase(sampleCreate(u"0002-0001"_s, reference), this, created.callback());
        QTRY_VERIFY(created.result);
        QVERIFY(created.result->error.isError());
        QVERIFY2(created.result->error.mayHaveReachedServer(), qPrintable(created.result->error.technicalDetails));
        QTRY_COMPARE(countRequests(dropping, u"POST"_s, u"/support/v2/tickets"_s), 1);
    }
    SandboxProcess healthy({u"--db"_s, db});
    QVERIFY2(healthy.start(), qPrintable(healthy.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(healthy.baseUrl()));
    OrderHistoryQuery query;
    query.q = reference;
    query.source = QStringList{u"CUSTOMER_REFERENCE_NUMBER"_s};
    Outcome<OrderHistoryPage> searched;
    client.searchOrders(query, this, searched.callback());
    QTRY_VERIFY(searched.result);
    QVERIFY2(searched.result->ok(), qPrintable(searched.result->error.userMessage()));
    QCOMPARE(searched.result->value->content->size(), 1);
}

void TestApiClient::revokedTokenIsRenewedOnceThenGivesUp()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    SandboxProcess sandbox({u"--fault-expire-rate"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    Outcome<Case> fetched;
    client.getCase(u"11150929"_s, this, fetched.callback());
    QTRY_VERIFY(fetched.result);
    QCOMPARE(fetched.result->error.kind, ApiError::Kind::Unauthorized);
    QTRY_COMPARE(countRequests(sandbox, u"POST"_s, u"/oauth2/v1/token"_s), 2);
    QCOMPARE(countRequests(sandbox, u"GET"_s, u"/support/v2/tickets/11150929"_s), 2);
}

void TestApiClient::shortLivedTokenIsRenewedBeforeItExpires()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's token options");
    SandboxProcess sandbox({u"--token-ttl"_s, u"2"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    while (clock.elapsed() < 4500) { // spans two token lifetimes
        Outcome<OrderHistoryPage> searched;
        client.searchOrders({}, this, searched.callback());
        QTRY_VERIFY(searched.result);
        QVERIFY2(searched.result->ok(), qPrintable(searched.result->error.userMessage()));
        ++calls;
    }
    QVERIFY(calls > 5);
    QVERIFY(countRequests(sandbox, u"POST"_s, u"/oauth2/v1/token"_s) >= 2);
}

void TestApiClient::searchFindsACaseByCustomerReference()
{
    SandboxProcess sandbox({u"--seed-cases"_s, u"25"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    const QString reference = u"FIND-ME-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Outcome<CreateCaseResponse> created;
    client.createCase(sampleCreate(u"0104-0100"_s, reference), this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY(created.result->ok());

    OrderHistoryQuery query;
    query.q = reference.toLower();
    Outcome<OrderHistoryPage> searched;
    client.searchOrders(query, this, searched.callback());
    QTRY_VERIFY(searched.result);
    QVERIFY(searched.result->ok());
    QCOMPARE(searched.result->value->content->size(), 1);
    QCOMPARE(searched.result->value->content->first().orderNumber, created.result->value->id);

    OrderHistoryQuery all;
    all.page = OrderHistoryQuery::Page{0, 10};
    Outcome<OrderHistoryPage> firstPage;
    client.searchOrders(all, this, firstPage.callback());
    QTRY_VERIFY(firstPage.result);
    QVERIFY(firstPage.result->ok());
    QCOMPARE(firstPage.result->value->content->size(), 10);
    QVERIFY(firstPage.result->value->hasNextPage());
}

void TestApiClient::uploadStreamsWithProgressAndDownloadMatches()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));

    const QString path = m_dir.filePath(u"rack-photo.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < 10; ++i) { // exactly 10 MB, the API's limit
            for (qsizetype j = 0; j < block.size(); j += 4096)
                block[j] = char((i * 31 + j) & 0xff);
            file.write(block);
        }
    }
    Outcome<AttachmentInfo> uploaded;
    QPointer<Transfer> transfer = client.uploadAttachment(path, this, uploaded.callback());
    QVERIFY(transfer);
    QSignalSpy progress(transfer.data(), &Transfer::progressChanged);
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.result, 30000);
    QVERIFY2(uploaded.result->ok(), qPrintable(uploaded.result->error.userMessage()));
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    QCOMPARE(qint64(*uploaded.result->value->attachmentSize), qint64(10 * 1024 * 1024));
    QTRY_VERIFY(!transfer); // cleaned up after the callback

    CreateCaseRequest request = sampleCreate();
    request.attachments = QList<AttachmentRef>{{uploaded.result->value->attachmentId, u"rack-photo.png"_s, {}, {}}};
    Outcome<CreateCaseResponse> created;
    client.createCase(request, this, created.callback());
    QTRY_VERIFY(created.result);
    QVERIFY2(created.result->ok(),
             qPrintable(created.result->error.userMessage() + created.result->error.fieldSummary()));

    const QString target = m_dir.filePath(u"downloaded.png"_s);
    Outcome<QString> downloaded;
    client.downloadAttachment(created.result->value->id, uploaded.result->value->attachmentId, target, 64 * 1024 * 1024,
                              this, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 30000);
    QVERIFY2(downloaded.result->ok(), qPrintable(downloaded.result->error.userMessage()));
    QCOMPARE(sha256Hex(target), sha256Hex(path));
}

void TestApiClient::uploadCanBeCancelled()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's latency option");
    SandboxProcess sandbox({u"--fault-latency-ms"_s, u"3000"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    const QString path = m_dir.filePath(u"notes.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200 * 1024, 'a'));
    }
    Outcome<AttachmentInfo> uploaded;
    QPointer<Transfer> transfer = client.uploadAttachment(path, this, uploaded.callback());
    QTRY_VERIFY((transfer && transfer->bytesDone() > 0) || uploaded.result);
    QVERIFY(!uploaded.result);
    transfer->cancel();
    QTRY_VERIFY(uploaded.result);
    QCOMPARE(uploaded.result->error.kind, ApiError::Kind::Cancelled);
}

void TestApiClient::attachmentMetadataAndDelete()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
    const QString path = m_dir.filePath(u"error-log.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kernel: eth0 link down\n");
    }
    Outcome<AttachmentInfo> uploaded;
    client.uploadAttachment(path, this, uploaded.callback());
    QTRY_VERIFY(uploaded.result);
    QVERIFY(uploaded.result->ok());
    const QString id = uploaded.result->value->attachmentId;

    Outcome<AttachmentInfo> info;
    client.attachmentInfo(id, this, info.callback());
    QTRY_VERIFY(info.result);
    QVERIFY(info.result->ok());
    QCOMPARE(info.result->value->attachmentName, u"error-log.txt"_s);
    QCOMPARE(info.result->value->attachmentType, u"txt"_s);

    Outcome<bool> deleted;
    client.deleteAttachment(id, this, deleted.callback());
    QTRY_VERIFY(deleted.result);
    QVERIFY(deleted.result->ok());
    Outcome<AttachmentInfo> gone;
    client.attachmentInfo(id, this, gone.callback());
    QTRY_VERIFY(gone.result);
    QCOMPARE(gone.result->error.kind, ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

#include "models/api/ApiError.h"
#include "models/api/HttpHeaders.h"

#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void readsServerBodies_data();
    void readsServerBodies();
    void everyKindHasASentence();
    void everyAnswerMeansWhatItSays_data();
    void everyAnswerMeansWhatItSays();
    void errorsMadeWithoutAnAnswerKeepTheirMeaning();
    void readsTheServersDate_data();
    void readsTheServersDate();
    void readsRetryAfter_data();
    void readsRetryAfter();
};

void TestApiError::readsServerBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("correlationId");
    QTest::addColumn<QStringList>("properties");

    QTest::newRow("case api array, object additionalInfo")
        << QByteArray(R"([{"errorCode":"EQ-2010010","errorMessage":"One or more properties are invalid",)"
                      R"("correlationId":"c-1","additionalInfo":{"property":"description","reason":"too long"}},)"
                      R"({"errorCode":"EQ-2010010","additionalInfo":{"property":"contacts[0].type","reason":"enum"}}])")
        << u"EQ-2010010"_s << u"One or more properties are invalid"_s << u"c-1"_s
        << QStringList{u"description"_s, u"contacts[0].type"_s};
    QTest::newRow("additionalInfo as an array with value")
        << QByteArray(
               R"([{"errorCode":"EQ-2010010","additionalInfo":[{"property":"ibx","reason":"Unknown","value":"AM1"}]}])")
        << u"EQ-2010010"_s << QString() << QString() << QStringList{u"ibx"_s};
    QTest::newRow("token api object") << QByteArray(
        R"({"error_domain":"apiportal","error_title":"Invalid","error_code":"EQ-3000023",)"
        R"("developer_message":"dev","error_message":"Please enter a valid client id"})")
                                      << u"EQ-3000023"_s << u"Please enter a valid client id"_s << QString()
                                      << QStringList{};
    QTest::newRow("order history generic error")
        << QByteArray(R"({"errors":[{"code":"EQX-123-1234","message":"bad","fields":["page.size"]}],"ticketId":"t9"})")
        << u"EQX-123-1234"_s << u"bad"_s << u"t9"_s << QStringList{u"page.size"_s};
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << QString() << QString()
                                     << QString() << QStringList{};
    QTest::newRow("array of junk") << QByteArray(R"([1,"x",{"errorCode":7}])") << QString() << QString() << QString()
                                   << QStringList{};
    QTest::newRow("empty body") << QByteArray() << QString() << QString() << QString() << QStringList{};
}

void TestApiError::readsServerBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, message);
    QFETCH(QString, correlationId);
    QFETCH(QStringList, properties);

    ApiError error = ApiError::make(ApiError::Kind::Validation);
    ApiError::readServerBody(body, &error);
    QCOMPARE(error.errorCode, errorCode);
    QCOMPARE(error.message, message);
    QCOMPARE(error.correlationId, correlationId);
    QStringList seen;
    for (const FieldError& field : error.fieldErrors)
        seen << field.property;
    QCOMPARE(seen, properties);
}

void TestApiError::everyKindHasASentence()
{
    const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = ApiError::Kind(kinds.value(i));
        ApiError error = ApiError::make(kind);
        error.correlationId = u"corr-42"_s;
        if (kind == ApiError::Kind::None) {
            QVERIFY(error.userMessage().isEmpty());
            continue;
        }
        QVERIFY2(error.userMessage().size() > 10, kinds.key(i));
        QVERIFY2(error.userMessage().contains(u"corr-42"), kinds.key(i));
    }
}

using Delivery = ApiError::Delivery;
using Kind = ApiError::Kind;

// The whole table of what an answer to a write tells about the server's state (DESIGN.md, "Trust rules").
void TestApiError::everyAnswerMeansWhatItSays_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Delivery>("delivery");
    QTest::addColumn<bool>("bodyDecodes");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("reachedServer");

    const auto answered = Delivery::Answered;
    QTest::newRow("200 that decodes") << 200 << answered << true << Kind::None << false << true;
    QTest::newRow("201 with a body that is not JSON") << 201 << answered << false << Kind::BadPayload << true << true;
    QTest::newRow("200 cut short") << 200 << answered << false << Kind::BadPayload << true << true;
    QTest::newRow("400 refuses") << 400 << answered << true << Kind::Validation << false << false;
    QTest::newRow("401 refuses") << 401 << answered << true << Kind::Unauthorized << false << false;
    QTest::newRow("403 refuses") << 403 << answered << true << Kind::Forbidden << false << false;
    QTest::newRow("404 refuses") << 404 << answered << true << Kind::NotFound << false << false;
    QTest::newRow("408 may have been passed on") << 408 << answered << true << Kind::Timeout << true << true;
    QTest::newRow("409 refuses") << 409 << answered << true << Kind::Conflict << false << false;
    QTest::newRow("413 refuses") << 413 << answered << true << Kind::TooLarge << false << false;
    QTest::newRow("422 refuses") << 422 << answered << true << Kind::Validation << false << false;
    QTest::newRow("429 refuses for now") << 429 << answered << true << Kind::RateLimited << true << false;
    QTest::newRow("500 may have been done") << 500 << answered << true << Kind::Server << true << true;
    QTest::newRow("502 from a gateway") << 502 << answered << true << Kind::Server << true << true;
    QTest::newRow("503") << 503 << answered << true << Kind::Server << true << true;
    QTest::newRow("504 from a gateway") << 504 << answered << true << Kind::Server << true << true;
    QTest::newRow("599") << 599 << answered << true << Kind::Server << true << true;
    QTest::newRow("302 not followed") << 302 << answered << true << Kind::BadPayload << false << true;
    QTest::newRow("no status at all") << 0 << answered << true << Kind::BadPayload << false << true;
    QTest::newRow("connection refused") << 0 << Delivery::NotConnected << true << Kind::Offline << true << false;
    QTest::newRow("reset before sending")
        << 0 << Delivery::ResetBeforeSending << true << Kind::Offline << true << false;
    QTest::newRow("reset after sending") << 0 << Delivery::ResetAfterSending << true << Kind::Offline << true << true;
    QTest::newRow("timeout") << 0 << Delivery::TimedOut << true << Kind::Timeout << true << true;
    QTest::newRow("TLS failure") << 0 << Delivery::TlsFailed << true << Kind::Tls << false << false;
    QTest::newRow("cancelled by us") << 0 << Delivery::Cancelled << true << Kind::Cancelled << false << true;
}

void TestApiError::everyAnswerMeansWhatItSays()
{
    QFETCH(int, status);
    QFETCH(Delivery, delivery);
    QFETCH(bool, bodyDecodes);
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QFETCH(bool, reachedServer);

    const ApiError error = ApiError::forAnswer(status, delivery, bodyDecodes);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.mayHaveReachedServer(), reachedServer);
    QCOMPARE(error.httpStatus, status);
    const ApiError::Meaning meaning{kind, transient, reachedServer};
    QCOMPARE(ApiError::meaningOf(status, delivery, bodyDecodes), meaning);
}

void TestApiError::errorsMadeWithoutAnAnswerKeepTheirMeaning()
{
    // Fakes and local checks make errors by kind; they must mean what the table says for that kind.
    QVERIFY(ApiError::make(Kind::Offline).isTransient());
    QVERIFY(!ApiError::make(Kind::Offline).mayHaveReachedServer());
    QVERIFY(ApiError::make(Kind::Server).mayHaveReachedServer());
    QVERIFY(ApiError::make(Kind::Timeout).mayHaveReachedServer());
    QVERIFY(ApiError::badPayload(u"cut"_s).mayHaveReachedServer());
    QVERIFY(ApiError::make(Kind::RateLimited).isTransient());
    QVERIFY(!ApiError::make(Kind::RateLimited).mayHaveReachedServer());
    QVERIFY(!ApiError::make(Kind::Validation).isTransient());
    QVERIFY(!ApiError::make(Kind::Validation).mayHaveReachedServer());
    QVERIFY(!ApiError::make(Kind::Local).mayHaveReachedServer());
    // The server answered (a redirect, an answer too large): a write may have been carried out, and sending
    // it again by itself would not help.
    for (const Kind kind : {Kind::RedirectRefused, Kind::AnswerTooLarge}) {
        QVERIFY(ApiError::make(kind).mayHaveReachedServer());
        QVERIFY(!ApiError::make(kind).isTransient());
    }
}

void TestApiError::readsTheServersDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: nothing
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(784111777000);
    QTest::newRow("with spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << qint64(784111777000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(-1);
    QTest::newRow("another zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << qint64(-1);
    QTest::newRow("day 32") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("names in lower case") << QByteArray("sun, 06 nov 1994 08:49:37 GMT") << qint64(784111777000);
    QTest::newRow("the epoch") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT") << qint64(1709251199000);
    QTest::newRow("not the date's weekday") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("no such weekday") << QByteArray("Xyz, 06 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("no such month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("29 February of a common year") << QByteArray("Wed, 29 Feb 1995 08:49:37 GMT") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT") << qint64(-1);
    QTest::newRow("second 60") << QByteArray("Sun, 06 Nov 1994 08:49:60 GMT") << qint64(-1);
    QTest::newRow("one-digit day") << QByteArray("Sun, 6  Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("sign in a number") << QByteArray("Sun, 06 Nov 1994 08:-9:37 GMT") << qint64(-1);
    QTest::newRow("no space after the comma") << QByteArray("Sun,06 Nov 1994 08:49:37 GMT ") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("\xff\xfe<b>now</b>") << qint64(-1);
}

void TestApiError::readsTheServersDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const std::optional<qint64> parsed = HttpHeaders::parseDate(header);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestApiError::readsRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("seconds") << QByteArray("120") << 120000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-5") << 0;
    QTest::newRow("huge: capped at 15 minutes") << QByteArray("99999999999999") << 900000;
    QTest::newRow("beyond qint64") << QByteArray("999999999999999999999999") << 0;
    QTest::newRow("a date 30 s ahead") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << 30000;
    QTest::newRow("a date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("words") << QByteArray("soon") << 0;
    QTest::newRow("fraction") << QByteArray("1.5") << 0;
}

void TestApiError::readsRetryAfter()
{
    // "Now" is Sun, 06 Nov 1994 08:49:37 GMT.
    QFETCH(QByteArray, header);
    QFETCH(int, expectedMs);
    QCOMPARE(HttpHeaders::retryAfterMs(header, 784111777000), expectedMs);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

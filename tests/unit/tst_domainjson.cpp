#include "models/domain/AccessToken.h"
#include "models/domain/AttachmentInfo.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/Case.h"
#include "models/domain/CaseStatus.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/NoteRequest.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QByteArray readTestFile(const QString& name)
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

// Decodes `json` as the type named `type`; returns the errors (empty on success) and the re-encoded object.
DecodeErrors decodeAs(const QString& type, const QByteArray& json, QJsonObject* encoded = nullptr)
{
    auto run = [&](auto decoded) {
        if (decoded.value && encoded)
            *encoded = decoded.value->toJson();
        if (!decoded.value && decoded.errors.isEmpty())
            qFatal("decode failed without saying why");
        return decoded.errors;
    };
    if (type == u"Case")
        return run(decodeJson<Case>(json));
    if (type == u"CreateCaseRequest")
        return run(decodeJson<CreateCaseRequest>(json));
    if (type == u"CreateCaseResponse")
        return run(decodeJson<CreateCaseResponse>(json));
    if (type == u"NoteRequest")
        return run(decodeJson<NoteRequest>(json));
    if (type == u"CancelRequest")
        return run(decodeJson<CancelRequest>(json));
    if (type == u"CaseUpdateResponse")
        return run(decodeJson<CaseUpdateResponse>(json));
    if (type == u"AccessToken")
        return run(decodeJson<AccessToken>(json));
    if (type == u"AttachmentInfo")
        return run(decodeJson<AttachmentInfo>(json));
    if (type == u"OrderHistoryPage")
        return run(decodeJson<OrderHistoryPage>(json));
    if (type == u"OrderHistoryQuery")
        return run(decodeJson<OrderHistoryQuery>(json));
    qFatal("unknown type in test table: %s", qPrintable(type));
}
} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void seedSampleRoundTripsWithoutLosingAField();
    void seedSamplesOfRequestsRoundTrip_data();
    void seedSamplesOfRequestsRoundTrip();
    void decoders_data();
    void decoders();
    void orderPageSaysWhetherAnotherFollows_data();
    void orderPageSaysWhetherAnotherFollows();
    void tokenLifetimeIsAPositiveCappedNumber_data();
    void tokenLifetimeIsAPositiveCappedNumber();
    void missingOptionalFieldsStayAbsent();
    void unknownEnumValueIsKeptAndShownRaw();
    void unknownFieldsSurviveARoundTrip();
    void extraHoldsExactlyTheKeysNoFieldRead();
    void timestampsKeepTheirText_data();
    void timestampsKeepTheirText();
};

void TestDomainJson::seedSampleRoundTripsWithoutLosingAField()
{
    const QByteArray bytes = readTestFile(u"get-case-sample.json"_s);
    const auto decoded = decodeJson<Case>(bytes);
    QVERIFY2(decoded.ok(), qPrintable(describeDecodeErrors(decoded.errors)));
    const Case& c = *decoded.value;
    QCOMPARE(c.status, u"IN_PROGRESS"_s);
    QCOMPARE(c.firstIbx(), u"SV5"_s);
    QCOMPARE(c.firstCage(), u"DA3:01:010315"_s);
    QCOMPARE(c.otherDetails->statusHistory->size(), 1);
    QCOMPARE(c.otherDetails->details->first().additionalInfo->first().value, QJsonValue(true));
    QCOMPARE(c.otherDetails->details->first().reOpen, u"NOT_ALLOWED"_s);
    QCOMPARE(c.otherDetails->reOpen, false);
    QVERIFY(c.isCancellable());
    QVERIFY(!c.isModifiable());
    QVERIFY(c.extra.isEmpty());
    QCOMPARE(QJsonValue(c.toJson()), QJsonValue(QJsonDocument::fromJson(bytes).object()));
}

void TestDomainJson::seedSamplesOfRequestsRoundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::newRow("create") << u"CreateCaseRequest"_s << u"create-case-sample.json"_s;
    QTest::newRow("create answer") << u"CreateCaseResponse"_s << u"create-response-sample.json"_s;
    QTest::newRow("note") << u"NoteRequest"_s << u"note-sample.json"_s;
    QTest::newRow("cancel") << u"CancelRequest"_s << u"cancel-sample.json"_s;
    QTest::newRow("update answer") << u"CaseUpdateResponse"_s << u"case-update-response-sample.json"_s;
}

void TestDomainJson::seedSamplesOfRequestsRoundTrip()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    const QByteArray bytes = readTestFile(file);
    QJsonObject encoded;
    const DecodeErrors errors = decodeAs(type, bytes, &encoded);
    QVERIFY2(errors.isEmpty(), qPrintable(describeDecodeErrors(errors)));
    QCOMPARE(QJsonValue(encoded), QJsonValue(QJsonDocument::fromJson(bytes).object()));
}

void TestDomainJson::decoders_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPath"); // empty: decodes cleanly
    QTest::addColumn<int>("errorKind");

    const int missing = int(DecodeError::Kind::Missing);
    const int wrongType = int(DecodeError::Kind::WrongType);
    const int badValue = int(DecodeError::Kind::BadValue);
    const int notJson = int(DecodeError::Kind::NotJson);

    // Case (GET answer)
    QTest::newRow("case: empty object") << u"Case"_s << QByteArray("{}") << QString() << 0;
    QTest::newRow("case: nulls are absent")
        << u"Case"_s << QByteArray(R"({"status":null,"orderId":null})") << QString() << 0;
    QTest::newRow("case: not json") << u"Case"_s << QByteArray("<html>oops</html>") << u"$"_s << notJson;
    QTest::newRow("case: cut short") << u"Case"_s << QByteArray(R"({"id":"11150929","status":"IN_PR)") << u"$"_s
                                     << notJson;
    QTest::newRow("case: array instead of object") << u"Case"_s << QByteArray("[1,2]") << u"$"_s << wrongType;
    QTest::newRow("case: status a number") << u"Case"_s << QByteArray(R"({"status":3})") << u"status"_s << wrongType;
    QTest::newRow("case: location not an object")
        << u"Case"_s << QByteArray(R"({"location":"SV5"})") << u"location"_s << wrongType;
    QTest::newRow("case: ibx entry a number")
        << u"Case"_s << QByteArray(R"({"location":{"ibx":["SV5",7]}})") << u"location.ibx[1]"_s << wrongType;
    QTest::newRow("case: bad created date")
        << u"Case"_s << QByteArray(R"({"createdDateTime":"yesterday"})") << u"createdDateTime"_s << badValue;
    QTest::newRow("case: date without zone")
        << u"Case"_s << QByteArray(R"({"createdDateTime":"2023-09-13T04:57:27"})") << u"createdDateTime"_s << badValue;
    QTest::newRow("case: history entry not an object")
        << u"Case"_s << QByteArray(R"({"otherDetails":{"statusHistory":["IN_PROGRESS"]}})")
        << u"otherDetails.statusHistory[0]"_s << wrongType;
    QTest::newRow("case: history date wrong type")
        << u"Case"_s << QByteArray(R"({"otherDetails":{"statusHistory":[{"status":"SUBMITTED","createdDate":5}]}})")
        << u"otherDetails.statusHistory[0].createdDate"_s << wrongType;
    QTest::newRow("case: cancellable a string") << u"Case"_s << QByteArray(R"({"otherDetails":{"cancellable":"yes"}})")
                                                << u"otherDetails.cancellable"_s << wrongType;
    QTest::newRow("case: line respond a string")
        << u"Case"_s << QByteArray(R"({"otherDetails":{"details":[{"respond":"true"}]}})")
        << u"otherDetails.details[0].respond"_s << wrongType;
    QTest::newRow("case: note text a list")
        << u"Case"_s << QByteArray(R"({"notes":[{"text":["a"]}]})") << u"notes[0].text"_s << wrongType;
    QTest::newRow("case: note attachment without id")
        << u"Case"_s << QByteArray(R"({"notes":[{"attachments":[{"name":"error-log"}]}]})")
        << u"notes[0].attachments[0].id"_s << missing;
    QTest::newRow("case: contact detail without value")
        << u"Case"_s << QByteArray(R"({"contacts":[{"details":[{"type":"EMAIL"}]}]})")
        << u"contacts[0].details[0].value"_s << missing;
    QTest::newRow("case: additional info value may be anything")
        << u"Case"_s << QByteArray(R"({"otherDetails":{"additionalInfo":[{"key":"K","value":{"a":[1]}}]}})")
        << QString() << 0;

    // Requests
    QTest::newRow("create: minimal") << u"CreateCaseRequest"_s
                                     << QByteArray(R"({"code":"0002-0000","description":"d","primaryId":"AM5:01:1"})")
                                     << QString() << 0;
    QTest::newRow("create: no primaryId")
        << u"CreateCaseRequest"_s << QByteArray(R"({"code":"0002-0000","description":"d"})") << u"primaryId"_s
        << missing;
    QTest::newRow("create: details not an object")
        << u"CreateCaseRequest"_s
        << QByteArray(R"({"code":"0305-0000","description":"d","primaryId":"p","details":[]})") << u"details"_s
        << wrongType;
    QTest::newRow("create: registeredUsers not strings")
        << u"CreateCaseRequest"_s
        << QByteArray(R"({"code":"c","description":"d","primaryId":"p","contacts":[{"registeredUsers":[1]}]})")
        << u"contacts[0].registeredUsers[0]"_s << wrongType;
    QTest::newRow("note: text missing") << u"NoteRequest"_s << QByteArray(R"({"visibility":"INTERNAL"})") << u"text"_s
                                        << missing;
    QTest::newRow("note: attachments an object")
        << u"NoteRequest"_s << QByteArray(R"({"text":"t","attachments":{}})") << u"attachments"_s << wrongType;
    QTest::newRow("cancel: reason a number")
        << u"CancelRequest"_s << QByteArray(R"({"reason":1})") << u"reason"_s << wrongType;

    // Answers
    QTest::newRow("create answer: no type")
        << u"CreateCaseResponse"_s << QByteArray(R"({"id":"11150929"})") << u"type"_s << missing;
    QTest::newRow("update answer: result missing")
        << u"CaseUpdateResponse"_s << QByteArray(R"({"CaseId":"x"})") << u"result"_s << missing;
    QTest::newRow("update answer: result a string")
        << u"CaseUpdateResponse"_s << QByteArray(R"({"result":"ok"})") << u"result"_s << wrongType;
    QTest::newRow("token: ok")
        << u"AccessToken"_s
        << QByteArray(R"({"access_token":"abc","token_timeout":"3599","user_name":"u","token_type":"Bearer"})")
        << QString() << 0;
    QTest::newRow("token: timeout a number")
        << u"AccessToken"_s << QByteArray(R"({"access_token":"abc","token_timeout":3599})") << u"token_timeout"_s
        << wrongType;
    QTest::newRow("token: no access_token")
        << u"AccessToken"_s << QByteArray(R"({"token_timeout":"3599"})") << u"access_token"_s << missing;
    QTest::newRow("attachment: size a string")
        << u"AttachmentInfo"_s
        << QByteArray(R"({"attachmentId":"i","attachmentName":"n.png","attachmentType":"png","attachmentSize":"12"})")
        << u"attachmentSize"_s << wrongType;
    QTest::newRow("order page: ok")
        << u"OrderHistoryPage"_s
        << QByteArray(
               R"({"content":[{"orderNumber":"1-123456789012","createdAt":"2026-01-02T03:04:05Z",)"
               R"("account":{"number":136008,"name":"A"}}],"page":{"size":10,"totalElements":1,"totalPages":1,"number":0}})")
        << QString() << 0;
    QTest::newRow("order page: content an object")
        << u"OrderHistoryPage"_s << QByteArray(R"({"content":{}})") << u"content"_s << wrongType;
    QTest::newRow("order page: fractional page number")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"number":0.5}})") << u"page.number"_s << badValue;
    QTest::newRow("order page: largest qint64 page number")
        << u"OrderHistoryPage"_s
        << QByteArray(R"({"page":{"number":9223372036854775807,"totalPages":9223372036854775807}})") << QString() << 0;
    QTest::newRow("order page: number beyond qint64")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"number":9223372036854775808}})") << u"page.number"_s
        << badValue;
    QTest::newRow("order page: number 1e300")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"number":1e300}})") << u"page.number"_s << badValue;
    QTest::newRow("order page: total pages -1e300")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"totalPages":-1e300}})") << u"page.totalPages"_s << badValue;
    QTest::newRow("order page: negative page number")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"number":-1}})") << u"page.number"_s << badValue;
    QTest::newRow("order page: smallest qint64 page count")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"totalPages":-9223372036854775808}})")
        << u"page.totalPages"_s << badValue;
    QTest::newRow("order page: negative size")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"size":-10}})") << u"page.size"_s << badValue;
    QTest::newRow("order page: negative total elements")
        << u"OrderHistoryPage"_s << QByteArray(R"({"page":{"totalElements":-0.5}})") << u"page.totalElements"_s
        << badValue;
    QTest::newRow("order query: sort without direction")
        << u"OrderHistoryQuery"_s << QByteArray(R"({"sorts":[{"name":"CREATED_ON"}]})") << u"sorts[0].direction"_s
        << missing;
}

void TestDomainJson::decoders()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPath);
    QFETCH(int, errorKind);

    const DecodeErrors errors = decodeAs(type, json);
    if (errorPath.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(describeDecodeErrors(errors)));
        return;
    }
    QVERIFY2(!errors.isEmpty(), "a malformed document decoded without complaint");
    QCOMPARE(errors.first().path, errorPath);
    QCOMPARE(int(errors.first().kind), errorKind);
    if (errors.first().kind != DecodeError::Kind::NotJson)
        QVERIFY(errors.first().message().contains(errorPath));
}

void TestDomainJson::orderPageSaysWhetherAnotherFollows_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("next");

    QTest::newRow("first of three") << QByteArray(R"({"page":{"number":0,"totalPages":3}})") << true;
    QTest::newRow("last of three") << QByteArray(R"({"page":{"number":2,"totalPages":3}})") << false;
    QTest::newRow("beyond the last") << QByteArray(R"({"page":{"number":7,"totalPages":3}})") << false;
    QTest::newRow("no pages") << QByteArray(R"({"page":{"number":0,"totalPages":0}})") << false;
    QTest::newRow("no page info") << QByteArray(R"({"content":[]})") << false;
    QTest::newRow("no page number") << QByteArray(R"({"page":{"totalPages":3}})") << false;
    QTest::newRow("no page count") << QByteArray(R"({"page":{"number":0}})") << false;
    // number + 1 overflowed here: undefined, and in practice a wrap to the minimum, so "another page follows".
    QTest::newRow("largest number, largest count")
        << QByteArray(R"({"page":{"number":9223372036854775807,"totalPages":9223372036854775807}})") << false;
    QTest::newRow("one below the largest count")
        << QByteArray(R"({"page":{"number":9223372036854775806,"totalPages":9223372036854775807}})") << false;
    QTest::newRow("two below the largest count")
        << QByteArray(R"({"page":{"number":9223372036854775805,"totalPages":9223372036854775807}})") << true;
}

void TestDomainJson::orderPageSaysWhetherAnotherFollows()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, next);
    const Decoded<OrderHistoryPage> page = decodeJson<OrderHistoryPage>(json);
    QVERIFY2(page.ok(), qPrintable(describeDecodeErrors(page.errors)));
    QCOMPARE(page.value->hasNextPage(), next);
}

void TestDomainJson::tokenLifetimeIsAPositiveCappedNumber_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<qint64>("seconds"); // -1: not a lifetime

    QTest::newRow("the sandbox's") << u"3599"_s << qint64(3599);
    QTest::newRow("spaces around") << u" 60 "_s << qint64(60);
    QTest::newRow("one second") << u"1"_s << qint64(1);
    QTest::newRow("zero") << u"0"_s << qint64(-1);
    QTest::newRow("negative") << u"-5"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("words") << u"an hour"_s << qint64(-1);
    QTest::newRow("fraction") << u"1.5"_s << qint64(-1);
    QTest::newRow("exponent") << u"1e3"_s << qint64(-1);
    // (seconds - margin) * 1000 overflowed for these before the cap.
    QTest::newRow("largest qint64 is capped") << u"9223372036854775807"_s << AccessToken::kMaxLifetimeSecs;
    QTest::newRow("ten years is capped") << u"315360000"_s << AccessToken::kMaxLifetimeSecs;
    QTest::newRow("beyond qint64") << u"99999999999999999999"_s << qint64(-1);
}

void TestDomainJson::tokenLifetimeIsAPositiveCappedNumber()
{
    QFETCH(QString, timeout);
    QFETCH(qint64, seconds);
    AccessToken token;
    token.accessToken = u"t"_s;
    token.tokenTimeout = timeout;
    QCOMPARE(token.lifetimeSecs().value_or(-1), seconds);
}

void TestDomainJson::missingOptionalFieldsStayAbsent()
{
    const auto decoded = decodeJson<Case>(QByteArray(R"({"id":"11150929","otherDetails":{}})"));
    QVERIFY(decoded.ok());
    QVERIFY(!decoded.value->status.has_value());
    QVERIFY(!decoded.value->otherDetails->cancellable.has_value());
    QVERIFY(!decoded.value->isCancellable());
    const QJsonObject encoded = decoded.value->toJson();
    QCOMPARE(encoded.keys(), QStringList({u"id"_s, u"otherDetails"_s}));
    QVERIFY(encoded.value(u"otherDetails").toObject().isEmpty());

    CreateCaseRequest request;
    request.code = u"0002-0000"_s;
    request.description = u"Power is out"_s;
    request.primaryId = u"AM5:01:000123"_s;
    QCOMPARE(request.toJson().keys(), QStringList({u"code"_s, u"description"_s, u"primaryId"_s}));
}

void TestDomainJson::unknownEnumValueIsKeptAndShownRaw()
{
    const auto decoded = decodeJson<Case>(QByteArray(R"({"status":"ON_HOLD","channel":"CARRIER_PIGEON"})"));
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded.value->status, u"ON_HOLD"_s);
    QCOMPARE(CaseStatus::fromRaw(u"ON_HOLD"_s), CaseStatus::Known::Unknown);
    QCOMPARE(CaseStatus::label(u"ON_HOLD"_s), u"ON_HOLD"_s);
    QCOMPARE(CaseStatus::label(u"ACTION_REQUIRED"_s), u"Action required"_s);
    QCOMPARE(Vocabulary::channel(u"CARRIER_PIGEON"_s), u"CARRIER_PIGEON"_s);
}

void TestDomainJson::unknownFieldsSurviveARoundTrip()
{
    const QByteArray json = R"({"id":"11150929","email":[{"subject":"s"}],"otherDetails":{"futureFlag":1,)"
                            R"("details":[{"lineId":"L","newThing":"x"}]}})";
    const auto decoded = decodeJson<Case>(json);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value->extra.contains(u"email"));
    QCOMPARE(QJsonValue(decoded.value->toJson()), QJsonValue(QJsonDocument::fromJson(json).object()));
}

void TestDomainJson::extraHoldsExactlyTheKeysNoFieldRead()
{
    // Unknown keys that sort before, between and after the known ones, at two depths and in an array item; a
    // known key whose value is null was read (and is not extra).
    const auto decoded = decodeJson<Case>(
        QByteArray(R"({"aaa":1,"id":"1","mmm":null,"notes":null,"status":"x","zzz":[1],"location":{"ibx":["A"],"b":2},)"
                   R"("contacts":[{"type":"TECHNICAL","Type":"x"}]})"));
    QVERIFY2(decoded.ok(), qPrintable(describeDecodeErrors(decoded.errors)));
    QCOMPARE(decoded.value->extra,
             (QJsonObject{{u"aaa"_s, 1}, {u"mmm"_s, QJsonValue::Null}, {u"zzz"_s, QJsonArray{1}}}));
    QCOMPARE(decoded.value->location->extra, (QJsonObject{{u"b"_s, 2}}));
    QCOMPARE(decoded.value->contacts->first().extra, (QJsonObject{{u"Type"_s, u"x"_s}}));
}

void TestDomainJson::timestampsKeepTheirText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("milliseconds Z") << u"2023-09-13T04:57:27.430Z"_s << true << qint64(1694581047430);
    QTest::newRow("no fraction") << u"2023-10-26T18:00:00Z"_s << true << qint64(1698343200000);
    QTest::newRow("offset") << u"2023-10-26T20:00:00+02:00"_s << true << qint64(1698343200000);
    QTest::newRow("lower-case t and z") << u"2023-10-26t18:00:00z"_s << true << qint64(1698343200000);
    QTest::newRow("no zone") << u"2023-10-26T18:00:00"_s << false << qint64(0);
    QTest::newRow("date only") << u"2023-10-26"_s << false << qint64(0);
    QTest::newRow("month 13") << u"2023-13-26T18:00:00Z"_s << false << qint64(0);
    // The common UTC form is read by hand; these pin what it must leave to (or agree with) Qt's ISO parser.
    QTest::newRow("hour 24 is the next midnight") << u"2023-12-31T24:00:00Z"_s << true << qint64(1704067200000);
    QTest::newRow("second 60") << u"2023-12-31T23:59:60Z"_s << false << qint64(0);
    QTest::newRow("minute 60") << u"2023-12-31T23:60:00Z"_s << false << qint64(0);
    QTest::newRow("29 February, common year") << u"2023-02-29T00:00:00Z"_s << false << qint64(0);
    QTest::newRow("29 February, leap year") << u"2024-02-29T12:00:00.001Z"_s << true << qint64(1709208000001);
    QTest::newRow("year 0") << u"0000-01-01T00:00:00Z"_s << false << qint64(0);
    QTest::newRow("year 1") << u"0001-01-01T00:00:00.000Z"_s << true << qint64(-62135596800000);
    QTest::newRow("the epoch") << u"1970-01-01T00:00:00.000z"_s << true << qint64(0);
    QTest::newRow("four fraction digits round") << u"2023-10-26T18:00:00.9999Z"_s << true << qint64(1698343201000);
    QTest::newRow("one fraction digit") << u"2023-10-26T18:00:00.5Z"_s << true << qint64(1698343200500);
    QTest::newRow("empty fraction") << u"2023-10-26T18:00:00.Z"_s << false << qint64(0);
    QTest::newRow("comma before the fraction") << u"2023-10-26T18:00:00,000Z"_s << false << qint64(0);
    QTest::newRow("space for T") << u"2023-10-26 18:00:00.000Z"_s << false << qint64(0);
    QTest::newRow("letter in the minutes") << u"2023-10-26T18:0a:00Z"_s << false << qint64(0);
    QTest::newRow("Arabic-Indic digit") << u"2023-10-26T18:00:0\u0660Z"_s << false << qint64(0);
    QTest::newRow("Z then a newline") << u"2023-10-26T18:00:00Z\n"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestDomainJson::timestampsKeepTheirText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    const Timestamp timestamp = Timestamp::fromString(text);
    QCOMPARE(timestamp.isValid(), valid);
    if (valid) {
        QCOMPARE(timestamp.toString(), text);
        QCOMPARE(timestamp.toMSecsSinceEpoch(), msecs);
    }
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"

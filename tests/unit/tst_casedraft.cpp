#include "models/catalogue/ApiDocument.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/validation/SchemaValidator.h"
#include "models/wizard/CaseDraft.h"
#include "models/wizard/CustomerReference.h"
#include "models/wizard/RequestChecks.h"
#include "models/wizard/RequestLimits.h"
#include "models/wizard/RequestPaths.h"
#include "models/wizard/ReviewSummary.h"
#include "models/wizard/ServerViolations.h"
#include "tests/support/TestHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <ctime>
#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
CaseDraft fullDraft()
{
    CaseDraft draft;
    draft.request.code = u"0305-0301"_s;
    draft.request.description = u"Send the invoices again."_s;
    draft.request.primaryId = u"AM5:01:001234"_s;
    draft.request.secondaryId = u"0104"_s;
    draft.request.occurredDateTime = Timestamp::fromString(u"2024-05-22T19:23:00Z"_s);
    draft.request.contacts = QList<Contact>{Contact{u"TECHNICAL"_s,
                                                    std::nullopt,
                                                    std::nullopt,
                                                    u"Ana"_s,
                                                    u"Okafor"_s,
                                                    QList<ContactDetail>{{u"EMAIL"_s, u"ana@example.com"_s, {}}},
                                                    u"ANYTIME"_s,
                                                    u"Europe/Amsterdam"_s,
                                                    {}}};
    draft.request.details = QJsonObject{{u"documents"_s, QJsonObject{{u"transactionIds"_s, QJsonArray{u"1234"_s}},
                                                                     {u"type"_s, u"DETAILED"_s},
                                                                     {u"formats"_s, QJsonArray{u"PDF"_s}}}}};
    draft.step = CaseDraft::Step::Details;
    draft.generatedReference = u"CD-20240522-4F7A2C"_s;
    draft.attachments = {
        DraftAttachment{u"/stash/ab/photo.png"_s, u"photo.png"_s, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s, {}},
        DraftAttachment{u"/stash/cd/log.txt"_s, u"log.txt"_s, std::nullopt, {}}};
    return draft;
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

// The wizard's model side: the draft value and its JSON, the generated customer reference, the checks beyond
// JSON Schema, the request's paths, server refusals kept until edited, and the review in words.
class TestCaseDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripsEveryField();
    void keepsKeysItDoesNotKnow();
    void refusesMalformedDrafts_data();
    void refusesMalformedDrafts();
    void sendsTheGeneratedReferenceOnlyWhenTheUserGaveNone();
    void sendsOnlyUploadedAttachments();

    void makesANewCaseLikeAnother();
    void makesANewCaseLikeACaseFromTheServer();

    void generatesAVisibleReferenceTheApiAccepts();
    void recognisesGeneratedReferences_data();
    void recognisesGeneratedReferences();

    void checksEmailAddresses_data();
    void checksEmailAddresses();
    void checksPhoneNumbers_data();
    void checksPhoneNumbers();
    void checksWhatTheSchemaCannot();
    void pathsAreTheOnesTheValidatorWrites();
    void readsLimitsFromTheDocument();

    void keepsServerRefusalsUntilTheValueChanges();
    void reviewsTheRequestInWords();
    void showsTheRequestAsSent();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestCaseDraft::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void TestCaseDraft::roundTripsEveryField()
{
    const CaseDraft draft = fullDraft();
    const QJsonObject json = draft.toJson();
    QCOMPARE(json.value(u"step"_s).toString(), u"details"_s);
    QCOMPARE(json.value(u"generatedReference"_s).toString(), draft.generatedReference);
    QCOMPARE(json.value(u"request"_s).toObject(), draft.request.toJson());
    QCOMPARE(json.value(u"attachments"_s).toArray().size(), 2);

    const Decoded<CaseDraft> decoded = decodeJson<CaseDraft>(json);
    QVERIFY2(decoded.ok(), qPrintable(describeDecodeErrors(decoded.errors)));
    QCOMPARE(*decoded.value, draft);
    for (int step = int(CaseDraft::Step::Code); step <= int(CaseDraft::Step::Review); ++step) {
        const auto key = CaseDraft::stepKey(CaseDraft::Step(step));
        QCOMPARE(CaseDraft::stepFromKey(key), CaseDraft::Step(step));
    }
}

void TestCaseDraft::keepsKeysItDoesNotKnow()
{
    QJsonObject json = fullDraft().toJson();
    json.insert(u"savedBy"_s, u"a later version"_s);
    const Decoded<CaseDraft> decoded = decodeJson<CaseDraft>(json);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value->toJson(), json);
}

void TestCaseDraft::refusesMalformedDrafts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QByteArray request = R"("request": {"code": "0002-0000", "description": "x", "primaryId": "y"})";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"$"_s;
    QTest::newRow("not JSON") << QByteArray("{\"step\": ") << u"$"_s;
    QTest::newRow("no request") << QByteArray(R"({"step": "code", "generatedReference": "CD", "attachments": []})")
                                << u"request"_s;
    QTest::newRow("request is text") << QByteArray(R"({"request": "x", "generatedReference": "", "attachments": []})")
                                     << u"request"_s;
    QTest::newRow("request without code")
        << QByteArray(R"({"request": {"description": "x", "primaryId": "y"}, "generatedReference": "",
                          "attachments": []})")
        << u"request.code"_s;
    QTest::newRow("unknown step") << "{" + request
                                         + R"(, "step": "finish", "generatedReference": "", "attachments": []})"
                                  << u"step"_s;
    QTest::newRow("step is a number") << "{" + request + R"(, "step": 3, "generatedReference": "", "attachments": []})"
                                      << u"step"_s;
    QTest::newRow("attachments not a list")
        << "{" + request + R"(, "generatedReference": "", "attachments": {}})" << u"attachments"_s;
    QTest::newRow("attachment without path")
        << "{" + request + R"(, "generatedReference": "", "attachments": [{"name": "a.png"}]})"
        << u"attachments[0].localPath"_s;
    QTest::newRow("reference is a number")
        << "{" + request + R"(, "generatedReference": 7, "attachments": []})" << u"generatedReference"_s;
}

void TestCaseDraft::refusesMalformedDrafts()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const Decoded<CaseDraft> decoded = decodeJson<CaseDraft>(json);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.errors.isEmpty());
    QCOMPARE(decoded.errors.constFirst().path, path);
}

void TestCaseDraft::sendsTheGeneratedReferenceOnlyWhenTheUserGaveNone()
{
    CaseDraft draft = fullDraft();
    QVERIFY(draft.usesGeneratedReference());
    QCOMPARE(draft.requestToSend().customerReferenceId, u"CD-20240522-4F7A2C"_s);
    draft.request.customerReferenceId = u"PO-77"_s;
    QVERIFY(!draft.usesGeneratedReference());
    QCOMPARE(draft.effectiveReference(), u"PO-77"_s);
    QCOMPARE(draft.requestToSend().customerReferenceId, u"PO-77"_s);
    draft.request.customerReferenceId = QString();
    QCOMPARE(draft.requestToSend().customerReferenceId, u"CD-20240522-4F7A2C"_s);
    draft.generatedReference.clear();
    draft.request.customerReferenceId.reset();
    QVERIFY(!draft.requestToSend().customerReferenceId.has_value());
}

void TestCaseDraft::sendsOnlyUploadedAttachments()
{
    CaseDraft draft = fullDraft();
    draft.request.attachments = QList<AttachmentRef>{AttachmentRef{u"stale"_s, u"stale.png"_s, std::nullopt, {}}};
    const CreateCaseRequest sent = draft.requestToSend();
    QVERIFY(sent.attachments);
    QCOMPARE(sent.attachments->size(), 1);
    QCOMPARE(sent.attachments->constFirst().id, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
    QCOMPARE(sent.attachments->constFirst().name, u"photo.png"_s);
    draft.attachments.removeFirst();
    QVERIFY(!draft.requestToSend().attachments.has_value());
    QVERIFY(!draft.requestToSend().toJson().contains(u"attachments"_s));
}

void TestCaseDraft::makesANewCaseLikeAnother()
{
    CreateCaseRequest source = fullDraft().requestToSend();
    source.customerReferenceId = u"PO-77"_s;
    (*source.contacts)[0].extra.insert(u"unknown"_s, 1);
    const CaseDraft like = CaseDraft::like(source);
    QCOMPARE(like.request.code, source.code);
    QCOMPARE(like.request.primaryId, source.primaryId);
    QCOMPARE(like.request.secondaryId, source.secondaryId);
    QCOMPARE(like.request.details, source.details);
    QVERIFY(like.request.description.isEmpty());
    QVERIFY(!like.request.occurredDateTime);
    QVERIFY(!like.request.customerReferenceId);
    QVERIFY(!like.request.attachments);
    QVERIFY(like.attachments.isEmpty());
    QCOMPARE(like.step, CaseDraft::Step::Code);
    QVERIFY(like.request.contacts->constFirst().extra.isEmpty()); // nothing the create would refuse
    QCOMPARE(like.request.contacts->constFirst().lastName, u"Okafor"_s);
}

void TestCaseDraft::makesANewCaseLikeACaseFromTheServer()
{
    const Decoded<Case> answered = decodeJson<Case>(QByteArray(R"({"id": "11150929", "code": "0002-0000",
        "customerReferenceId": "PO-1", "status": "IN_PROGRESS",
        "contacts": [{"firstName": "John", "lastName": "Don", "type": "NOTIFICATION",
                      "details": [{"type": "EMAIL", "value": "john@example.com", "verified": true}]},
                     {"firstName": "J", "lastName": "Doe", "type": "TECHNICAL", "registeredUser": "jdoe",
                      "details": []}],
        "otherDetails": {"description": "Not copied", "details": [{"cage": "AM5:01:001234"}]}})"));
    QVERIFY2(answered.ok(), qPrintable(describeDecodeErrors(answered.errors)));
    CaseDraft like = CaseDraft::like(*answered.value);
    QCOMPARE(like.request.code, u"0002-0000"_s);
    QCOMPARE(like.request.primaryId, u"AM5:01:001234"_s);
    QVERIFY(like.request.description.isEmpty());
    QVERIFY(!like.request.customerReferenceId);
    const QJsonArray contacts = like.request.toJson().value(u"contacts"_s).toArray();
    QCOMPARE(contacts.at(0).toObject(), parse(R"({"type": "NOTIFICATION", "firstName": "John", "lastName": "Don",
                                                  "details": [{"type": "EMAIL", "value": "john@example.com"}]})"));
    QCOMPARE(contacts.at(1).toObject(), parse(R"({"type": "TECHNICAL", "registeredUsers": ["jdoe"]})"));
    like.request.description = u"Again."_s;
    const QList<Violation> violations = SchemaValidator().validateCreate(like.request);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.value(0).path + u": "_s + violations.value(0).reason));
}

void TestCaseDraft::generatesAVisibleReferenceTheApiAccepts()
{
    QRandomGenerator random(42);
    const QDateTime when(QDate(2026, 11, 28), QTime(23, 30), Qt::UTC);
    const QString reference = CustomerReference::generate(when, &random);
    QVERIFY2(QRegularExpression(u"^CD-20261128-[0-9A-F]{6}$"_s).match(reference).hasMatch(), qPrintable(reference));
    // The date is UTC's, whatever the local zone (Amsterdam is already on the 29th).
    QCOMPARE(CustomerReference::generate(when.toLocalTime(), &random).mid(3, 8), u"20261128"_s);

    QSet<QString> seen;
    QRandomGenerator seeded(7);
    for (int i = 0; i < 500; ++i)
        seen.insert(CustomerReference::generate(when, &seeded));
    QCOMPARE(seen.size(), 500);

    CaseDraft draft = fullDraft();
    draft.generatedReference = CustomerReference::generate();
    const QList<Violation> violations = SchemaValidator().validateCreate(draft.requestToSend());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.value(0).path + u": "_s + violations.value(0).reason));
}

void TestCaseDraft::recognisesGeneratedReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("generated");
    QTest::newRow("generated") << u"CD-20261128-4F7A2C"_s << true;
    QTest::newRow("lower-case hex") << u"CD-20261128-4f7a2c"_s << false;
    QTest::newRow("short suffix") << u"CD-20261128-4F7A2"_s << false;
    QTest::newRow("no date") << u"CD--4F7A2C"_s << false;
    QTest::newRow("user's own") << u"PO-2026-11"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("trailing text") << u"CD-20261128-4F7A2C x"_s << false;
}

void TestCaseDraft::recognisesGeneratedReferences()
{
    QFETCH(QString, reference);
    QFETCH(bool, generated);
    QCOMPARE(CustomerReference::isGenerated(reference), generated);
}

void TestCaseDraft::checksEmailAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"ana@example.com"_s << true;
    QTest::newRow("sub-domain and plus") << u"ana.okafor+cases@mail.example.co.uk"_s << true;
    QTest::newRow("no at") << u"ana.example.com"_s << false;
    QTest::newRow("two ats") << u"ana@@example.com"_s << false;
    QTest::newRow("no domain dot") << u"ana@localhost"_s << false;
    QTest::newRow("space") << u"ana okafor@example.com"_s << false;
    QTest::newRow("trailing dot") << u"ana@example."_s << false;
    QTest::newRow("empty local part") << u"@example.com"_s << false;
}

void TestCaseDraft::checksEmailAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(RequestChecks::isEmailAddress(text), valid);
}

void TestCaseDraft::checksPhoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("international") << u"+31 20 123 4567"_s << true;
    QTest::newRow("dashes and brackets") << u"(020) 123-4567"_s << true;
    QTest::newRow("dots") << u"020.123.4567"_s << true;
    QTest::newRow("letters") << u"call me"_s << false;
    QTest::newRow("extension word") << u"020 1234567 ext 12"_s << false;
    QTest::newRow("too short") << u"12345"_s << false;
    QTest::newRow("too long") << u"+1234567890123456789012"_s << false;
    QTest::newRow("plus in the middle") << u"020+1234567"_s << false;
}

void TestCaseDraft::checksPhoneNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(RequestChecks::isPhoneNumber(text), valid);
}

void TestCaseDraft::checksWhatTheSchemaCannot()
{
    CaseDraft draft = fullDraft();
    const QDateTime now(QDate(2024, 5, 23), QTime(12, 0), Qt::UTC);
    QVERIFY(RequestChecks::check(draft.request, now).isEmpty());

    draft.request.occurredDateTime = Timestamp::fromString(u"2024-05-23T12:04:00Z"_s);
    QVERIFY(RequestChecks::check(draft.request, now).isEmpty()); // within the clocks' tolerance
    draft.request.occurredDateTime = Timestamp::fromString(u"2024-05-23T13:00:00Z"_s);
    QCOMPARE(RequestChecks::check(draft.request, now).value(0).path, u"occurredDateTime"_s);
    draft.request.occurredDateTime.reset();

    QList<Contact>& contacts = *draft.request.contacts;
    contacts[0].details = QList<ContactDetail>{{u"PHONE"_s, u"+31 20 123 4567"_s, {}},
                                               {u"EMAIL"_s, u"not-an-address"_s, {}},
                                               {u"MOBILE"_s, u"call me"_s, {}},
                                               {u"EMAIL"_s, QString(), {}}};
    contacts[0].timezone = u"Europe/Atlantis"_s;
    const QList<Violation> problems = RequestChecks::check(draft.request, now);
    QStringList paths;
    for (const Violation& problem : problems)
        paths.append(problem.path);
    QCOMPARE(paths, (QStringList{u"contacts[0].timezone"_s, u"contacts[0].details[1].value"_s,
                                 u"contacts[0].details[2].value"_s}));
    QVERIFY(problems.at(1).reason.contains(u"name@example.com"_s));
    QVERIFY(problems.at(2).reason.contains(u"+31"_s));
}

void TestCaseDraft::pathsAreTheOnesTheValidatorWrites()
{
    const RequestPaths& paths = RequestPaths::get();
    QCOMPARE(paths.description, u"description"_s);
    QCOMPARE(paths.customerReferenceId, u"customerReferenceId"_s);
    QCOMPARE(paths.contactDetail(2, 1, paths.detailValue), u"contacts[2].details[1].value"_s);
    QCOMPARE(paths.registeredUser(0, 3), u"contacts[0].registeredUsers[3]"_s);

    // Whatever the keys, the validator must name the same places.
    CreateCaseRequest request = fullDraft().request;
    request.description.clear();
    request.primaryId = QString(101, u'x');
    (*request.contacts)[0].details = QList<ContactDetail>{{u"EMAIL"_s, u"a@b.cd"_s, {}}, {u"FAX"_s, u"1"_s, {}}};
    (*request.contacts)[0].lastName.reset();
    QStringList found;
    for (const Violation& violation : SchemaValidator().validateCreate(request))
        found.append(violation.path);
    for (const QString& expected : {paths.description, paths.primaryId, paths.contactField(0, paths.lastName),
                                    paths.contactDetail(0, 1, paths.detailType)})
        QVERIFY2(found.contains(expected), qPrintable(expected + u" not in "_s + found.join(u", "_s)));
}

void TestCaseDraft::readsLimitsFromTheDocument()
{
    const RequestLimits limits = RequestLimits::of(*ApiDocument::bundled());
    QCOMPARE(limits.descriptionMax, 4000);
    QCOMPARE(limits.primaryIdMax, 100);
    QCOMPARE(limits.secondaryIdMax, 100);
    QCOMPARE(limits.customerReferenceMax, 200);
    QCOMPARE(limits.attachmentsMax, 5);
}

void TestCaseDraft::keepsServerRefusalsUntilTheValueChanges()
{
    CreateCaseRequest request = fullDraft().requestToSend();
    ServerViolations server;
    QVERIFY(server.isEmpty());
    server.set({{u"description"_s, u"Not allowed here."_s}, {u"contacts[0].details[0].value"_s, u"Unknown."_s}},
               request.toJson());
    QCOMPARE(server.current(request.toJson()).size(), 2);
    request.description += u" More."_s;
    QCOMPARE(server.current(request.toJson()), (QList<Violation>{{u"contacts[0].details[0].value"_s, u"Unknown."_s}}));
    (*request.contacts)[0].details = QList<ContactDetail>{};
    QVERIFY(server.current(request.toJson()).isEmpty());
    server.set({{u"$"_s, u"Malformed."_s}}, request.toJson());
    QCOMPARE(server.current(request.toJson()).size(), 1);
    request.primaryId = u"AM5:01:000001"_s;
    QVERIFY(server.current(request.toJson()).isEmpty()); // any edit changes the whole body
    server.clear();
    QVERIFY(server.isEmpty());
}

void TestCaseDraft::reviewsTheRequestInWords()
{
    const std::shared_ptr<const ApiDocument> document = ApiDocument::bundled();
    const FormFieldPtr form = SchemaFormParser::parse(document->detailsSchema(u"0305-0301"_s), u"details"_s);
    const QList<ReviewSummary::Row> rows = ReviewSummary::detailsRows(form, *fullDraft().request.details);
    QStringList labels;
    for (const ReviewSummary::Row& row : rows)
        labels.append(row.label);
    QCOMPARE(labels, (QStringList{u"Documents › Transaction ids"_s, u"Documents › Type"_s, u"Documents › Formats"_s}));
    QCOMPARE(rows.at(0).value, u"1234"_s);
    QCOMPARE(rows.at(2).value, u"PDF"_s);

    // 19:23 UTC is 21:23 in Amsterdam in May.
    const QString when = ReviewSummary::localAndUtc(QDateTime(QDate(2024, 5, 22), QTime(19, 23), Qt::UTC));
    QVERIFY2(when.startsWith(u"22 May 2024 21:23"_s) && when.contains(u"(22 May 2024 19:23"_s)
                 && when.endsWith(u" UTC)"_s),
             qPrintable(when));
}

void TestCaseDraft::showsTheRequestAsSent()
{
    const CreateCaseRequest request = fullDraft().requestToSend();
    const QString text = ReviewSummary::requestText(request);
    QVERIFY(text.contains(u'\n')); // indented for reading
    QCOMPARE(parse(text.toUtf8()), request.toJson());
}

QTEST_GUILESS_MAIN(TestCaseDraft)
#include "tst_casedraft.moc"

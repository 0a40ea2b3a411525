// The case operations end to end: create, get, notes, cancel, identity, flags and answer shapes.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/SchemaChecker.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

const QString kCaseSchema = u"#/components/schemas/SingleCaseResponseV2"_s;

QStringList schemaProblems(const QString& schema, const QJsonValue& value)
{
    return SchemaChecker::check(SchemaChecker::Api::Support, u"#/components/schemas/"_s + schema, value);
}

// Every key the seed's GET sample (spec/supportv2/examples/get-case-sample.json) shows, by object.
QStringList missingSampleFields(const QJsonObject& answer)
{
    QStringList missing;
    const auto require = [&](const QJsonObject& object, const QString& where, const QStringList& keys) {
        for (const QString& key : keys) {
            if (!object.contains(key))
                missing.append(where + key);
        }
    };
    require(answer, {},
            {u"id"_s, u"accountNumber"_s, u"accountName"_s, u"customerReferenceId"_s, u"channel"_s, u"orderId"_s,
             u"location"_s, u"status"_s, u"contacts"_s, u"createdDateTime"_s, u"otherDetails"_s, u"notes"_s,
             u"attachments"_s});
    require(answer.value(u"location"_s).toObject(), u"location."_s, {u"ibx"_s});
    require(answer.value(u"contacts"_s).toArray().first().toObject(), u"contacts[0]."_s,
            {u"firstName"_s, u"lastName"_s, u"type"_s, u"details"_s});
    const QJsonObject other = answer.value(u"otherDetails"_s).toObject();
    require(other, u"otherDetails."_s, {u"contactUCMID"_s,      u"recordType"_s,
                                        u"subChannel"_s,        u"finalScheduledDate"_s,
                                        u"category"_s,          u"subCategory"_s,
                                        u"description"_s,       u"updatedDateTime"_s,
                                        u"updatedByFullName"_s, u"requestedTerminationDate"_s,
                                        u"statusHistory"_s,     u"purchaseOrders"_s,
                                        u"products"_s,          u"productOfferingCodes"_s,
                                        u"details"_s,           u"additionalInfo"_s,
                                        u"modifiable"_s,        u"reOpen"_s,
                                        u"cancellable"_s,       u"respond"_s});
    require(other.value(u"statusHistory"_s).toArray().first().toObject(), u"statusHistory[0]."_s,
            {u"status"_s, u"createdDate"_s});
    const QJsonObject line = other.value(u"details"_s).toArray().first().toObject();
    require(line, u"details[0]."_s,
            {u"lineId"_s, u"parentLineId"_s, u"productType"_s, u"productOfferingCode"_s, u"productCode"_s,
             u"productName"_s, u"status"_s, u"reOpen"_s, u"respond"_s, u"ibx"_s, u"cage"_s, u"requestType"_s,
             u"activityId"_s, u"purchaseOrder"_s, u"estimatedCompletion"_s, u"updatedDateTime"_s, u"additionalInfo"_s,
             u"modifiable"_s, u"cancellable"_s});
    require(line.value(u"estimatedCompletion"_s).toObject(), u"estimatedCompletion."_s, {u"originalDateTime"_s});
    require(other.value(u"additionalInfo"_s).toArray().first().toObject(), u"additionalInfo[0]."_s,
            {u"key"_s, u"value"_s});
    return missing;
}

} // namespace

class TestSandboxCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaCheckerRejectsABrokenAnswer();
    void troubleCodesGetAnOrderNumberAndACaseNumber();
    void caseCodesGetOnlyACaseNumber();
    void getAnswersCarryEverySampleField();
    void seedSampleIsAcceptedWithAListedCode();
    void ibxComesFromTheCageInPrimaryId();
    void notesAreAcceptedOnBothPaths();
    void notesNeedTheEightDigitCaseNumber();
    void cancelEndsTheCaseAndKeepsTheReason();
    void cancelAcceptsTheOrderNumber();
    void flagsFollowTheStatus();
    void resolvedCasesTakeNotesButNoCancel();
    void closedCasesTakeNeitherNotesNorCancel();
    void seededCasesAreConsistent();
    void unknownCasesAre404();
    void unknownPathIs404AndWrongMethodIs405();
    void noteDelayKeepsANotePendingForAWhile();
    void aCaseReadAgainShowsWhatChangedSince();

private:
    QJsonObject getCase(const QString& id);
    QString seededCaseIn(const QString& status);

    SandboxProcess m_sandbox{{u"--seed-cases"_s, u"24"_s}};
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxCases::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
}

QJsonObject TestSandboxCases::getCase(const QString& id)
{
    const HttpReply reply = m_client->get(u"/support/v2/tickets/"_s + id);
    return reply.status == 200 ? reply.object() : QJsonObject();
}

QString TestSandboxCases::seededCaseIn(const QString& status)
{
    // The seed gives every status to one of its first six cases, numbered from 11150930 on.
    for (int number = 11150930; number < 11150930 + 24; ++number) {
        if (getCase(QString::number(number)).value(u"status"_s).toString() == status)
            return QString::number(number);
    }
    return {};
}

void TestSandboxCases::schemaCheckerRejectsABrokenAnswer()
{
    const QJsonObject broken{{u"id"_s, u"123"_s}, {u"status"_s, u"DONE"_s}, {u"createdDateTime"_s, u"yesterday"_s}};
    QCOMPARE(schemaProblems(u"SingleCaseResponseV2"_s, broken).size() >= 3, true);
}

void TestSandboxCases::troubleCodesGetAnOrderNumberAndACaseNumber()
{
    HttpReply created;
    const QString orderNumber = m_client->createCase(SandboxClient::caseRequest(u"0002-0000"_s, u"REF-T1"_s), &created);
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    QVERIFY2(schemaProblems(u"CaseCreateResponse"_s, created.object()).isEmpty(), created.body.constData());
    QCOMPARE(created.object().value(u"type"_s).toString(), u"TROUBLE"_s);
    QVERIFY2(QRegularExpression(u"^1-\\d{12}$"_s).match(orderNumber).hasMatch(), qPrintable(orderNumber));

    const QJsonObject byOrder = getCase(orderNumber);
    const QString caseNumber = byOrder.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{8}$"_s).match(caseNumber).hasMatch(), qPrintable(caseNumber));
    QCOMPARE(byOrder.value(u"orderId"_s).toString(), orderNumber);
    const QJsonObject byCase = getCase(caseNumber);
    QCOMPARE(byCase.value(u"orderId"_s).toString(), orderNumber);
    QCOMPARE(byCase.value(u"code"_s).toString(), u"0002-0000"_s);
    QCOMPARE(byCase.value(u"status"_s).toString(), u"SUBMITTED"_s);
    const QStringList problems = schemaProblems(u"SingleCaseResponseV2"_s, byCase);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSandboxCases::caseCodesGetOnlyACaseNumber()
{
    HttpReply created;
    const QString caseNumber = m_client->createCase(SandboxClient::caseRequest(u"0305-0301"_s), &created);
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    QCOMPARE(created.object().value(u"type"_s).toString(), u"CASE"_s);
    QVERIFY2(QRegularExpression(u"^\\d{8}$"_s).match(caseNumber).hasMatch(), qPrintable(caseNumber));
    const QJsonObject answer = getCase(caseNumber);
    QCOMPARE(answer.value(u"id"_s).toString(), caseNumber);
    QVERIFY(!answer.contains(u"orderId"_s));
    QVERIFY(schemaProblems(u"SingleCaseResponseV2"_s, answer).isEmpty());
}

void TestSandboxCases::getAnswersCarryEverySampleField()
{
    const QString id = m_client->createCase(SandboxClient::caseRequest(u"0003-0002"_s, u"REF-FIELDS"_s));
    const QJsonObject answer = getCase(id);
    const QStringList missing = missingSampleFields(answer);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QCOMPARE(answer.value(u"customerReferenceId"_s).toString(), u"REF-FIELDS"_s);
    QCOMPARE(answer.value(u"otherDetails"_s)[u"description"_s].toString(), u"Cabinet lost power on the B feed."_s);
    const QJsonArray contacts = answer.value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(0)[u"lastName"_s].toString(), u"Okafor"_s);
    QCOMPARE(contacts.at(1)[u"registeredUser"_s].toString(), u"jdoe"_s);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                .match(answer.value(u"createdDateTime"_s).toString())
                .hasMatch());
}

void TestSandboxCases::seedSampleIsAcceptedWithAListedCode()
{
    // The seed's own create sample (spec/supportv2/examples/create-case-sample.json).
    QJsonObject sample = QJsonDocument::fromJson(R"({
      "code": "0013-0102", "primaryId": "eb56893e-b4d3-47c4-b35a-52b62c25032b", "secondaryId": "0001",
      "customerReferenceId": "CustomerReference001", "description": "Testing api first approach.",
      "occurredDateTime": "2020-05-22T19:23:51Z",
      "contacts": [{"type": "NOTIFICATION", "firstName": "John", "lastName": "Doe",
                    "details": [{"type": "PHONE", "value": "+1-2342343333"}]},
                   {"type": "TECHNICAL", "registeredUsers": ["John Doe"]}],
      "attachments": [{"id": "c77c5f58-a7ea-4e88-9fc4-1a2900027425", "name": "error-log"}],
      "details": {"documents": {"transactionIds": ["1234567890"], "type": "DETAILED", "formats": ["XLS", "PDF"]}}
    })")
                             .object();
    const HttpReply refused = m_client->postJson(u"/support/v2/tickets"_s, sample);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.property(), u"code"_s);
    sample.insert(u"code"_s, u"0302-0400"_s);
    HttpReply accepted;
    const QString id = m_client->createCase(sample, &accepted);
    QVERIFY2(accepted.status == 200, qPrintable(accepted.describe()));
    const QJsonObject answer = getCase(id);
    QCOMPARE(answer.value(u"attachments"_s).toArray().first()[u"name"_s].toString(), u"error-log"_s);
    QCOMPARE(answer.value(u"attachments"_s).toArray().first()[u"source"_s].toString(), u"CUSTOMER"_s);
}

void TestSandboxCases::ibxComesFromTheCageInPrimaryId()
{
    QJsonObject request = SandboxClient::caseRequest(u"0002-0001"_s);
    request.insert(u"primaryId"_s, u"DA3:01:010315"_s);
    QCOMPARE(getCase(m_client->createCase(request)).value(u"location"_s)[u"ibx"_s].toArray(), QJsonArray{u"DA3"_s});
    request.insert(u"primaryId"_s, u"eb56893e-b4d3-47c4-b35a-52b62c25032b"_s);
    const QJsonArray first = getCase(m_client->createCase(request)).value(u"location"_s)[u"ibx"_s].toArray();
    const QJsonArray second = getCase(m_client->createCase(request)).value(u"location"_s)[u"ibx"_s].toArray();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first, second);
}

void TestSandboxCases::notesAreAcceptedOnBothPaths()
{
    const QString orderNumber = m_client->createCase(SandboxClient::caseRequest(u"0004-0000"_s));
    const QJsonObject created = getCase(orderNumber);
    const QString caseNumber = created.value(u"id"_s).toString();
    const HttpReply v1 = m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber),
                                            QJsonObject{{u"text"_s, u"First note"_s}});
    QVERIFY2(v1.status == 200, qPrintable(v1.describe()));
    QVERIFY(schemaProblems(u"CaseUpdateResponse"_s, v1.object()).isEmpty());
    const QJsonObject result = v1.object().value(u"result"_s).toObject();
    QCOMPARE(result.value(u"CaseNumber"_s).toString(), caseNumber);
    QVERIFY(!result.value(u"CaseId"_s).toString().isEmpty());
    QVERIFY(!result.value(u"CaseNotesId"_s).toString().isEmpty());
    const HttpReply v2 =
        m_client->postJson(u"/support/v2/tickets/%1/notes"_s.arg(caseNumber),
                           QJsonObject{{u"text"_s, u"Second note"_s}, {u"visibility"_s, u"INTERNAL"_s}});
    QCOMPARE(v2.status, 200);
    QCOMPARE(v2.object().value(u"result"_s)[u"CaseId"_s], result.value(u"CaseId"_s));
    QVERIFY(v2.object().value(u"result"_s)[u"CaseNotesId"_s] != result.value(u"CaseNotesId"_s));

    const QJsonArray notes = getCase(caseNumber).value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0)[u"text"_s].toString(), u"First note"_s);
    QCOMPARE(notes.at(0)[u"type"_s].toString(), u"CUSTOMER_NOTES"_s);
    QCOMPARE(notes.at(0)[u"visibility"_s].toString(), u"EXTERNAL"_s);
    QCOMPARE(notes.at(0)[u"id"_s], result.value(u"CaseNotesId"_s));
    QCOMPARE(notes.at(1)[u"visibility"_s].toString(), u"INTERNAL"_s);
}

void TestSandboxCases::notesNeedTheEightDigitCaseNumber()
{
    const QString orderNumber = m_client->createCase(SandboxClient::caseRequest(u"0005-0001"_s));
    const HttpReply reply =
        m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(orderNumber), QJsonObject{{u"text"_s, u"hello"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"EQ-2010010"_s);
    QCOMPARE(reply.property(), u"caseNumber"_s);
}

void TestSandboxCases::cancelEndsTheCaseAndKeepsTheReason()
{
    const QString caseNumber = m_client->createCase(SandboxClient::caseRequest(u"0200-0100"_s));
    const HttpReply cancelled = m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(caseNumber),
                                                   QJsonObject{{u"reason"_s, u"Raised by mistake."_s}});
    QVERIFY2(cancelled.status == 200, qPrintable(cancelled.describe()));
    QVERIFY(schemaProblems(u"CaseUpdateResponse"_s, cancelled.object()).isEmpty());
    const QJsonObject answer = getCase(caseNumber);
    QCOMPARE(answer.value(u"status"_s).toString(), u"CANCELLED"_s);
    const QJsonObject other = answer.value(u"otherDetails"_s).toObject();
    const QJsonArray history = other.value(u"statusHistory"_s).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last()[u"status"_s].toString(), u"CANCELLED"_s);
    QCOMPARE(other.value(u"updatedDateTime"_s), history.last()[u"createdDate"_s]);
    QCOMPARE(other.value(u"cancellable"_s).toBool(), false);
    QCOMPARE(other.value(u"modifiable"_s).toBool(), false);
    QCOMPARE(answer.value(u"notes"_s).toArray().last()[u"text"_s].toString(), u"Raised by mistake."_s);
    QCOMPARE(answer.value(u"notes"_s).toArray().last()[u"id"_s],
             cancelled.object().value(u"result"_s)[u"CaseNotesId"_s]);

    const HttpReply again =
        m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(caseNumber), QJsonObject{{u"reason"_s, u"Again."_s}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"EQ-2010009"_s);
    const HttpReply note = m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber),
                                              QJsonObject{{u"text"_s, u"Still there?"_s}});
    QCOMPARE(note.status, 409);
    QCOMPARE(note.property(), u"caseNumber"_s);
}

void TestSandboxCases::cancelAcceptsTheOrderNumber()
{
    const QString orderNumber = m_client->createCase(SandboxClient::caseRequest(u"0007-0002"_s));
    const HttpReply cancelled = m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(orderNumber),
                                                   QJsonObject{{u"reason"_s, u"Fixed itself."_s}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(getCase(orderNumber).value(u"status"_s).toString(), u"CANCELLED"_s);
    QCOMPARE(cancelled.object().value(u"result"_s)[u"CaseNumber"_s].toString(),
             getCase(orderNumber).value(u"id"_s).toString());
}

void TestSandboxCases::flagsFollowTheStatus()
{
    if (SandboxProcess::isExternal())
        QSKIP("relies on the sandbox's seeded cases");
    struct Expected
    {
        QString status;
        bool modifiable;
        bool cancellable;
    };
    const QList<Expected> table{{u"SUBMITTED"_s, true, true},       {u"IN_PROGRESS"_s, true, true},
                                {u"ACTION_REQUIRED"_s, true, true}, {u"RESOLVED"_s, true, false},
                                {u"CLOSED"_s, false, false},        {u"CANCELLED"_s, false, false}};
    for (const Expected& expected : table) {
        const QString id = seededCaseIn(expected.status);
        QVERIFY2(!id.isEmpty(), qPrintable(expected.status));
        const QJsonObject other = getCase(id).value(u"otherDetails"_s).toObject();
        const QJsonObject line = other.value(u"details"_s).toArray().first().toObject();
        QCOMPARE(other.value(u"modifiable"_s).toBool(), expected.modifiable);
        QCOMPARE(other.value(u"cancellable"_s).toBool(), expected.cancellable);
        QCOMPARE(line.value(u"modifiable"_s).toBool(), expected.modifiable);
        QCOMPARE(line.value(u"cancellable"_s).toBool(), expected.cancellable);
        QCOMPARE(other.value(u"reOpen"_s).toBool(), expected.status == u"RESOLVED"_s);
    }
}

void TestSandboxCases::resolvedCasesTakeNotesButNoCancel()
{
    if (SandboxProcess::isExternal())
        QSKIP("relies on the sandbox's seeded cases");
    const QString id = seededCaseIn(u"RESOLVED"_s);
    QVERIFY(!id.isEmpty());
    const HttpReply cancel =
        m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(id), QJsonObject{{u"reason"_s, u"late"_s}});
    QCOMPARE(cancel.status, 409);
    QCOMPARE(cancel.errorCode(), u"EQ-2010009"_s);
    QCOMPARE(
        m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(id), QJsonObject{{u"text"_s, u"thanks"_s}}).status,
        200);
    QCOMPARE(getCase(id).value(u"status"_s).toString(), u"RESOLVED"_s);
}

void TestSandboxCases::closedCasesTakeNeitherNotesNorCancel()
{
    if (SandboxProcess::isExternal())
        QSKIP("relies on the sandbox's seeded cases");
    const QString id = seededCaseIn(u"CLOSED"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(id), QJsonObject{{u"reason"_s, u"x"_s}}).status,
             409);
    QCOMPARE(m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(id), QJsonObject{{u"text"_s, u"x"_s}}).status,
             409);
}

void TestSandboxCases::seededCasesAreConsistent()
{
    if (SandboxProcess::isExternal())
        QSKIP("relies on the sandbox's seeded cases");
    QSet<QString> statuses;
    for (int number = 11150930; number < 11150930 + 24; ++number) {
        const QJsonObject answer = getCase(QString::number(number));
        const QStringList problems = schemaProblems(u"SingleCaseResponseV2"_s, answer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString status = answer.value(u"status"_s).toString();
        statuses.insert(status);
        const QJsonArray history = answer.value(u"otherDetails"_s)[u"statusHistory"_s].toArray();
        QCOMPARE(history.first()[u"status"_s].toString(), u"SUBMITTED"_s);
        QCOMPARE(history.last()[u"status"_s].toString(), status);
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i)[u"createdDate"_s].toString() >= history.at(i - 1)[u"createdDate"_s].toString());
        QVERIFY(history.first()[u"createdDate"_s] == answer.value(u"createdDateTime"_s));
        if (status == u"RESOLVED"_s || status == u"CLOSED"_s) {
            const QJsonArray notes = answer.value(u"notes"_s).toArray();
            QVERIFY(std::any_of(notes.begin(), notes.end(), [](const QJsonValue& note) {
                return note[u"type"_s].toString() == u"RESOLUTION_NOTES"_s;
            }));
        }
    }
    QCOMPARE(statuses.size(), 6);
}

void TestSandboxCases::unknownCasesAre404()
{
    const HttpReply get = m_client->get(u"/support/v2/tickets/99999999"_s);
    QCOMPARE(get.status, 404);
    QCOMPARE(get.errorCode(), u"EQ-2010004"_s);
    QCOMPARE(get.property(), u"id"_s);
    QCOMPARE(m_client->get(u"/support/v2/tickets/1-999999999999"_s).status, 404);
    const HttpReply note =
        m_client->postJson(u"/support/v1/tickets/99999999/notes"_s, QJsonObject{{u"text"_s, u"hello"_s}});
    QCOMPARE(note.status, 404);
    QCOMPARE(note.property(), u"caseNumber"_s);
    const HttpReply cancel =
        m_client->postJson(u"/support/v2/tickets/99999999/cancel"_s, QJsonObject{{u"reason"_s, u"x"_s}});
    QCOMPARE(cancel.status, 404);
    QCOMPARE(cancel.property(), u"id"_s);
}

void TestSandboxCases::unknownPathIs404AndWrongMethodIs405()
{
    const HttpReply unknown = m_client->get(u"/support/v3/tickets"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"EQ-2010004"_s);
    const HttpReply wrongMethod = m_client->send("DELETE", u"/support/v2/tickets/11150930"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.errorCode(), u"EQ-2010005"_s);
    QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("GET"));
}

void TestSandboxCases::noteDelayKeepsANotePendingForAWhile()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --note-delay option");
    SandboxProcess delayed({u"--note-delay"_s, u"1.5"_s});
    QVERIFY2(delayed.start(), qPrintable(delayed.errorString()));
    SandboxClient client(delayed.baseUrl());
    QVERIFY(client.signIn());
    const QString caseNumber = client.createCase(SandboxClient::caseRequest(u"0100-0100"_s));
    QCOMPARE(
        client.postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber), QJsonObject{{u"text"_s, u"later"_s}}).status,
        200);
    const auto noteCount = [&] {
        return client.get(u"/support/v2/tickets/"_s + caseNumber).object().value(u"notes"_s).toArray().size();
    };
    QCOMPARE(noteCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(noteCount(), 1, 6000);
}

void TestSandboxCases::aCaseReadAgainShowsWhatChangedSince()
{
    // The sandbox keeps GET answers; every write must show in the next read, by case and by order number.
    const QString caseNumber = m_client->createCase(SandboxClient::caseRequest(u"0100-0100"_s));
    QCOMPARE(getCase(caseNumber).value(u"notes"_s).toArray().size(), 0);
    QCOMPARE(getCase(caseNumber).value(u"notes"_s).toArray().size(), 0);
    QCOMPARE(m_client->postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber), QJsonObject{{u"text"_s, u"one"_s}})
                 .status,
             200);
    QCOMPARE(getCase(caseNumber).value(u"notes"_s).toArray().size(), 1);
    QCOMPARE(
        m_client->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(caseNumber), QJsonObject{{u"reason"_s, u"Done."_s}})
            .status,
        200);
    const QJsonObject answer = getCase(caseNumber);
    QCOMPARE(answer.value(u"status"_s).toString(), u"CANCELLED"_s);
    QCOMPARE(answer.value(u"notes"_s).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxCases)
#include "tst_sandbox_cases.moc"

// Bad requests of every kind: each answer names the status, the error code and the property to fix.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

const QString kCreate = u"/support/v2/tickets"_s;

QJsonObject validCreate()
{
    return SandboxClient::caseRequest(u"0002-0000"_s, u"REF-1"_s);
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject nonRegistered(const QJsonArray& details, const QString& lastName = u"Doe"_s)
{
    QJsonObject contact{{u"type"_s, u"TECHNICAL"_s}, {u"firstName"_s, u"Jo"_s}, {u"details"_s, details}};
    if (!lastName.isEmpty())
        contact.insert(u"lastName"_s, lastName);
    return contact;
}

QJsonObject detail(const QString& type, const QString& value)
{
    return QJsonObject{{u"type"_s, type}, {u"value"_s, value}};
}

QJsonObject attachment(const QString& id, const QString& name)
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}};
}

QJsonObject documents(const QJsonValue& ids, const QJsonValue& type, const QJsonValue& formats)
{
    return QJsonObject{
        {u"documents"_s, QJsonObject{{u"transactionIds"_s, ids}, {u"type"_s, type}, {u"formats"_s, formats}}}};
}

const QString kUuid = u"c77c5f58-a7ea-4e88-9fc4-1a2900027425"_s;

} // namespace

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badRequests_data();
    void badRequests();
    void everyViolationIsReported();
    void contactErrorsNameTheFieldOfTheClosestShape();

private:
    void addRow(const char* name, const QString& path, const QJsonObject& body, const QString& property);
    void addRaw(const char* name, const QString& path, const QByteArray& body, const QByteArray& contentType,
                const QString& auth, int status, const QString& code, const QString& property);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QString m_caseNumber;
};

void TestSandboxValidation::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
    const QString orderNumber = m_client->createCase(validCreate());
    m_caseNumber = m_client->get(u"/support/v2/tickets/"_s + orderNumber).object().value(u"id"_s).toString();
    QVERIFY(!m_caseNumber.isEmpty());
}

void TestSandboxValidation::addRaw(const char* name, const QString& path, const QByteArray& body,
                                   const QByteArray& contentType, const QString& auth, int status, const QString& code,
                                   const QString& property)
{
    QTest::newRow(name) << path << body << contentType << auth << status << code << property;
}

void TestSandboxValidation::addRow(const char* name, const QString& path, const QJsonObject& body,
                                   const QString& property)
{
    addRaw(name, path, SandboxClient::toJson(body), "application/json", u"valid"_s, 400, u"EQ-2010010"_s, property);
}

void TestSandboxValidation::badRequests_data()
{
    QTest::addColumn<QString>("path"); // {case} stands for an existing case number
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("auth"); // valid, none or bogus
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("property");

    const QJsonObject ok = validCreate();
    const QString notes = u"/support/v1/tickets/{case}/notes"_s;
    const QString cancel = u"/support/v2/tickets/{case}/cancel"_s;
    const QJsonObject note{{u"text"_s, u"hello"_s}};
    const QJsonObject reason{{u"reason"_s, u"no longer needed"_s}};

    // Length bounds, required fields, types and enums of the create request.
    addRow("code missing", kCreate, with(ok, u"code"_s, {}), u"code"_s);
    addRow("code not listed", kCreate, with(ok, u"code"_s, u"0013-0102"_s), u"code"_s);
    addRow("code a number", kCreate, with(ok, u"code"_s, 2), u"code"_s);
    addRow("description missing", kCreate, with(ok, u"description"_s, {}), u"description"_s);
    addRow("description empty", kCreate, with(ok, u"description"_s, QString()), u"description"_s);
    addRow("description 4001", kCreate, with(ok, u"description"_s, QString(4001, u'd')), u"description"_s);
    addRow("primaryId missing", kCreate, with(ok, u"primaryId"_s, {}), u"primaryId"_s);
    addRow("primaryId empty", kCreate, with(ok, u"primaryId"_s, QString()), u"primaryId"_s);
    addRow("primaryId 101", kCreate, with(ok, u"primaryId"_s, QString(101, u'p')), u"primaryId"_s);
    addRow("secondaryId empty", kCreate, with(ok, u"secondaryId"_s, QString()), u"secondaryId"_s);
    addRow("secondaryId 101", kCreate, with(ok, u"secondaryId"_s, QString(101, u's')), u"secondaryId"_s);
    addRow("customerReferenceId empty", kCreate, with(ok, u"customerReferenceId"_s, QString()),
           u"customerReferenceId"_s);
    addRow("customerReferenceId 201", kCreate, with(ok, u"customerReferenceId"_s, QString(201, u'r')),
           u"customerReferenceId"_s);
    addRow("occurredDateTime not a date", kCreate, with(ok, u"occurredDateTime"_s, u"yesterday"_s),
           u"occurredDateTime"_s);
    addRow("occurredDateTime a number", kCreate, with(ok, u"occurredDateTime"_s, 1716406000), u"occurredDateTime"_s);
    addRow("occurredDateTime a megabyte of digits", kCreate, with(ok, u"occurredDateTime"_s, QString(900000, u'1')),
           u"occurredDateTime"_s);
    addRow("extra property", kCreate, with(ok, u"priority"_s, u"HIGH"_s), u"priority"_s);
    // Attachments.
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(attachment(kUuid, u"file-%1.txt"_s.arg(i)));
    addRow("six attachments", kCreate, with(ok, u"attachments"_s, six), u"attachments"_s);
    addRow("attachment id 35", kCreate, with(ok, u"attachments"_s, QJsonArray{attachment(kUuid.left(35), u"a.txt"_s)}),
           u"attachments[0].id"_s);
    addRow("attachment name 4", kCreate, with(ok, u"attachments"_s, QJsonArray{attachment(kUuid, u"a.tx"_s)}),
           u"attachments[0].name"_s);
    addRow("attachment name 101", kCreate,
           with(ok, u"attachments"_s, QJsonArray{attachment(kUuid, QString(101, u'n'))}), u"attachments[0].name"_s);
    addRow("attachment without name", kCreate, with(ok, u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, kUuid}}}),
           u"attachments[0].name"_s);
    // Contacts.
    addRow("contacts not an array", kCreate, with(ok, u"contacts"_s, u"John"_s), u"contacts"_s);
    addRow("contact type unknown", kCreate,
           with(ok, u"contacts"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"BILLING"_s}, {u"registeredUsers"_s, QJsonArray{u"jdoe"_s}}}}),
           u"contacts[0].type"_s);
    addRow("contact without lastName", kCreate,
           with(ok, u"contacts"_s, QJsonArray{nonRegistered({detail(u"EMAIL"_s, u"jo@example.com"_s)}, {})}),
           u"contacts[0].lastName"_s);
    addRow("contact detail value empty", kCreate,
           with(ok, u"contacts"_s,
                QJsonArray{nonRegistered({detail(u"EMAIL"_s, u"jo@example.com"_s), detail(u"PHONE"_s, {})})}),
           u"contacts[0].details[1].value"_s);
    addRow("contact detail type FAX", kCreate,
           with(ok, u"contacts"_s, QJsonArray{nonRegistered({detail(u"FAX"_s, u"+31 20 000"_s)})}),
           u"contacts[0].details[0].type"_s);
    addRow("contact detail value 101", kCreate,
           with(ok, u"contacts"_s, QJsonArray{nonRegistered({detail(u"EMAIL"_s, QString(101, u'e'))})}),
           u"contacts[0].details[0].value"_s);
    addRow("registered contact without users", kCreate,
           with(ok, u"contacts"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"TECHNICAL"_s}, {u"registeredUsers"_s, QJsonArray()}}}),
           u"contacts[0].registeredUsers"_s);
    addRow("registered contact extra field", kCreate,
           with(ok, u"contacts"_s,
                QJsonArray{QJsonObject{{u"type"_s, u"TECHNICAL"_s},
                                       {u"registeredUsers"_s, QJsonArray{u"jdoe"_s}},
                                       {u"nickname"_s, u"JD"_s}}}),
           u"contacts[0].nickname"_s);
    // Details of a detail code.
    const QJsonObject billing = with(ok, u"code"_s, u"0302-0400"_s);
    addRow("details without documents", kCreate, with(billing, u"details"_s, QJsonObject()), u"details.documents"_s);
    addRow("details format DOC", kCreate,
           with(billing, u"details"_s, documents(QJsonArray{u"1"_s}, u"DETAILED"_s, QJsonArray{u"PDF"_s, u"DOC"_s})),
           u"details.documents.formats[1]"_s);
    addRow("details type FULL", kCreate,
           with(billing, u"details"_s, documents(QJsonArray{u"1"_s}, u"FULL"_s, QJsonArray{u"PDF"_s})),
           u"details.documents.type"_s);
    addRow("details no transaction ids", kCreate,
           with(billing, u"details"_s, documents(QJsonArray(), u"SUMMARY"_s, QJsonArray{u"PDF"_s})),
           u"details.documents.transactionIds"_s);
    addRow("details extra field", kCreate,
           with(billing, u"details"_s,
                with(documents(QJsonArray{u"1"_s}, u"SUMMARY"_s, QJsonArray{u"XLS"_s}), u"urgent"_s, true)),
           u"details.urgent"_s);
    addRow("details an array", kCreate, with(ok, u"details"_s, QJsonArray{1}), u"details"_s);
    // Notes and cancel.
    addRow("note text missing", notes, QJsonObject(), u"text"_s);
    addRow("note text empty", notes, with(note, u"text"_s, QString()), u"text"_s);
    addRow("note text 4001", notes, with(note, u"text"_s, QString(4001, u't')), u"text"_s);
    addRow("note visibility PUBLIC", notes, with(note, u"visibility"_s, u"PUBLIC"_s), u"visibility"_s);
    addRow("note six attachments", notes, with(note, u"attachments"_s, six), u"attachments"_s);
    addRow("note extra property", notes, with(note, u"author"_s, u"me"_s), u"author"_s);
    addRow("cancel reason missing", cancel, QJsonObject(), u"reason"_s);
    addRow("cancel reason 4001", cancel, with(reason, u"reason"_s, QString(4001, u'r')), u"reason"_s);
    // Path parameters.
    addRaw("get id 7 characters", u"/support/v2/tickets/1234567"_s, {}, {}, u"valid"_s, 400, u"EQ-2010010"_s, u"id"_s);
    addRaw("get id 101 characters", u"/support/v2/tickets/"_s + QString(101, u'9'), {}, {}, u"valid"_s, 400,
           u"EQ-2010010"_s, u"id"_s);
    addRow("notes path 7 digits", u"/support/v1/tickets/1234567/notes"_s, note, u"caseNumber"_s);
    addRow("cancel path 7 digits", u"/support/v2/tickets/1234567/cancel"_s, reason, u"id"_s);
    // The body as a whole.
    const QByteArray json = "application/json";
    addRaw("broken JSON", kCreate, "{\"code\": ", json, u"valid"_s, 400, u"EQ-2010010"_s, u"$"_s);
    addRaw("empty body", kCreate, "", json, u"valid"_s, 400, u"EQ-2010010"_s, u"$"_s);
    addRaw("body an array", kCreate, "[1, 2]", json, u"valid"_s, 400, u"EQ-2010010"_s, u"$"_s);
    addRaw("body invalid UTF-8", kCreate, "{\"description\": \"\xff\xfe\"}", json, u"valid"_s, 400, u"EQ-2010010"_s,
           u"$"_s);
    addRaw("wrong content type", kCreate, SandboxClient::toJson(ok), "text/plain", u"valid"_s, 400, u"EQ-2010010"_s,
           u"$"_s);
    addRaw("body over 1 MiB", kCreate, SandboxClient::toJson(with(ok, u"description"_s, QString(1024 * 1024, u'x'))),
           json, u"valid"_s, 413, u"EQ-2010013"_s, u"$"_s);
    addRaw("note body over 1 MiB", notes, SandboxClient::toJson(with(note, u"text"_s, QString(1024 * 1024, u'x'))),
           json, u"valid"_s, 413, u"EQ-2010013"_s, u"$"_s);
    // Tokens.
    addRaw("missing token", kCreate, SandboxClient::toJson(ok), json, u"none"_s, 401, u"EQ-2010006"_s,
           u"Authorization"_s);
    addRaw("bad token", kCreate, SandboxClient::toJson(ok), json, u"bogus"_s, 401, u"EQ-2010006"_s, u"Authorization"_s);
    addRaw("bad token on notes", notes, SandboxClient::toJson(note), json, u"bogus"_s, 401, u"EQ-2010006"_s,
           u"Authorization"_s);
    // Order history speaks its own error shape.
    const QString orders = u"/v1/retrieve-orders"_s;
    const auto orderRow = [&](const char* name, const QJsonObject& body, const QString& property) {
        addRaw(name, orders, SandboxClient::toJson(body), json, u"valid"_s, 400, u"EQX-OH-400"_s, property);
    };
    orderRow("orders page size 201", QJsonObject{{u"page"_s, QJsonObject{{u"size"_s, 201}}}}, u"page.size"_s);
    orderRow("orders page number -1", QJsonObject{{u"page"_s, QJsonObject{{u"number"_s, -1}}}}, u"page.number"_s);
    orderRow("orders unknown date range", QJsonObject{{u"filters"_s, QJsonObject{{u"dateRange"_s, u"YESTERDAY"_s}}}},
             u"filters.dateRange"_s);
    orderRow("orders ISO fromDate", QJsonObject{{u"filters"_s, QJsonObject{{u"fromDate"_s, u"2024-01-31"_s}}}},
             u"filters.fromDate"_s);
    orderRow("orders unknown sort", QJsonObject{{u"sorts"_s, QJsonArray{QJsonObject{{u"name"_s, u"PRICE"_s}}}}},
             u"sorts[0].name"_s);
    orderRow("orders unknown source", QJsonObject{{u"source"_s, QJsonArray{u"EMAIL"_s}}, {u"q"_s, u"x"_s}},
             u"source[0]"_s);
    addRaw("orders bad token", orders, "{}", json, u"bogus"_s, 401, u"EQX-OH-401"_s, u"Authorization"_s);
}

void TestSandboxValidation::badRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, auth);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, property);
    path.replace(u"{case}"_s, m_caseNumber);
    SandboxClient client(m_sandbox.baseUrl());
    if (auth == u"valid"_s)
        client.setToken(m_client->token());
    else if (auth == u"bogus"_s)
        client.setToken("not-a-token");
    const HttpReply reply = client.send(body.isNull() ? "GET" : "POST", path, body, contentType);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    const QJsonDocument document = reply.json();
    QString code;
    QString firstProperty;
    if (document.isArray()) {
        code = reply.errorCode();
        firstProperty = reply.property();
        // Every entry of the case API's error array is complete.
        for (const QJsonValue& entry : document.array()) {
            for (const QString& key : {u"errorCode"_s, u"errorMessage"_s, u"details"_s, u"correlationId"_s, u"help"_s})
                QVERIFY2(!entry[key].toString().isEmpty(), qPrintable(key));
            QVERIFY(!entry[u"additionalInfo"_s][u"reason"_s].toString().isEmpty());
        }
    } else {
        const QJsonObject error = document.object().value(u"errors"_s).toArray().first().toObject();
        code = error.value(u"code"_s).toString();
        firstProperty = error.value(u"fields"_s).toArray().first().toString();
    }
    QCOMPARE(code, errorCode);
    QCOMPARE(firstProperty, property);
}

void TestSandboxValidation::everyViolationIsReported()
{
    QJsonObject request = validCreate();
    request.insert(u"description"_s, QString());
    request.insert(u"primaryId"_s, QString(101, u'p'));
    request.insert(u"colour"_s, u"red"_s);
    const HttpReply reply = m_client->postJson(kCreate, request);
    QCOMPARE(reply.status, 400);
    QStringList properties;
    QSet<QString> correlations;
    for (const QJsonValue& entry : reply.json().array()) {
        properties.append(entry[u"additionalInfo"_s][u"property"_s].toString());
        correlations.insert(entry[u"correlationId"_s].toString());
    }
    properties.sort();
    QCOMPARE(properties, (QStringList{u"colour"_s, u"description"_s, u"primaryId"_s}));
    QCOMPARE(correlations.size(), 1);
    // A fresh correlation id per answer.
    QVERIFY(m_client->postJson(kCreate, request).json().array().first()[u"correlationId"_s].toString()
            != *correlations.begin());
}

void TestSandboxValidation::contactErrorsNameTheFieldOfTheClosestShape()
{
    // A non-registered contact with one bad field: the answer is about that field only, not about the
    // registered shape it does not claim to be.
    QJsonObject request = validCreate();
    request.insert(u"contacts"_s, QJsonArray{nonRegistered({detail(u"EMAIL"_s, QString())})});
    const HttpReply reply = m_client->postJson(kCreate, request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().array().size(), 1);
    QCOMPARE(reply.property(), u"contacts[0].details[0].value"_s);
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandbox_validation.moc"

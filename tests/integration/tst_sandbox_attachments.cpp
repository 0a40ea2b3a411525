// Attachments: upload limits, metadata, delete, who may use an id, and downloads from a case.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/SchemaChecker.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 kMaxBytes = 10485760;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray multipart(const QByteArray& field, const QByteArray& fileName, const QByteArray& data)
{
    return "--XyZ\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
           + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n--XyZ--\r\n";
}

} // namespace

class TestSandboxAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadAnswersAttachmentInfo();
    void metadataThenDelete();
    void anotherClientCannotUseMyAttachment();
    void unknownAttachmentIs404();
    void uploadLimits_data();
    void uploadLimits();
    void largestAllowedFileIsAccepted();
    void downloadReturnsTheUploadedBytes();
    void noteAttachmentsBelongToTheCase();
    void downloadOnlyForAttachmentsOfThatCase();
    void deletedAttachmentStaysOnItsCase();
    void providerAttachmentsOfSeededCasesDownload();

private:
    QString upload(const QString& name, const QByteArray& data);

    SandboxProcess m_sandbox{{u"--seed-cases"_s, u"40"_s, u"--client"_s, u"casedesk-local:casedesk-local-secret"_s,
                              u"--client"_s, u"other:other-secret"_s}};
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<SandboxClient> m_other;
};

void TestSandboxAttachments::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --client option for a second client");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
    m_other = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_other->signIn(u"other"_s, u"other-secret"_s));
}

QString TestSandboxAttachments::upload(const QString& name, const QByteArray& data)
{
    const HttpReply reply = m_client->upload(name, data);
    return reply.status == 201 ? reply.object().value(u"attachmentId"_s).toString() : QString();
}

void TestSandboxAttachments::uploadAnswersAttachmentInfo()
{
    const HttpReply reply = m_client->upload(u"report.pdf"_s, randomBytes(1000), u"LOA"_s);
    QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    const QStringList problems =
        SchemaChecker::check(SchemaChecker::Api::Attachments, u"#/components/schemas/AttachmentInfo"_s, reply.object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonObject info = reply.object();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(info.value(u"attachmentId"_s).toString())
                .hasMatch());
    QCOMPARE(info.value(u"attachmentName"_s).toString(), u"report.pdf"_s);
    QCOMPARE(info.value(u"attachmentType"_s).toString(), u"pdf"_s);
    QCOMPARE(info.value(u"attachmentSize"_s).toInteger(), 1000);
    QCOMPARE(info.value(u"createdBy"_s).toString(), SandboxProcess::builtInClientId());
}

void TestSandboxAttachments::metadataThenDelete()
{
    const QString id = upload(u"notes.txt"_s, "hello");
    QVERIFY(!id.isEmpty());
    const HttpReply metadata = m_client->get(u"/v1/attachments/"_s + id);
    QCOMPARE(metadata.status, 200);
    QCOMPARE(metadata.object().value(u"attachmentName"_s).toString(), u"notes.txt"_s);
    const HttpReply deleted = m_client->send("DELETE", u"/v1/attachments/"_s + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object(), QJsonObject({{u"status"_s, true}}));
    QCOMPARE(m_client->get(u"/v1/attachments/"_s + id).status, 404);
    QCOMPARE(m_client->send("DELETE", u"/v1/attachments/"_s + id).status, 404);
}

void TestSandboxAttachments::anotherClientCannotUseMyAttachment()
{
    const QString id = upload(u"mine.png"_s, "png");
    QVERIFY(!id.isEmpty());
    const HttpReply get = m_other->get(u"/v1/attachments/"_s + id);
    QCOMPARE(get.status, 403);
    QCOMPARE(get.errorCode(), u"EQ-2010007"_s);
    QCOMPARE(get.property(), u"attachmentId"_s);
    QCOMPARE(m_other->send("DELETE", u"/v1/attachments/"_s + id).status, 403);

    QJsonObject request = SandboxClient::caseRequest(u"0004-0000"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"mine.png"_s}}});
    const HttpReply create = m_other->postJson(u"/support/v2/tickets"_s, request);
    QCOMPARE(create.status, 400);
    QCOMPARE(create.property(), u"attachments[0].id"_s);
    const QString orderNumber = m_other->createCase(SandboxClient::caseRequest(u"0004-0000"_s));
    const QString caseNumber = m_other->get(u"/support/v2/tickets/"_s + orderNumber).object()[u"id"_s].toString();
    const HttpReply note =
        m_other->postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber),
                          QJsonObject{{u"text"_s, u"see file"_s}, {u"attachments"_s, request.value(u"attachments"_s)}});
    QCOMPARE(note.status, 400);
    QCOMPARE(note.property(), u"attachments[0].id"_s);
    // The owner can still use it.
    QCOMPARE(m_client->get(u"/v1/attachments/"_s + id).status, 200);
    QVERIFY(!m_client->createCase(request).isEmpty());
}

void TestSandboxAttachments::unknownAttachmentIs404()
{
    const HttpReply reply = m_client->get(u"/v1/attachments/00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), u"EQ-2010004"_s);
    QCOMPARE(reply.property(), u"attachmentId"_s);
}

void TestSandboxAttachments::uploadLimits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("property");
    const QByteArray form = "multipart/form-data; boundary=XyZ";
    QTest::newRow("10 MB + 1 byte") << multipart("uploadFile", "big.pdf", QByteArray(kMaxBytes + 1, 'a')) << form
                                    << QString() << 413 << u"uploadFile"_s;
    QTest::newRow("refused extension") << multipart("uploadFile", "tool.exe", "MZ") << form << QString() << 400
                                       << u"uploadFile"_s;
    QTest::newRow("no extension") << multipart("uploadFile", "README", "text") << form << QString() << 400
                                  << u"uploadFile"_s;
    QTest::newRow("empty file") << multipart("uploadFile", "empty.txt", "") << form << QString() << 400
                                << u"uploadFile"_s;
    QTest::newRow("other field name") << multipart("file", "a.txt", "x") << form << QString() << 400 << u"uploadFile"_s;
    QTest::newRow("no closing boundary") << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"uploadFile\"; "
                                                       "filename=\"a.txt\"\r\n\r\nunterminated")
                                         << form << QString() << 400 << u"$"_s;
    QTest::newRow("not multipart") << QByteArray("{}") << QByteArray("application/json") << QString() << 400 << u"$"_s;
    QTest::newRow("unknown purpose") << multipart("uploadFile", "a.txt", "x") << form << u"purpose=INVOICE"_s << 400
                                     << u"purpose"_s;
}

void TestSandboxAttachments::uploadLimits()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, property);
    const QString path = query.isEmpty() ? u"/v1/attachments/file"_s : u"/v1/attachments/file?"_s + query;
    const HttpReply reply = m_client->send("POST", path, body, contentType);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.property(), property);
}

void TestSandboxAttachments::largestAllowedFileIsAccepted()
{
    const HttpReply reply = m_client->upload(u"exactly-10mb.tiff"_s, QByteArray(kMaxBytes, 't'));
    QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(reply.object().value(u"attachmentSize"_s).toInteger(), kMaxBytes);
}

void TestSandboxAttachments::downloadReturnsTheUploadedBytes()
{
    const QByteArray bytes = randomBytes(300000);
    const QString id = upload(u"rack photo.png"_s, bytes);
    QVERIFY(!id.isEmpty());
    QJsonObject request = SandboxClient::caseRequest(u"0004-0000"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"rack photo"_s}}});
    const QString orderNumber = m_client->createCase(request);
    const QJsonObject answer = m_client->get(u"/support/v2/tickets/"_s + orderNumber).object();
    QCOMPARE(answer.value(u"attachments"_s).toArray(),
             QJsonArray({QJsonObject{{u"id"_s, id}, {u"name"_s, u"rack photo"_s}, {u"source"_s, u"CUSTOMER"_s}}}));
    for (const QString& caseId : {answer.value(u"id"_s).toString(), orderNumber}) {
        const HttpReply download = m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(caseId, id));
        QCOMPARE(download.status, 200);
        QCOMPARE(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(download.headers.value("content-type"), QByteArray("image/png"));
        QVERIFY(download.headers.value("content-disposition").contains("filename=\"rack photo.png\""));
    }
}

void TestSandboxAttachments::noteAttachmentsBelongToTheCase()
{
    const QString caseNumber = m_client->createCase(SandboxClient::caseRequest(u"0101-0100"_s));
    const QString id = upload(u"invoice.xlsx"_s, "sheet");
    const HttpReply note = m_client->postJson(
        u"/support/v2/tickets/%1/notes"_s.arg(caseNumber),
        QJsonObject{{u"text"_s, u"attached"_s},
                    {u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"invoice.xlsx"_s}}}}});
    QCOMPARE(note.status, 200);
    const QJsonObject answer = m_client->get(u"/support/v2/tickets/"_s + caseNumber).object();
    QCOMPARE(answer.value(u"notes"_s).toArray().first()[u"attachments"_s].toArray().first()[u"id"_s].toString(), id);
    QCOMPARE(answer.value(u"attachments"_s).toArray().first()[u"id"_s].toString(), id);
    const HttpReply download = m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(caseNumber, id));
    QCOMPARE(download.body, QByteArray("sheet"));
    QCOMPARE(download.headers.value("content-type"),
             QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
}

void TestSandboxAttachments::downloadOnlyForAttachmentsOfThatCase()
{
    const QString id = upload(u"a.txt"_s, "on the first case");
    QJsonObject request = SandboxClient::caseRequest(u"0100-0000"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"a.txt"_s}}});
    const QString first = m_client->createCase(request);
    const QString second = m_client->createCase(SandboxClient::caseRequest(u"0100-0000"_s));
    QCOMPARE(m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(first, id)).status, 200);
    const HttpReply elsewhere = m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(second, id));
    QCOMPARE(elsewhere.status, 404);
    QCOMPARE(elsewhere.property(), u"attachmentId"_s);
    const HttpReply noCase = m_client->get(u"/support/v2/tickets/attachment/download/99999999/%1"_s.arg(id));
    QCOMPARE(noCase.status, 404);
    QCOMPARE(noCase.property(), u"caseId"_s);
    // An uploaded file that was never attached to a case is not downloadable through one.
    const QString loose = upload(u"b.txt"_s, "loose");
    QCOMPARE(m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(first, loose)).status, 404);
}

void TestSandboxAttachments::deletedAttachmentStaysOnItsCase()
{
    const QString id = upload(u"kept.txt"_s, "kept bytes");
    QJsonObject request = SandboxClient::caseRequest(u"0100-0000"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"name"_s, u"kept.txt"_s}}});
    const QString caseNumber = m_client->createCase(request);
    QCOMPARE(m_client->send("DELETE", u"/v1/attachments/"_s + id).status, 200);
    QCOMPARE(m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(caseNumber, id)).body,
             QByteArray("kept bytes"));
    const HttpReply reuse = m_client->postJson(u"/support/v2/tickets"_s, request);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.property(), u"attachments[0].id"_s);
}

void TestSandboxAttachments::providerAttachmentsOfSeededCasesDownload()
{
    int found = 0;
    for (int number = 11150930; number < 11150930 + 40; ++number) {
        const QJsonObject answer = m_client->get(u"/support/v2/tickets/%1"_s.arg(number)).object();
        for (const QJsonValue& attachment : answer.value(u"attachments"_s).toArray()) {
            if (attachment[u"source"_s].toString() != u"PROVIDER"_s)
                continue;
            const HttpReply download = m_client->get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(
                answer.value(u"id"_s).toString(), attachment[u"id"_s].toString()));
            QCOMPARE(download.status, 200);
            QVERIFY(download.body.contains(answer.value(u"id"_s).toString().toLatin1()));
            ++found;
        }
    }
    QVERIFY(found > 0);
}

QTEST_GUILESS_MAIN(TestSandboxAttachments)
#include "tst_sandbox_attachments.moc"

// The client's validator and the sandbox judge the same requests alike: what the wizard lets through, the
// server accepts, and what it refuses, the server refuses at the same paths.
#include "models/validation/SchemaValidator.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QJsonValue expand(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(expand(item));
        return array;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    if (object.contains(u"$repeat"_s))
        return object.value(u"$repeat"_s).toString().repeated(object.value(u"times"_s).toInt());
    QJsonObject expanded;
    for (auto it = object.begin(); it != object.end(); ++it)
        expanded.insert(it.key(), expand(it.value()));
    return expanded;
}

QStringList serverProperties(const HttpReply& reply)
{
    QStringList properties;
    for (const QJsonValue& entry : reply.json().array()) {
        const QJsonValue info = entry.toObject().value(u"additionalInfo"_s);
        properties.append(info.toObject().value(u"property"_s).toString());
    }
    properties.removeDuplicates();
    properties.sort();
    return properties;
}
} // namespace

class TestValidationAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithTheSandbox_data();
    void agreesWithTheSandbox();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QString m_caseNumber;
};

void TestValidationAgreement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (SandboxProcess::sandboxBinary().isEmpty() && !SandboxProcess::isExternal())
        QSKIP("casedesk-sandbox is not built");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
    const QString id = m_client->createCase(SandboxClient::caseRequest(u"0305-0000"_s, u"AGREE-1"_s));
    QVERIFY(!id.isEmpty());
    m_caseNumber = m_client->get(u"/support/v2/tickets/"_s + id).object().value(u"id"_s).toString();
    QCOMPARE(m_caseNumber.size(), 8);
}

void TestValidationAgreement::agreesWithTheSandbox_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("body");

    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR) + u"/catalogue/bad-requests.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"rows"_s).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows)
        QTest::newRow(qPrintable(row[u"name"_s].toString()))
            << row[u"kind"_s].toString() << expand(row[u"body"_s]).toObject();
}

void TestValidationAgreement::agreesWithTheSandbox()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, body);

    const SchemaValidator validator;
    QList<Violation> local;
    QString path;
    if (kind == u"create"_s) {
        local = validator.validateCreate(body);
        path = u"/support/v2/tickets"_s;
    } else if (kind == u"note"_s) {
        local = validator.validateNote(body);
        path = u"/support/v1/tickets/"_s + m_caseNumber + u"/notes"_s;
    } else {
        local = validator.validateCancel(body);
        path = u"/support/v2/tickets/"_s + m_caseNumber + u"/cancel"_s;
    }
    QStringList localPaths;
    for (const Violation& violation : std::as_const(local))
        localPaths.append(violation.path);
    localPaths.removeDuplicates();
    localPaths.sort();

    const HttpReply reply = m_client->postJson(path, body);
    if (local.isEmpty()) {
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        return;
    }
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    // Both variants of this contact have two problems; the sandbox breaks the tie by taking the first variant
    // (a registered user), the client by the keys given (firstName, lastName, details: a named person).
    QEXPECT_FAIL("named contact with a bad detail type and an empty value",
                 "the sandbox picks the first of two equally bad contact variants", Abort);
    QCOMPARE(serverProperties(reply), localPaths);
}

QTEST_GUILESS_MAIN(TestValidationAgreement)
#include "tst_validationagreement.moc"

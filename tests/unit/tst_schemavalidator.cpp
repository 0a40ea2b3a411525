#include "models/domain/CreateCaseRequest.h"
#include "models/schema/JsonPath.h"
#include "models/validation/RequestPage.h"
#include "models/validation/SchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
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

// Expands {"$repeat": S, "times": N} into S repeated N times, anywhere in the value.
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

QStringList render(QList<Violation> violations)
{
    QStringList lines;
    for (const Violation& v : violations)
        lines.append(v.path + u": "_s + v.reason);
    lines.sort();
    return lines;
}
} // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEachBadRequestAtItsPath_data();
    void reportsEachBadRequestAtItsPath();
    void refusesOnlyTheUnknownCodeOfTheSeedSample();
    void validatesTheTypedRequestLikeItsJson();
    void detailsAloneAreCheckedAgainstTheCodesSchema();
    void valuesNestedTooDeeplyAreCutOffWithAViolation();
    void mapsPathsToWizardPages_data();
    void mapsPathsToWizardPages();
    void landsServerFieldErrorsLikeOwnViolations();
    void splitsAndJoinsPaths_data();
    void splitsAndJoinsPaths();
};

void TestSchemaValidator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(ApiDocument::bundled());
}

void TestSchemaValidator::reportsEachBadRequestAtItsPath_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("expected");

    const QJsonObject table = QJsonDocument::fromJson(readTestFile(u"catalogue/bad-requests.json"_s)).object();
    const QJsonArray rows = table.value(u"rows"_s).toArray();
    QVERIFY(rows.size() > 30);
    for (const QJsonValue& row : rows) {
        QList<Violation> expected;
        for (const QJsonValue& v : row[u"violations"_s].toArray())
            expected.append({v[u"path"_s].toString(), v[u"reason"_s].toString()});
        QTest::newRow(qPrintable(row[u"name"_s].toString()))
            << row[u"kind"_s].toString() << expand(row[u"body"_s]).toObject() << render(expected);
    }
}

void TestSchemaValidator::reportsEachBadRequestAtItsPath()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, expected);

    const SchemaValidator validator;
    QList<Violation> found;
    if (kind == u"create"_s)
        found = validator.validateCreate(body);
    else if (kind == u"note"_s)
        found = validator.validateNote(body);
    else if (kind == u"cancel"_s)
        found = validator.validateCancel(body);
    else
        QFAIL("unknown kind in the table");
    QCOMPARE(render(found), expected);
}

void TestSchemaValidator::refusesOnlyTheUnknownCodeOfTheSeedSample()
{
    // The provider's own sample uses 0013-0102, a code its enum does not list; everything else in it is valid.
    const QJsonObject sample = QJsonDocument::fromJson(readTestFile(u"create-case-sample.json"_s)).object();
    const QList<Violation> found = SchemaValidator().validateCreate(sample);
    QCOMPARE(render(found), QStringList{u"code: Is not one of the allowed values."_s});
}

void TestSchemaValidator::validatesTheTypedRequestLikeItsJson()
{
    CreateCaseRequest request;
    request.code = u"0305-0301"_s;
    request.description = QString(4001, u'x');
    request.primaryId = u"ACC"_s;
    request.details = QJsonObject{{u"documents"_s, QJsonObject{{u"type"_s, u"DETAILED"_s}}}};
    const SchemaValidator validator;
    QCOMPARE(render(validator.validateCreate(request)), render(validator.validateCreate(request.toJson())));
    QCOMPARE(
        render(validator.validateCreate(request)),
        (QStringList{u"description: At most 4000 characters (now 4001)."_s, u"details.documents.formats: Required."_s,
                     u"details.documents.transactionIds: Required."_s}));
}

void TestSchemaValidator::detailsAloneAreCheckedAgainstTheCodesSchema()
{
    const SchemaValidator validator;
    const QJsonObject details{{u"documents"_s, QJsonObject{{u"transactionIds"_s, QJsonArray{u""_s}},
                                                           {u"type"_s, u"SUMMARY"_s},
                                                           {u"formats"_s, QJsonArray{u"XLS"_s}}}}};
    QCOMPARE(render(validator.validateDetails(u"0306-0300"_s, details)),
             QStringList{u"details.documents.transactionIds[0]: Must not be empty."_s});
    QVERIFY(validator.validateDetails(u"0002-0000"_s, QJsonObject{{u"free"_s, 1}}).isEmpty());
}

void TestSchemaValidator::valuesNestedTooDeeplyAreCutOffWithAViolation()
{
    QJsonValue deep = u"bottom"_s;
    QString path = u"details"_s;
    for (int i = 0; i < SchemaValidator::kMaxDepth + 5; ++i)
        deep = QJsonObject{{u"a"_s, deep}};
    for (int i = 0; i < SchemaValidator::kMaxDepth; ++i)
        path = JsonPath::key(path, u"a"_s);
    const QJsonObject body{
        {u"code"_s, u"0002-0000"_s}, {u"description"_s, u"d"_s}, {u"primaryId"_s, u"p"_s}, {u"details"_s, deep}};
    const QList<Violation> found = SchemaValidator().validateCreate(body);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().reason, u"Is nested too deeply."_s);
    QVERIFY2(JsonPath::isWithin(found.constFirst().path, path), qPrintable(found.constFirst().path));
}

void TestSchemaValidator::mapsPathsToWizardPages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<RequestPage::Page>("page");

    QTest::newRow("code") << u"code"_s << RequestPage::Code;
    QTest::newRow("description") << u"description"_s << RequestPage::Problem;
    QTest::newRow("primaryId") << u"primaryId"_s << RequestPage::Problem;
    QTest::newRow("occurredDateTime") << u"occurredDateTime"_s << RequestPage::Problem;
    QTest::newRow("contact detail") << u"contacts[0].details[1].value"_s << RequestPage::Contacts;
    QTest::newRow("contacts") << u"contacts"_s << RequestPage::Contacts;
    QTest::newRow("details field") << u"details.documents.formats[1]"_s << RequestPage::Details;
    QTest::newRow("attachments") << u"attachments"_s << RequestPage::Attachments;
    QTest::newRow("attachment name") << u"attachments[4].name"_s << RequestPage::Attachments;
    QTest::newRow("whole body") << u"$"_s << RequestPage::Problem;
    QTest::newRow("empty") << QString() << RequestPage::Problem;
    QTest::newRow("unknown key") << u"priority"_s << RequestPage::Problem;
    QTest::newRow("malformed: leading index") << u"[0].code"_s << RequestPage::Problem;
    QTest::newRow("malformed: dollar prefix") << u"$.contacts[0]"_s << RequestPage::Contacts;
    QTest::newRow("malformed: key prefix only") << u"codes"_s << RequestPage::Problem;
}

void TestSchemaValidator::mapsPathsToWizardPages()
{
    QFETCH(QString, path);
    QFETCH(RequestPage::Page, page);
    QCOMPARE(RequestPage::forPath(path), page);
}

void TestSchemaValidator::landsServerFieldErrorsLikeOwnViolations()
{
    const QList<Violation> fromServer =
        Violation::fromFieldErrors({{u"details.documents.type"_s, u"bad"_s}, {QString(), u"broken body"_s}});
    QCOMPARE(fromServer.size(), 2);
    QCOMPARE(fromServer.at(1).path, u"$"_s);
    QCOMPARE(RequestPage::forPath(fromServer.at(0).path), RequestPage::Details);
    QCOMPARE(Violation::within(fromServer, u"details"_s).size(), 1);
}

void TestSchemaValidator::splitsAndJoinsPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("joined");
    QTest::addColumn<int>("segments");

    QTest::newRow("root") << u"$"_s << u"$"_s << 0;
    QTest::newRow("empty") << QString() << u"$"_s << 0;
    QTest::newRow("key") << u"description"_s << u"description"_s << 1;
    QTest::newRow("nested") << u"contacts[0].details[1].value"_s << u"contacts[0].details[1].value"_s << 5;
    QTest::newRow("dollar dot") << u"$.contacts[2]"_s << u"contacts[2]"_s << 2;
    QTest::newRow("malformed: unclosed bracket") << u"a[1"_s << u"a[1"_s << 1;
    QTest::newRow("malformed: non-numeric index") << u"a[x].b"_s << u"a[x].b"_s << 2;
    QTest::newRow("malformed: doubled dots") << u"a..b"_s << u"a.b"_s << 2;
    // Only an index a list can have is one; the others stay part of the key, as a non-numeric index does.
    QTest::newRow("malformed: negative index") << u"a[-1].b"_s << u"a[-1].b"_s << 2;
    QTest::newRow("malformed: signed index") << u"a[+1]"_s << u"a[+1]"_s << 1;
    QTest::newRow("malformed: largest qint64 index") << u"a[9223372036854775807]"_s << u"a[9223372036854775807]"_s << 1;
    QTest::newRow("malformed: index beyond qint64")
        << u"a[99999999999999999999]"_s << u"a[99999999999999999999]"_s << 1;
    QTest::newRow("largest int index") << u"a[2147483646]"_s << u"a[2147483646]"_s << 2;
}

void TestSchemaValidator::splitsAndJoinsPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, joined);
    QFETCH(int, segments);
    QCOMPARE(JsonPath::split(path).size(), segments);
    QCOMPARE(JsonPath::join(JsonPath::split(path)), joined);
}

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"

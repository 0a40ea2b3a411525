#include "models/core/Backoff.h"
#include "models/core/NumberConversion.h"
#include "models/json/JsonCodec.h"
#include "models/offline/Draft.h"
#include "models/schema/JsonPath.h"
#include "models/store/FullTextQuery.h"
#include "models/validation/RequestPage.h"
#include "models/wizard/RequestPaths.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The usage examples of some headers, compiled and run as they are written there, so that an example that
 * names something gone stops the build, and one that no longer does what its comment says fails here. Each
 * header whose example is here says so. When an example changes, change it in both places.
 */
class TestHeaderExamples : public QObject
{
    Q_OBJECT

private slots:
    void backoff();
    void requestPage();
    void draft();
    void numberConversion();
    void jsonPath();
    void fullTextQuery();
    void requestPaths();
};

void TestHeaderExamples::backoff()
{
    // models/core/Backoff.h
    QTimer timer;
    const qint64 failures = 3;
    Backoff backoff(1000, 60000, 0.2); // 1 s doubling to a minute, each pause 20 % either way
    timer.start(int(backoff.delayMs(failures)));

    QVERIFY(timer.interval() >= 3200 && timer.interval() <= 4800);
}

void TestHeaderExamples::requestPage()
{
    // models/validation/RequestPage.h
    QCOMPARE(RequestPage::forPath(u"contacts[0].details[1].value"_s), RequestPage::Contacts);
    QCOMPARE(RequestPage::forPath(u"$"_s), RequestPage::Problem);
}

void TestHeaderExamples::draft()
{
    // models/offline/Draft.h
    const QString text = u"Please check the cross-connect."_s;
    NoteDraft note;
    note.caseNumber = u"11150929"_s;
    note.text = text;
    Draft draft = Draft::forNote(note);
    const QByteArray bytes = QJsonDocument(draft.toJson()).toJson();
    const Decoded<Draft> back = decodeJson<Draft>(bytes); // a draft that no longer decodes is reported

    QVERIFY(back.ok());
    QVERIFY(back.value->note);
    QCOMPARE(back.value->note->text, text);
    QVERIFY(!decodeJson<Draft>(QByteArray("{\"kind\": 7}")).ok());
}

void TestHeaderExamples::numberConversion()
{
    // models/core/NumberConversion.h (with a JSON value and a range for the example's json and spin box)
    const QJsonValue json(1e300);
    std::optional<qint64> used;
    if (const auto n = NumberConversion::exactInteger(json.toDouble()))
        used = *n;
    const int value = NumberConversion::clampedInt(json.toDouble(), 0, -10, 10);

    QVERIFY(!used);      // 1e300 is no integer CaseDesk can hold
    QCOMPARE(value, 10); // brought into the range
    QCOMPARE(NumberConversion::exactInteger(QJsonValue(42.0).toDouble()), std::optional<qint64>(42));
}

void TestHeaderExamples::jsonPath()
{
    // models/schema/JsonPath.h
    const QJsonObject body = QJsonDocument::fromJson(R"({"contacts": [{"type": "TECHNICAL"}]})").object();
    QCOMPARE(JsonPath::index(JsonPath::key(JsonPath::root(), u"contacts"_s), 0), u"contacts[0]"_s);
    QCOMPARE(JsonPath::valueAt(body, u"contacts[0].type"_s), QJsonValue(u"TECHNICAL"_s));
}

void TestHeaderExamples::fullTextQuery()
{
    // models/store/FullTextQuery.h (the query's text, without the SQL)
    const QString match = FullTextQuery::fromUserText(u"cross-connect carrier"_s);
    QVERIFY(!match.isEmpty());
    QCOMPARE(match, uR"("cross-connect"* "carrier"*)"_s); // every word a quoted prefix term
}

void TestHeaderExamples::requestPaths()
{
    // models/wizard/RequestPaths.h
    const RequestPaths& paths = RequestPaths::get();
    QCOMPARE(paths.description, u"description"_s);
    QCOMPARE(paths.contactDetail(0, 1, paths.detailValue), u"contacts[0].details[1].value"_s);
}

QTEST_GUILESS_MAIN(TestHeaderExamples)
#include "tst_headerexamples.moc"

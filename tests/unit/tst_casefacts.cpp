#include "models/domain/CaseStatus.h"
#include "models/presentation/CaseFacts.h"

#include <QFile>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QByteArray sample()
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR "/get-case-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample");
    return file.readAll();
}

const FactRow* findRow(const CaseFacts& facts, const QString& label)
{
    for (const FactSection& section : facts.sections) {
        for (const FactRow& row : section.rows) {
            if (row.label == label)
                return &row;
        }
    }
    return nullptr;
}
} // namespace

// The detail view's content: every field of the GET answer in words, history with durations, notes in order.
class TestCaseFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void layOutEverySampleFieldForPeople();
    void historyShowsTimeSpentInEachStatus();
    void notesAreOrderedWithPendingLast();
    void closedCaseSaysWhyItCannotBeCancelledOrNoted();
    void unknownStatusIsShownRaw();
    void siteTimeUsesTheIbxZone();
};

void TestCaseFacts::layOutEverySampleFieldForPeople()
{
    const QByteArray raw = sample();
    const auto decoded = decodeJson<Case>(raw);
    QVERIFY(decoded.ok());
    const CaseFacts facts = CaseFacts::from(*decoded.value, raw, {}, TimeDisplay(TimeDisplay::Mode::Utc),
                                            [](const QString& code) { return code; });
    QCOMPARE(facts.statusLabel, u"In progress"_s);
    QCOMPARE(facts.ibx, u"SV5"_s);
    QCOMPARE(facts.cage, u"DA3:01:010315"_s);
    QCOMPARE(facts.type, u"Trouble ticket"_s);
    QCOMPARE(findRow(facts, u"Account"_s)->value, u"VjT Existing Reseller New BA (182389736)"_s);
    QCOMPARE(findRow(facts, u"Channel"_s)->value, u"Portal"_s);
    QCOMPARE(findRow(facts, u"Purchase orders"_s)->value, u"PO.1234"_s);
    QCOMPARE(findRow(facts, u"RECURRING_TYPE"_s)->value, u"CHILD"_s);
    QVERIFY(findRow(facts, u"Notification"_s)->value.contains(u"SomeContact@email.com"));
    QCOMPARE(facts.lineItems.size(), 1);
    QCOMPARE(facts.lineItems.first().lineId, u"1-2RCPXBUV"_s);
    QVERIFY(facts.lineItems.first().flags.contains(u"cancellable"));
    QVERIFY(facts.lineItems.first().flags.contains(u"IS_RECURRING = Yes"));
    QVERIFY(facts.created.contains(u"UTC"));
    QVERIFY(facts.prettyJson.contains(u"\n    \"accountName\""));
    QVERIFY(facts.cancellable);
    QVERIFY(facts.cancelBlockedReason.isEmpty());
    QVERIFY(!facts.noteBlockedReason.isEmpty()); // the sample says modifiable: false
}

void TestCaseFacts::historyShowsTimeSpentInEachStatus()
{
    const QByteArray raw = R"({"status":"IN_PROGRESS","otherDetails":{"statusHistory":[
        {"status":"IN_PROGRESS","createdDate":"2026-11-02T12:00:00Z"},
        {"status":"SUBMITTED","createdDate":"2026-11-01T10:00:00Z"}]}})";
    const auto decoded = decodeJson<Case>(raw);
    QVERIFY(decoded.ok());
    const CaseFacts facts = CaseFacts::from(*decoded.value, raw, {}, TimeDisplay(TimeDisplay::Mode::Utc), {},
                                            QDateTime(QDate(2026, 11, 2), QTime(15, 30), Qt::UTC));
    QCOMPARE(facts.timeline.size(), 2);
    QCOMPARE(facts.timeline.at(0).status, u"SUBMITTED"_s);
    QCOMPARE(facts.timeline.at(0).duration, u"1 d 2 h"_s);
    QVERIFY(!facts.timeline.at(0).current);
    QCOMPARE(facts.timeline.at(1).duration, u"3 h 30 min"_s);
    QVERIFY(facts.timeline.at(1).current);
}

void TestCaseFacts::notesAreOrderedWithPendingLast()
{
    const QByteArray raw = R"({"notes":[
        {"id":"2","createdDateTime":"2026-11-03T09:00:00Z","text":"second","type":"CUSTOMER_NOTES","visibility":"INTERNAL"},
        {"id":"1","createdDateTime":"2026-11-01T09:00:00Z","text":"first","type":"RESOLUTION_NOTES"}]})";
    const auto decoded = decodeJson<Case>(raw);
    QVERIFY(decoded.ok());
    CaseNote pending;
    pending.text = u"not back yet"_s;
    pending.type = u"CUSTOMER_NOTES"_s;
    pending.createdDateTime = Timestamp(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC));
    const CaseFacts facts = CaseFacts::from(*decoded.value, raw, {pending}, TimeDisplay(), {});
    QCOMPARE(facts.notes.size(), 3);
    QCOMPARE(facts.notes.at(0).text, u"first"_s);
    QCOMPARE(facts.notes.at(0).author, u"Provider"_s);
    QCOMPARE(facts.notes.at(1).text, u"second"_s);
    QVERIFY(facts.notes.at(1).internal);
    QVERIFY(facts.notes.at(2).pending);
}

void TestCaseFacts::closedCaseSaysWhyItCannotBeCancelledOrNoted()
{
    const QByteArray raw = R"({"status":"CLOSED","otherDetails":{"cancellable":false,"modifiable":false}})";
    const auto decoded = decodeJson<Case>(raw);
    const CaseFacts facts = CaseFacts::from(*decoded.value, raw, {}, TimeDisplay(), {});
    QVERIFY(facts.cancelBlockedReason.contains(u"closed"));
    QVERIFY(facts.noteBlockedReason.contains(u"closed"));
}

void TestCaseFacts::unknownStatusIsShownRaw()
{
    const QByteArray raw = R"({"status":"ON_HOLD"})";
    const auto decoded = decodeJson<Case>(raw);
    const CaseFacts facts = CaseFacts::from(*decoded.value, raw, {}, TimeDisplay(), {});
    QCOMPARE(facts.statusLabel, u"ON_HOLD"_s);
}

void TestCaseFacts::siteTimeUsesTheIbxZone()
{
    const QDateTime noonUtc(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    const TimeDisplay site(TimeDisplay::Mode::Site, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(site.format(noonUtc, u"AM5"_s).contains(u"14:00")); // CEST
    QVERIFY(site.format(noonUtc, u"AM5"_s).contains(u"AM5"));
    QVERIFY(site.format(noonUtc, u"SV5"_s).contains(u"05:00")); // PDT
    const TimeDisplay utc(TimeDisplay::Mode::Utc, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(utc.format(noonUtc).contains(u"12:00"));
    QCOMPARE(TimeDisplay::modeFromKey(TimeDisplay::modeKey(TimeDisplay::Mode::Site)), TimeDisplay::Mode::Site);
}

QTEST_GUILESS_MAIN(TestCaseFacts)
#include "tst_casefacts.moc"

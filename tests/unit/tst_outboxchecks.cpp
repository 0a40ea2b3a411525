#include "models/offline/OutboxChecks.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The questions that decide whether a lost write is sent again. A hit is ours only if it matches exactly (the
 * whole reference; a customer note with the same text), the server did not hold it before the first attempt
 * (baseline), no other outbox item claims it, and the server made it since the attempt on its own clock.
 */
class TestOutboxChecks : public QObject
{
    Q_OBJECT

private slots:
    void createIsFoundOnlyIfNewSinceTheAttempt_data();
    void createIsFoundOnlyIfNewSinceTheAttempt();
    void baselineListsTheCasesWithTheWholeReference();
    void noteIsFoundOnlyIfNewSinceTheAttempt_data();
    void noteIsFoundOnlyIfNewSinceTheAttempt();
    void baselineListsTheNotesWithTheSameText();
    void cancelIsFoundByStatus();
    void searchAsksForTheReferenceNewestFirst();
    void laterPagesAreSearchedOnlyWhileHitsAreRecent_data();
    void laterPagesAreSearchedOnlyWhileHitsAreRecent();
};

namespace
{
const qint64 kSent = 1764331200000; // 2025-11-28T12:00:00Z on the server's clock
const QString kGenerated = u"CD-20251128-4F7A2C"_s;

OrderHeader hit(const QString& number, const QStringList& references, std::optional<qint64> createdMs)
{
    OrderHeader header;
    header.orderNumber = number;
    header.customerReferenceNumbers = references;
    if (createdMs)
        header.createdAt = Timestamp(QDateTime::fromMSecsSinceEpoch(*createdMs, Qt::UTC));
    return header;
}

OutboxChecks::Evidence evidence(const QStringList& known = {}, const QStringList& claimed = {},
                                std::optional<qint64> sent = kSent)
{
    ArrivalBaseline baseline;
    baseline.knownIds = known;
    baseline.serverSentMs = sent;
    return {baseline, claimed};
}

CaseNote customerNote(const QString& id, const QString& text, qint64 createdMs,
                      const QString& type = u"CUSTOMER_NOTES"_s)
{
    CaseNote note;
    if (!id.isEmpty())
        note.id = id;
    note.text = text;
    note.type = type;
    note.createdDateTime = Timestamp(QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC));
    return note;
}
} // namespace

Q_DECLARE_METATYPE(OutboxChecks::Evidence)

void TestOutboxChecks::createIsFoundOnlyIfNewSinceTheAttempt_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QList<OrderHeader>>("hits");
    QTest::addColumn<OutboxChecks::Evidence>("evidence");
    QTest::addColumn<QString>("found");
    QTest::newRow("exact, just created") << kGenerated << QList{hit(u"20000001"_s, {kGenerated}, kSent + 500)}
                                         << evidence() << u"20000001"_s;
    QTest::newRow("case-insensitive") << kGenerated << QList{hit(u"20000001"_s, {kGenerated.toLower()}, kSent)}
                                      << evidence() << u"20000001"_s;
    QTest::newRow("trouble ticket's order number")
        << kGenerated << QList{hit(u"1-234567890123"_s, {kGenerated}, kSent)} << evidence() << u"1-234567890123"_s;
    QTest::newRow("a longer reference containing ours")
        << kGenerated << QList{hit(u"20000001"_s, {kGenerated + u"-2"_s}, kSent)} << evidence() << QString();
    QTest::newRow("the user's own reference on an old case")
        << u"PO-4711"_s << QList{hit(u"20000001"_s, {u"PO-4711"_s}, kSent - 2LL * 24 * 3600 * 1000)} << evidence()
        << QString();
    QTest::newRow("the same reference five minutes before: someone else's")
        << u"PO-4711"_s << QList{hit(u"20000002"_s, {u"PO-4711"_s}, kSent - 5 * 60 * 1000)} << evidence() << QString();
    QTest::newRow("within the whole-second tolerance")
        << u"PO-4711"_s << QList{hit(u"20000002"_s, {u"PO-4711"_s}, kSent - 1500)} << evidence() << u"20000002"_s;
    QTest::newRow("held before the attempt (baseline), however new it looks")
        << u"PO-4711"_s << QList{hit(u"20000002"_s, {u"PO-4711"_s}, kSent + 500)} << evidence({u"20000002"_s})
        << QString();
    QTest::newRow("made on purpose by an earlier item (claimed)")
        << u"PO-4711"_s << QList{hit(u"20000002"_s, {u"PO-4711"_s}, kSent + 500)} << evidence({}, {u"20000002"_s})
        << QString();
    QTest::newRow("ours next to a claimed and a known one")
        << u"PO-4711"_s
        << QList{hit(u"20000005"_s, {u"PO-4711"_s}, kSent + 900), hit(u"20000004"_s, {u"PO-4711"_s}, kSent + 800),
                 hit(u"20000003"_s, {u"PO-4711"_s}, kSent + 700)}
        << evidence({u"20000005"_s}, {u"20000004"_s}) << u"20000003"_s;
    QTest::newRow("no date, not in the baseline: ours")
        << u"PO-4711"_s << QList{hit(u"20000003"_s, {u"PO-4711"_s}, std::nullopt)} << evidence() << u"20000003"_s;
    QTest::newRow("no date, in the baseline") << u"PO-4711"_s << QList{hit(u"20000003"_s, {u"PO-4711"_s}, std::nullopt)}
                                              << evidence({u"20000003"_s}) << QString();
    QTest::newRow("hit without an order number")
        << kGenerated << QList{hit(QString(), {kGenerated}, kSent)} << evidence() << QString();
    QTest::newRow("nothing") << kGenerated << QList<OrderHeader>{} << evidence() << QString();
    // A damaged outbox file can hold any send time; sent - tolerance overflowed for this one (UBSan).
    QTest::newRow("stored send time at qint64's minimum")
        << kGenerated << QList{hit(u"20000001"_s, {kGenerated}, kSent)}
        << evidence({}, {}, std::numeric_limits<qint64>::min()) << u"20000001"_s;
    QTest::newRow("empty reference never matches")
        << QString() << QList{hit(u"20000001"_s, {QString()}, kSent)} << evidence() << QString();
}

void TestOutboxChecks::createIsFoundOnlyIfNewSinceTheAttempt()
{
    QFETCH(QString, reference);
    QFETCH(QList<OrderHeader>, hits);
    QFETCH(OutboxChecks::Evidence, evidence);
    QFETCH(QString, found);
    OrderHistoryPage page;
    page.content = hits;
    const auto result = OutboxChecks::findCreated(page, reference, evidence);
    QCOMPARE(result ? result->id : QString(), found);
    if (result)
        QCOMPARE(result->type, found.startsWith(u"1-"_s) ? u"TROUBLE"_s : u"CASE"_s);
}

void TestOutboxChecks::baselineListsTheCasesWithTheWholeReference()
{
    OrderHistoryPage page;
    page.content = QList{hit(u"20000001"_s, {u"PO-4711"_s}, kSent), hit(u"20000002"_s, {u"PO-47111"_s}, kSent),
                         hit(QString(), {u"PO-4711"_s}, kSent), hit(u"20000003"_s, {u"x"_s, u"po-4711"_s}, kSent)};
    QCOMPARE(OutboxChecks::idsWithReference(page, u"PO-4711"_s), (QStringList{u"20000001"_s, u"20000003"_s}));
    QCOMPARE(OutboxChecks::idsWithReference(OrderHistoryPage{}, u"PO-4711"_s), QStringList());
}

void TestOutboxChecks::noteIsFoundOnlyIfNewSinceTheAttempt_data()
{
    QTest::addColumn<QList<CaseNote>>("notes");
    QTest::addColumn<OutboxChecks::Evidence>("evidence");
    QTest::addColumn<QString>("found"); // "-": not found
    const QString text = u"Door code 4711"_s;
    QTest::newRow("same text, after sending")
        << QList{customerNote(u"N-9"_s, text, kSent + 1000)} << evidence() << u"N-9"_s;
    QTest::newRow("same text, spaces trimmed by the server")
        << QList{customerNote(u"N-9"_s, u"  Door code 4711 "_s, kSent)} << evidence() << u"N-9"_s;
    QTest::newRow("same text, a week before")
        << QList{customerNote(u"N-9"_s, text, kSent - 7LL * 24 * 3600 * 1000)} << evidence() << u"-"_s;
    QTest::newRow("same text a minute before: sent on purpose earlier")
        << QList{customerNote(u"N-8"_s, text, kSent - 60000)} << evidence() << u"-"_s;
    QTest::newRow("provider's note with the same text")
        << QList{customerNote(u"N-9"_s, text, kSent + 1000, u"RESOLUTION_NOTES"_s)} << evidence() << u"-"_s;
    QTest::newRow("other text") << QList{customerNote(u"N-9"_s, u"Door code 4712"_s, kSent + 1000)} << evidence()
                                << u"-"_s;
    QTest::newRow("in the baseline") << QList{customerNote(u"N-9"_s, text, kSent + 1000)} << evidence({u"N-9"_s})
                                     << u"-"_s;
    QTest::newRow("claimed by the same text sent on purpose")
        << QList{customerNote(u"N-9"_s, text, kSent + 1000), customerNote(u"N-10"_s, text, kSent + 2000)}
        << evidence({}, {u"N-9"_s}) << u"N-10"_s;
    QTest::newRow("no id: known by its time")
        << QList{customerNote(QString(), text, kSent + 1000)}
        << evidence({u"@"_s + Timestamp(QDateTime::fromMSecsSinceEpoch(kSent + 1000, Qt::UTC)).toString()}) << u"-"_s;
    QTest::newRow("no id, new: found without one")
        << QList{customerNote(QString(), text, kSent + 1000)} << evidence() << QString();
    QTest::newRow("no notes at all") << QList<CaseNote>{} << evidence() << u"-"_s;
}

void TestOutboxChecks::noteIsFoundOnlyIfNewSinceTheAttempt()
{
    QFETCH(QList<CaseNote>, notes);
    QFETCH(OutboxChecks::Evidence, evidence);
    QFETCH(QString, found);
    Case answer;
    answer.notes = notes;
    const auto result = OutboxChecks::findNote(answer, u"Door code 4711"_s, evidence);
    QCOMPARE(result.has_value(), found != u"-"_s);
    if (result)
        QCOMPARE(*result, found);
}

void TestOutboxChecks::baselineListsTheNotesWithTheSameText()
{
    Case answer;
    answer.notes =
        QList{customerNote(u"N-1"_s, u"Door code 4711"_s, kSent), customerNote(u"N-2"_s, u"Door code"_s, kSent),
              customerNote(u"N-3"_s, u"Door code 4711"_s, kSent, u"PROVIDER_NOTES"_s),
              customerNote(u"N-4"_s, u" Door code 4711"_s, kSent)};
    QCOMPARE(OutboxChecks::noteIdsWithText(answer, u"Door code 4711"_s), (QStringList{u"N-1"_s, u"N-4"_s}));
}

void TestOutboxChecks::cancelIsFoundByStatus()
{
    Case answer;
    QVERIFY(!OutboxChecks::isCancelled(answer));
    answer.status = u"IN_PROGRESS"_s;
    QVERIFY(!OutboxChecks::isCancelled(answer));
    answer.status = u"CANCELLED"_s;
    QVERIFY(OutboxChecks::isCancelled(answer));
}

void TestOutboxChecks::searchAsksForTheReferenceNewestFirst()
{
    const OrderHistoryQuery query = OutboxChecks::referenceQuery(kGenerated);
    QCOMPARE(query.q.value_or(QString()), kGenerated);
    QCOMPARE(query.source.value_or(QStringList()), QStringList{u"CUSTOMER_REFERENCE_NUMBER"_s});
    QCOMPARE(query.sorts->at(0).name, u"CREATED_ON"_s);
    QCOMPARE(query.sorts->at(0).direction, u"DESC"_s);
}

void TestOutboxChecks::laterPagesAreSearchedOnlyWhileHitsAreRecent_data()
{
    QTest::addColumn<qint64>("oldestOnPage");
    QTest::addColumn<qint64>("totalPages");
    QTest::addColumn<bool>("more");
    QTest::addColumn<qint64>("sent");
    QTest::newRow("recent hits, more pages") << kSent + 1000 << qint64(3) << true << kSent;
    QTest::newRow("older hits already: later pages are older still") << kSent - 3600000 << qint64(3) << false << kSent;
    QTest::newRow("last page") << kSent + 1000 << qint64(1) << false << kSent;
    // sent - tolerance overflowed for this one (UBSan).
    QTest::newRow("stored send time at qint64's minimum")
        << kSent - 3600000 << qint64(3) << true << std::numeric_limits<qint64>::min();
}

void TestOutboxChecks::laterPagesAreSearchedOnlyWhileHitsAreRecent()
{
    QFETCH(qint64, oldestOnPage);
    QFETCH(qint64, totalPages);
    QFETCH(bool, more);
    QFETCH(qint64, sent);
    OrderHistoryPage page;
    page.content =
        QList{hit(u"20000009"_s, {u"PO-17"_s}, kSent + 2000), hit(u"20000008"_s, {u"PO-18"_s}, oldestOnPage)};
    page.page = OrderHistoryPage::PageInfo{50, 120, totalPages, 0, {}};
    QCOMPARE(OutboxChecks::mayFindOnLaterPage(page, sent), more);
    QCOMPARE(OutboxChecks::referenceQuery(u"PO-1"_s, 2).page->number, std::optional<qint64>(2));
}

QTEST_GUILESS_MAIN(TestOutboxChecks)
#include "tst_outboxchecks.moc"

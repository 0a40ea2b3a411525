#include "models/offline/OutboxChecks.h"

#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The questions that decide whether a lost write is sent again: the order-history hit must carry exactly
 * the create's reference and be recent; the note must be a customer note with the same text, made since the
 * first attempt; the cancel must show CANCELLED. Everything else counts as "not there".
 */
class TestOutboxChecks : public QObject
{
    Q_OBJECT

private slots:
    void createIsFoundOnlyByItsWholeRecentReference_data();
    void createIsFoundOnlyByItsWholeRecentReference();
    void noteIsFoundByTextTypeAndTime_data();
    void noteIsFoundByTextTypeAndTime();
    void cancelIsFoundByStatus();
    void searchAsksForTheReferenceNewestFirst();
    void laterPagesAreSearchedOnlyWhileHitsAreRecent_data();
    void laterPagesAreSearchedOnlyWhileHitsAreRecent();
};

namespace
{
const qint64 kSent = 1764331200000; // 2025-11-28T12:00:00Z
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
} // namespace

void TestOutboxChecks::createIsFoundOnlyByItsWholeRecentReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QList<OrderHeader>>("hits");
    QTest::addColumn<QString>("found");
    QTest::newRow("exact, just created") << kGenerated << QList{hit(u"20000001"_s, {kGenerated}, kSent + 500)}
                                         << u"20000001"_s;
    QTest::newRow("case-insensitive") << kGenerated << QList{hit(u"20000001"_s, {kGenerated.toLower()}, kSent)}
                                      << u"20000001"_s;
    QTest::newRow("trouble ticket's order number")
        << kGenerated << QList{hit(u"1-234567890123"_s, {kGenerated}, kSent)} << u"1-234567890123"_s;
    QTest::newRow("a longer reference containing ours")
        << kGenerated << QList{hit(u"20000001"_s, {kGenerated + u"-2"_s}, kSent)} << QString();
    QTest::newRow("the user's own reference on an old case")
        << u"PO-4711"_s << QList{hit(u"20000001"_s, {u"PO-4711"_s}, kSent - 2LL * 24 * 3600 * 1000)} << QString();
    QTest::newRow("clock skew within ten minutes")
        << u"PO-4711"_s << QList{hit(u"20000002"_s, {u"PO-4711"_s}, kSent - 5 * 60 * 1000)} << u"20000002"_s;
    QTest::newRow("no date: only a generated reference counts")
        << kGenerated << QList{hit(u"20000003"_s, {kGenerated}, std::nullopt)} << u"20000003"_s;
    QTest::newRow("no date, user's reference")
        << u"PO-4711"_s << QList{hit(u"20000003"_s, {u"PO-4711"_s}, std::nullopt)} << QString();
    QTest::newRow("hit without an order number")
        << kGenerated << QList{hit(QString(), {kGenerated}, kSent)} << QString();
    QTest::newRow("nothing") << kGenerated << QList<OrderHeader>{} << QString();
    QTest::newRow("empty reference never matches")
        << QString() << QList{hit(u"20000001"_s, {QString()}, kSent)} << QString();
}

void TestOutboxChecks::createIsFoundOnlyByItsWholeRecentReference()
{
    QFETCH(QString, reference);
    QFETCH(QList<OrderHeader>, hits);
    QFETCH(QString, found);
    OrderHistoryPage page;
    page.content = hits;
    const auto result = OutboxChecks::findCreated(page, reference, kSent);
    QCOMPARE(result ? result->id : QString(), found);
    if (result)
        QCOMPARE(result->type, found.startsWith(u"1-"_s) ? u"TROUBLE"_s : u"CASE"_s);
}

void TestOutboxChecks::noteIsFoundByTextTypeAndTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("createdMs");
    QTest::addColumn<bool>("found");
    QTest::newRow("same text, after sending") << u"Door code 4711"_s << u"CUSTOMER_NOTES"_s << kSent + 1000 << true;
    QTest::newRow("same text, spaces trimmed by the server")
        << u"  Door code 4711 "_s << u"CUSTOMER_NOTES"_s << kSent << true;
    QTest::newRow("same text, a week before")
        << u"Door code 4711"_s << u"CUSTOMER_NOTES"_s << kSent - 7LL * 24 * 3600 * 1000 << false;
    QTest::newRow("provider's note with the same text")
        << u"Door code 4711"_s << u"RESOLUTION_NOTES"_s << kSent + 1000 << false;
    QTest::newRow("other text") << u"Door code 4712"_s << u"CUSTOMER_NOTES"_s << kSent + 1000 << false;
}

void TestOutboxChecks::noteIsFoundByTextTypeAndTime()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(qint64, createdMs);
    QFETCH(bool, found);
    CaseNote note;
    note.id = u"N-9"_s;
    note.text = text;
    note.type = type;
    note.createdDateTime = Timestamp(QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC));
    Case answer;
    answer.notes = QList<CaseNote>{note};
    const auto result = OutboxChecks::findNote(answer, u"Door code 4711"_s, kSent);
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(*result, u"N-9"_s);
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
    QTest::newRow("recent hits, more pages") << kSent + 1000 << qint64(3) << true;
    QTest::newRow("older hits already: later pages are older still") << kSent - 3600000 << qint64(3) << false;
    QTest::newRow("last page") << kSent + 1000 << qint64(1) << false;
}

void TestOutboxChecks::laterPagesAreSearchedOnlyWhileHitsAreRecent()
{
    QFETCH(qint64, oldestOnPage);
    QFETCH(qint64, totalPages);
    QFETCH(bool, more);
    OrderHistoryPage page;
    page.content =
        QList{hit(u"20000009"_s, {u"PO-17"_s}, kSent + 2000), hit(u"20000008"_s, {u"PO-18"_s}, oldestOnPage)};
    page.page = OrderHistoryPage::PageInfo{50, 120, totalPages, 0, {}};
    QCOMPARE(OutboxChecks::mayFindOnLaterPage(page, kSent), more);
    QCOMPARE(OutboxChecks::referenceQuery(u"PO-1"_s, 2).page->number, std::optional<qint64>(2));
}

QTEST_GUILESS_MAIN(TestOutboxChecks)
#include "tst_outboxchecks.moc"

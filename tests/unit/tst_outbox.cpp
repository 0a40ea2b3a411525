#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/offline/OfflineTables.h"
#include "models/offline/Outbox.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * The outbox as values and as a persistent, ordered list: items decode or are reported, keep their creation
 * order across restarts, take their draft with them in one transaction, give it back on refusal, and an item
 * a crash left "sending" comes back flagged so it is looked up before it is sent again.
 */
class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void itemSurvivesJsonRoundTrip_data();
    void itemSurvivesJsonRoundTrip();
    void storedTimesAreBroughtIntoRange_data();
    void storedTimesAreBroughtIntoRange();
    void malformedItemIsReportedNotDecoded_data();
    void malformedItemIsReportedNotDecoded();

    void itemsKeepCreationOrderAcrossRestarts();
    void enqueueTakesTheDraftInTheSameTransaction();
    void returnToDraftGivesTheDraftBackWithItsId();
    void itemLeftSendingByACrashComesBackFlagged();
    void deliveredItemsAreForgottenAfterAWeek();
    void unreadableItemIsListedAsPending();
    void everyCreateCarriesAReference();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace
{
// One open store with its drafts and outbox, loaded.
struct Services
{
    OfflineStore store;
    DraftStore drafts{&store};
    Outbox outbox{&store, &drafts};

    bool open(const QString& path)
    {
        return OfflineFixtures::open(store, path)
               && QTest::qWaitFor([this] { return drafts.isLoaded() && outbox.isLoaded(); });
    }
    std::optional<OutboxItem> enqueue(const OutboxItem& item)
    {
        std::optional<OutboxItem> stored;
        bool done = false;
        outbox.enqueue(item, nullptr, [&](const std::optional<OutboxItem>& result, const QString&) {
            stored = result;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }) ? stored : std::nullopt;
    }
    bool update(const OutboxItem& item)
    {
        std::optional<bool> ok;
        outbox.update(item, nullptr, [&](bool result, const QString&) { ok = result; });
        return QTest::qWaitFor([&] { return ok.has_value(); }) && ok.value_or(false);
    }
};
} // namespace

void TestOutbox::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"casedesk.sqlite"_s);
}

void TestOutbox::itemSurvivesJsonRoundTrip_data()
{
    QTest::addColumn<OutboxItem>("item");
    OutboxItem create = Outbox::forCreate(caseDraft(u"No power"_s), u"draft-1"_s);
    create.maybeSent = true;
    create.firstAttemptMs = 1700000000000;
    create.attempts = 2;
    create.reason = u"The server cannot be reached."_s;
    QTest::newRow("create, may have been sent") << create;

    OutboxItem note = Outbox::forNote(u"11150929"_s, NoteRequest{u"Photos"_s, {}, u"INTERNAL"_s},
                                      {DraftAttachment{u"/s/named/ab/p.png"_s, u"p.png"_s, {}, {}}}, u"d"_s, u"p"_s);
    QTest::newRow("note with a file") << note;

    OutboxItem cancel = Outbox::forCancel(u"11150929"_s, CancelRequest{u"Raised twice"_s});
    cancel.state = OutboxItem::State::Delivered;
    cancel.resultId = u"11150929"_s;
    QTest::newRow("delivered cancel") << cancel;
}

void TestOutbox::itemSurvivesJsonRoundTrip()
{
    QFETCH(OutboxItem, item);
    const Decoded<OutboxItem> back = decodeJson<OutboxItem>(item.toBytes());
    QVERIFY2(back.ok(), qPrintable(describeDecodeErrors(back.errors)));
    QCOMPARE(*back.value, item);
}

void TestOutbox::storedTimesAreBroughtIntoRange_data()
{
    QTest::addColumn<QByteArray>("times");
    QTest::addColumn<qint64>("createdMs");
    QTest::addColumn<qint64>("firstAttemptMs");
    constexpr qint64 kLatest = 253402300799999; // 9999-12-31T23:59:59.999Z
    QTest::newRow("ordinary") << QByteArray(R"("createdMs":1700000000000,"firstAttemptMs":1700000001000)")
                              << qint64(1700000000000) << qint64(1700000001000);
    // A damaged file: since - skew and now - created overflowed with these.
    QTest::newRow("smallest qint64") << QByteArray(
        R"("createdMs":-9223372036854775808,"firstAttemptMs":-9223372036854775808)")
                                     << qint64(0) << qint64(0);
    QTest::newRow("before 1970") << QByteArray(R"("createdMs":-1,"firstAttemptMs":-600001)") << qint64(0) << qint64(0);
    QTest::newRow("largest qint64") << QByteArray(
        R"("createdMs":9223372036854775807,"firstAttemptMs":9223372036854775807)")
                                    << kLatest << kLatest;
}

void TestOutbox::storedTimesAreBroughtIntoRange()
{
    QFETCH(QByteArray, times);
    QFETCH(qint64, createdMs);
    QFETCH(qint64, firstAttemptMs);
    const QByteArray bytes = R"({"id":"i","kind":"cancel","state":"waiting","cancel":{"reason":"r"},)"
                             R"("caseNumber":"1","reference":"","draftId":"","pendingNoteId":"",)"
                             + times + "}";
    const Decoded<OutboxItem> decoded = decodeJson<OutboxItem>(bytes);
    QVERIFY2(decoded.ok(), qPrintable(describeDecodeErrors(decoded.errors)));
    QCOMPARE(decoded.value->createdMs, createdMs);
    QCOMPARE(decoded.value->updatedMs, createdMs);
    QCOMPARE(decoded.value->firstAttemptMs, firstAttemptMs);
}

void TestOutbox::malformedItemIsReportedNotDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    const QByteArray tail = R"("caseNumber":"1","reference":"","draftId":"","pendingNoteId":"")";
    QTest::newRow("not JSON") << QByteArray("{\"id\":") << u"$"_s;
    QTest::newRow("unknown state") << QByteArray(R"({"id":"i","kind":"cancel","state":"lost","cancel":{"reason":"r"},)"
                                                 + tail + "}")
                                   << u"state"_s;
    QTest::newRow("no state") << QByteArray(R"({"id":"i","kind":"cancel","cancel":{"reason":"r"},)" + tail + "}")
                              << u"state"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"id":"i","kind":"fax","state":"waiting",)" + tail + "}")
                                  << u"kind"_s;
    QTest::newRow("note without its request")
        << QByteArray(R"({"id":"i","kind":"note","state":"waiting",)" + tail + "}") << u"note"_s;
    QTest::newRow("create without its draft")
        << QByteArray(R"({"id":"i","kind":"create","state":"waiting",)" + tail + "}") << u"case"_s;
    QTest::newRow("attempts as text") << QByteArray(
        R"({"id":"i","kind":"cancel","state":"waiting","attempts":"two","cancel":{"reason":"r"},)" + tail + "}")
                                      << u"attempts"_s;
    QTest::newRow("no draft id") << QByteArray(
        R"({"id":"i","kind":"cancel","state":"waiting","cancel":{"reason":"r"},"caseNumber":"1","reference":"","pendingNoteId":""})")
                                 << u"draftId"_s;
}

void TestOutbox::malformedItemIsReportedNotDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    const Decoded<OutboxItem> decoded = decodeJson<OutboxItem>(bytes);
    QVERIFY(!decoded.ok());
    QStringList paths;
    for (const DecodeError& error : decoded.errors)
        paths << error.path;
    QVERIFY2(paths.contains(path), qPrintable(paths.join(u", ")));
}

void TestOutbox::itemsKeepCreationOrderAcrossRestarts()
{
    QStringList ids;
    {
        Services services;
        QVERIFY(services.open(m_path));
        for (const OutboxItem& item : {Outbox::forCreate(caseDraft(u"one"_s), {}),
                                       Outbox::forNote(u"2"_s, NoteRequest{u"two"_s, {}, {}}, {}, {}, {}),
                                       Outbox::forCancel(u"3"_s, CancelRequest{u"three"_s})}) {
            const auto stored = services.enqueue(item);
            QVERIFY(stored);
            ids << stored->id;
        }
    }
    Services services;
    QVERIFY(services.open(m_path));
    QStringList order;
    qint64 previous = 0;
    for (const StoredOutboxItem& entry : services.outbox.entries()) {
        order << entry.id;
        QVERIFY(entry.sequence > previous);
        previous = entry.sequence;
    }
    QCOMPARE(order, ids);
    QCOMPARE(services.outbox.pendingCount(), 3);
}

void TestOutbox::enqueueTakesTheDraftInTheSameTransaction()
{
    Services services;
    QVERIFY(services.open(m_path));
    services.drafts.save(Draft::forCase(caseDraft(u"Submit me"_s), u"d-9"_s));
    QTRY_COMPARE(services.drafts.count(), 1);
    {
        // The store refuses to let the draft go: the item written before it in the same transaction must go
        // too. Written in two transactions, the item would stay while its draft stays as well.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(u"CREATE TRIGGER keep_drafts BEFORE DELETE ON drafts BEGIN SELECT RAISE(ABORT, 'kept'); END"_s),
            qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"trigger"_s);
    QVERIFY(!services.enqueue(Outbox::forCreate(caseDraft(u"Submit me"_s), u"d-9"_s)));
    {
        Services fresh;
        QVERIFY(fresh.open(m_path));
        QCOMPARE(fresh.drafts.count(), 1);
        QCOMPARE(fresh.outbox.entries().size(), 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TRIGGER keep_drafts"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"trigger"_s);

    // Without the trigger the move happens, both halves of it.
    const auto stored = services.enqueue(Outbox::forCreate(caseDraft(u"Submit me"_s), u"d-9"_s));
    QVERIFY(stored);
    QTRY_COMPARE(services.drafts.count(), 0);
    Services fresh;
    QVERIFY(fresh.open(m_path));
    QCOMPARE(fresh.drafts.count(), 0);
    QCOMPARE(fresh.outbox.entries().size(), 1);
    QCOMPARE(fresh.outbox.entries().at(0).item->draftId, u"d-9"_s);
}

void TestOutbox::returnToDraftGivesTheDraftBackWithItsId()
{
    Services services;
    QVERIFY(services.open(m_path));
    const auto stored = services.enqueue(Outbox::forCreate(caseDraft(u"Too short"_s), u"d-5"_s));
    QVERIFY(stored);
    Draft back = Draft::forCase(*stored->caseDraft, u"d-5"_s);
    back.setRefusal(u"Refused"_s, {{u"description"_s, u"Too short."_s}});
    std::optional<bool> ok;
    services.outbox.returnToDraft(stored->id, back, nullptr, [&](bool result, const QString&) { ok = result; });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(*ok);
    QCOMPARE(services.outbox.entries().size(), 0);
    QTRY_VERIFY(services.drafts.find(u"d-5"_s).has_value());
    QCOMPARE(services.drafts.find(u"d-5"_s)->violations().at(0).path, u"description"_s);
}

void TestOutbox::itemLeftSendingByACrashComesBackFlagged()
{
    QString id;
    {
        Services services;
        QVERIFY(services.open(m_path));
        auto stored = services.enqueue(Outbox::forCreate(caseDraft(u"in flight"_s), {}));
        QVERIFY(stored);
        id = stored->id;
        stored->state = OutboxItem::State::Sending; // what the write-ahead leaves before a request goes out
        stored->maybeSent = true;
        QVERIFY(services.update(*stored));
    }
    Services services;
    QVERIFY(services.open(m_path));
    const std::optional<OutboxItem> item = services.outbox.find(id);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::Waiting);
    QVERIFY(item->mayHaveBeenSent());
    QVERIFY(item->reason && !item->reason->isEmpty());
}

void TestOutbox::deliveredItemsAreForgottenAfterAWeek()
{
    {
        Services services;
        QVERIFY(services.open(m_path));
        for (const QString& text : {u"recent"_s, u"old"_s, u"old but not delivered"_s}) {
            auto stored = services.enqueue(Outbox::forCancel(text, CancelRequest{text}));
            QVERIFY(stored);
            if (text != u"old but not delivered"_s)
                stored->state = OutboxItem::State::Delivered;
            QVERIFY(services.update(*stored));
        }
    }
    const qint64 eightDaysAgo = QDateTime::currentMSecsSinceEpoch() - 8LL * 24 * 3600 * 1000;
    QVERIFY(runSql(m_path, {u"UPDATE outbox SET updated_ms = %1 WHERE case_number LIKE 'old%'"_s.arg(eightDaysAgo)}));
    Services services;
    QVERIFY(services.open(m_path));
    QStringList left;
    for (const StoredOutboxItem& entry : services.outbox.entries())
        left << entry.item->caseNumber;
    QCOMPARE(left, (QStringList{u"recent"_s, u"old but not delivered"_s}));
}

void TestOutbox::unreadableItemIsListedAsPending()
{
    {
        Services services;
        QVERIFY(services.open(m_path));
    }
    QVERIFY(
        runSql(m_path, {u"INSERT INTO outbox (id, kind, state, body) VALUES ('bad', 'note', 'waiting', 'garbage')"_s}));
    Services services;
    QVERIFY(services.open(m_path));
    QCOMPARE(services.outbox.entries().size(), 1);
    QVERIFY(!services.outbox.entries().at(0).item);
    QVERIFY(!services.outbox.entries().at(0).problem.isEmpty());
    QCOMPARE(services.outbox.pendingCount(), 1);
    QCOMPARE(services.outbox.failedCount(), 1);
}

void TestOutbox::everyCreateCarriesAReference()
{
    CaseDraft draft = caseDraft(u"no reference at all"_s, QString());
    const OutboxItem item = Outbox::forCreate(draft, {});
    QVERIFY(!item.reference.isEmpty());
    QCOMPARE(item.caseDraft->requestToSend().customerReferenceId.value_or(QString()), item.reference);

    draft.request.customerReferenceId = u"PO-4711"_s;
    QCOMPARE(Outbox::forCreate(draft, {}).reference, u"PO-4711"_s);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

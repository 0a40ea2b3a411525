#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "tests/support/FakeOutboxServer.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

Q_DECLARE_METATYPE(CaseDesk::FakeOutboxServer::Fault)

namespace
{
const QString kCase = u"11150929"_s;

// The offline services of one app run, over the fake server, with short pauses.
struct App
{
    explicit App(FakeOutboxServer* server)
        : services(nullptr, nullptr, nullptr, server)
    {
        // A lost write is looked for 300 ms after its last try, asking every 20 ms.
        services.setTiming({20, 100, 20, 100, 300, 20});
        services.monitor()->setProbe([server](QObject* context, ConnectivityMonitor::ProbeDone done) {
            QTimer::singleShot(0, context, [server, done] {
                done(server->reachable ? ApiError() : ApiError::make(ApiError::Kind::Offline));
            });
        });
    }
    bool open(const QString& path)
    {
        QSignalSpy loaded(&services, &OfflineServices::loaded);
        services.open(path);
        return loaded.wait(10000);
    }
    OutboxSender* sender() { return services.sender(); }
    Outbox* outbox() { return services.outbox(); }
    std::optional<OutboxItem> only() const
    {
        const QList<StoredOutboxItem> entries = services.outbox()->entries();
        return entries.size() == 1 ? entries.at(0).item : std::nullopt;
    }
    bool allDelivered() const
    {
        const QList<StoredOutboxItem> entries = services.outbox()->entries();
        return !entries.isEmpty() && std::all_of(entries.cbegin(), entries.cend(), [](const StoredOutboxItem& e) {
            return e.item && e.item->state == OutboxItem::State::Delivered;
        });
    }

    OfflineServices services;
};
} // namespace

/*
 * The sender over a fake server: order, offline queueing, the exactly-once checks after a lost answer or a
 * kill, refusals back to drafts, failures that wait for the user, and the outbox view's actions.
 */
class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void deliversOneAtATimeInCreationOrder();
    void offlineSubmissionIsQueuedThenDeliveredOnce();
    void createWhoseAnswerWasLostIsFoundNotSentAgain();
    void noteWhoseAnswerWasLostIsFoundByItsText();
    void cancelWhoseAnswerWasLostIsFoundByTheStatus();
    void replayRefusedWith400BecomesDraftWithTheErrorOnItsField();
    void refusalWhileTheAuthorWatchesGoesBackToTheirDraft();
    void replayForbiddenWaitsAsFailedUntilSentAgain();
    void answerThatMayHideADoneWriteIsCheckedFirst_data();
    void answerThatMayHideADoneWriteIsCheckedFirst();
    void tooManyRequestsWaitsAndIsNeverARefusal();
    void aCaseMadeOnPurposeWithTheSameReferenceIsNotTakenForTheLostOne();
    void aCaseThatExistedBeforeTheFirstTryIsNotTakenForIt();
    void theServersClockDecidesWhatIsNew();
    void itemLeftSendingByAnEndedRunIsCheckedBeforeResending_data();
    void itemLeftSendingByAnEndedRunIsCheckedBeforeResending();
    void itemThatMayHaveBeenSentCannotBeEdited();
    void editAndDiscardOfAWaitingItem();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FakeOutboxServer* m_server = nullptr;
    std::unique_ptr<FakeOutboxServer> m_serverOwner;
};

void TestOutboxSender::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOutboxSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"casedesk.sqlite"_s);
    m_serverOwner = std::make_unique<FakeOutboxServer>();
    m_server = m_serverOwner.get();
    m_server->statuses.insert(kCase, u"IN_PROGRESS"_s);
}

void TestOutboxSender::deliversOneAtATimeInCreationOrder()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    QList<OutboxOutcome> outcomes;
    auto record = [&](const OutboxOutcome& outcome) {
        outcomes << outcome;
    };
    app.sender()->submitCreate(caseDraft(u"first"_s, u"CD-20261128-000001"_s), {}, this, record);
    app.sender()->submitNote(kCase, NoteRequest{u"second"_s, {}, {}}, {}, {}, this, record);
    app.sender()->submitCancel(kCase, CancelRequest{u"third"_s}, this, record);
    QTRY_VERIFY(app.allDelivered());
    // The writes, in order (each note and create is preceded by a read of what the server holds already).
    const QStringList writes = m_server->log.filter(QRegularExpression(u"^(create|note|cancel):"_s));
    QCOMPARE(writes, (QStringList{u"create:CD-20261128-000001"_s, u"note:"_s + kCase, u"cancel:"_s + kCase}));
    QCOMPARE(outcomes.size(), 3);
    // The first went at once and its author heard so; the two behind it were told they wait.
    QCOMPARE(outcomes.at(0).kind, OutboxOutcome::Kind::Queued);
    QCOMPARE(outcomes.at(1).kind, OutboxOutcome::Kind::Queued);
    QCOMPARE(outcomes.at(2).kind, OutboxOutcome::Kind::Delivered);
    QCOMPARE(outcomes.at(2).created->id, m_server->cases.at(0).id);
    QCOMPARE(m_server->statuses.value(kCase), u"CANCELLED"_s);
}

void TestOutboxSender::offlineSubmissionIsQueuedThenDeliveredOnce()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->reachable = false;
    app.services.monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    QVERIFY(!app.services.monitor()->isOnline());

    std::optional<OutboxOutcome> outcome;
    app.sender()->submitCreate(caseDraft(u"offline"_s, u"CD-20261128-000002"_s), {}, this,
                               [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Queued);
    QVERIFY(!outcome->message.isEmpty());
    QCOMPARE(app.only()->state, OutboxItem::State::Waiting);
    QVERIFY(m_server->log.isEmpty()); // known offline: not even tried

    m_server->reachable = true; // the probe notices, the sender goes
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->casesWithReference(u"CD-20261128-000002"_s), 1);
}

void TestOutboxSender::createWhoseAnswerWasLostIsFoundNotSentAgain()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};
    std::optional<OutboxOutcome> outcome;
    app.sender()->submitCreate(caseDraft(u"lost answer"_s, u"CD-20261128-000003"_s), {}, this,
                               [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Queued); // the author is told it waits, not that it failed
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"create:"_s), 1);
    QCOMPARE(m_server->countOf(u"search:CD-20261128-000003"_s), 2); // what was there before, then the check
    QCOMPARE(m_server->casesWithReference(u"CD-20261128-000003"_s), 1);
    QCOMPARE(app.only()->resultId.value_or(QString()), m_server->cases.at(0).id);
}

void TestOutboxSender::noteWhoseAnswerWasLostIsFoundByItsText()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};
    app.sender()->submitNote(kCase, NoteRequest{u"Door code is 4711"_s, {}, {}}, {}, {}, nullptr, {});
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"note:"_s), 1);
    QCOMPARE(m_server->notes.value(kCase).size(), 1);
    QCOMPARE(app.only()->resultId.value_or(QString()), u"N-1"_s);
}

void TestOutboxSender::cancelWhoseAnswerWasLostIsFoundByTheStatus()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};
    app.sender()->submitCancel(kCase, CancelRequest{u"Raised twice"_s}, nullptr, {});
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"cancel:"_s), 1);
    QCOMPARE(m_server->countOf(u"get:"_s), 1);
}

void TestOutboxSender::replayRefusedWith400BecomesDraftWithTheErrorOnItsField()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->reachable = false;
    app.services.monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    app.services.drafts()->save(Draft::forCase(caseDraft(u"x"_s), u"draft-400"_s));
    app.sender()->submitCreate(caseDraft(u"x"_s, u"CD-20261128-000004"_s), u"draft-400"_s, nullptr, {});
    QTRY_COMPARE(app.outbox()->pendingCount(), 1);
    QTRY_COMPARE(app.services.drafts()->count(), 0);

    QSignalSpy returned(app.sender(), &OutboxSender::returnedToDraft);
    m_server->writeFaults = {FakeOutboxServer::Fault::Refuse400};
    m_server->reachable = true;
    QVERIFY(returned.wait(5000));
    QCOMPARE(returned.at(0).at(1).toString(), u"draft-400"_s);
    QTRY_COMPARE(app.outbox()->entries().size(), 0);
    QTRY_VERIFY(app.services.drafts()->find(u"draft-400"_s).has_value());
    const Draft draft = *app.services.drafts()->find(u"draft-400"_s);
    QVERIFY(draft.errorMessage && !draft.errorMessage->isEmpty());
    QCOMPARE(draft.violations().size(), 1);
    QCOMPARE(draft.violations().at(0).path, u"description"_s);
    QCOMPARE(draft.caseDraft->generatedReference, u"CD-20261128-000004"_s); // same reference when sent again
    QCOMPARE(m_server->cases.size(), 0);
}

void TestOutboxSender::refusalWhileTheAuthorWatchesGoesBackToTheirDraft()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::Forbidden403};
    std::optional<OutboxOutcome> outcome;
    app.sender()->submitNote(kCase, NoteRequest{u"not allowed"_s, {}, {}}, {}, u"draft-403"_s, this,
                             [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Refused);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(outcome->draftId, u"draft-403"_s);
    QTRY_COMPARE(app.outbox()->entries().size(), 0); // no stray item the author does not see
    QTRY_VERIFY(app.services.drafts()->find(u"draft-403"_s).has_value());
}

void TestOutboxSender::replayForbiddenWaitsAsFailedUntilSentAgain()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::Forbidden403};
    app.sender()->submitCancel(kCase, CancelRequest{u"r"_s}, nullptr, {});
    QTRY_VERIFY(app.only() && app.only()->state == OutboxItem::State::Failed);
    QVERIFY(!app.only()->reason.value_or(QString()).isEmpty());
    QCOMPARE(app.outbox()->failedCount(), 1);
    QTest::qWait(100);                            // proves an absence: no retry of a failed item on its own
    QCOMPARE(m_server->countOf(u"cancel:"_s), 1); // a failed item is not retried by itself

    app.sender()->sendNow(app.only()->id);
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"cancel:"_s), 2);
}

void TestOutboxSender::answerThatMayHideADoneWriteIsCheckedFirst_data()
{
    QTest::addColumn<FakeOutboxServer::Fault>("fault");
    QTest::addColumn<int>("creates");     // creates that went out in all
    QTest::addColumn<int>("minSearches"); // order-history searches: the baseline, then the checks
    QTest::addColumn<int>("maxSearches");
    QTest::newRow("502 after acting: found at once, not sent again")
        << FakeOutboxServer::Fault::GatewayAfterPerform << 1 << 2 << 2;
    QTest::newRow("dropped after acting") << FakeOutboxServer::Fault::DropAfterPerform << 1 << 2 << 2;
    // Not there: looked for until the window has passed, then sent again (one baseline: it may still come).
    QTest::newRow("500 without acting") << FakeOutboxServer::Fault::ServerError << 2 << 4 << 1000;
    QTest::newRow("408") << FakeOutboxServer::Fault::RequestTimeout408 << 2 << 4 << 1000;
    // Nothing can have happened: sent again without asking (a fresh baseline each time).
    QTest::newRow("dropped before sending") << FakeOutboxServer::Fault::DropBeforePerform << 2 << 2 << 2;
}

void TestOutboxSender::answerThatMayHideADoneWriteIsCheckedFirst()
{
    QFETCH(FakeOutboxServer::Fault, fault);
    QFETCH(int, creates);
    QFETCH(int, minSearches);
    QFETCH(int, maxSearches);
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {fault};
    std::optional<OutboxOutcome> outcome;
    app.sender()->submitCreate(caseDraft(u"ambiguous"_s, u"CD-20261128-000005"_s), {}, this,
                               [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Queued); // it waits; never "refused"
    QVERIFY(!outcome->message.isEmpty());
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"create:"_s), creates);
    QCOMPARE(m_server->cases.size(), 1); // exactly once on the server
    const int searches = m_server->countOf(u"search:"_s);
    QVERIFY2(searches >= minSearches && searches <= maxSearches, qPrintable(m_server->log.join(u", "_s)));
}

void TestOutboxSender::tooManyRequestsWaitsAndIsNeverARefusal()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->retryAfterMs = 200;
    m_server->writeFaults = {FakeOutboxServer::Fault::RateLimited429};
    QSignalSpy returned(app.sender(), &OutboxSender::returnedToDraft);
    std::optional<OutboxOutcome> outcome;
    app.services.drafts()->save(Draft::forNote(NoteDraft{kCase, u"busy"_s, {}, {}, {}}, u"draft-429"_s));
    app.sender()->submitNote(kCase, NoteRequest{u"busy"_s, {}, {}}, {}, u"draft-429"_s, this,
                             [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Queued);
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY(app.allDelivered());
    QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed()))); // Retry-After honoured
    QCOMPARE(returned.size(), 0);
    QCOMPARE(m_server->countOf(u"note:"_s), 2); // a 429 did nothing: sent again without asking
    QCOMPARE(m_server->notes.value(kCase).size(), 1);
}

void TestOutboxSender::aCaseMadeOnPurposeWithTheSameReferenceIsNotTakenForTheLostOne()
{
    App app(m_server);
    app.services.setTiming({20, 100, 20, 100, 60000, 20}); // it keeps looking while the test holds the case back
    QVERIFY(app.open(m_path));
    const QString reference = u"PO-4711"_s;
    app.sender()->submitCreate(caseDraft(u"first, on purpose"_s, reference), {}, nullptr, {});
    QTRY_VERIFY(app.allDelivered());
    const QString first = m_server->cases.at(0).id;
    // Not searchable yet when the second takes its baseline, searchable when the second's answer is lost.
    m_server->notIndexed.insert(first);
    m_server->writeFaults = {FakeOutboxServer::Fault::GatewayAfterPerform};
    bool swapped = false;
    QObject::connect(app.sender(), &OutboxSender::currentItemChanged, this, [this, first, &swapped](const QString&) {
        if (m_server->cases.size() == 2 && !std::exchange(swapped, true)) {
            m_server->notIndexed.remove(first);
            m_server->notIndexed.insert(m_server->cases.at(1).id); // the second one lags now
        }
    });
    app.sender()->submitCreate(caseDraft(u"second, on purpose"_s, reference), {}, nullptr, {});
    QTRY_VERIFY(app.outbox()->entries().size() == 2 && app.outbox()->entries().at(1).item->mayHaveBeenSent());
    QTRY_VERIFY(m_server->countOf(u"search:"_s) >= 4); // it looked, and saw only the first
    QCOMPARE(app.outbox()->entries().at(1).item->state, OutboxItem::State::Waiting);
    m_server->notIndexed.clear(); // the second shows up
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"create:"_s), 2);
    QCOMPARE(app.outbox()->entries().at(1).item->resultId.value_or(QString()), m_server->cases.at(1).id);
}

void TestOutboxSender::aCaseThatExistedBeforeTheFirstTryIsNotTakenForIt()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    // Someone made a case with this reference a moment ago, not through this outbox.
    m_server->cases.append({u"30000009"_s, u"PO-4711"_s, m_server->now() - 500, {}});
    m_server->writeFaults = {FakeOutboxServer::Fault::ServerError}; // ours is not carried out
    app.sender()->submitCreate(caseDraft(u"ours"_s, u"PO-4711"_s), {}, nullptr, {});
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"create:"_s), 2); // not taken for the other's: sent again after looking
    QCOMPARE(m_server->casesWithReference(u"PO-4711"_s), 2);
    QCOMPARE(app.only()->resultId.value_or(QString()), m_server->cases.constLast().id);
}

void TestOutboxSender::theServersClockDecidesWhatIsNew()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->clockOffsetMs = -3600 * 1000; // an hour behind this computer
    m_server->writeFaults = {FakeOutboxServer::Fault::GatewayAfterPerform};
    app.sender()->submitCreate(caseDraft(u"behind"_s, u"CD-20261128-000011"_s), {}, nullptr, {});
    QTRY_VERIFY(app.allDelivered());
    QCOMPARE(m_server->countOf(u"create:"_s), 1);
}

void TestOutboxSender::itemLeftSendingByAnEndedRunIsCheckedBeforeResending_data()
{
    QTest::addColumn<bool>("arrived");
    QTest::newRow("the server had created it") << true;
    QTest::newRow("it never arrived") << false;
}

void TestOutboxSender::itemLeftSendingByAnEndedRunIsCheckedBeforeResending()
{
    // A run that ends while a write is on the wire (its answer never comes) leaves the item Sending; the next
    // run asks before sending it again. The same after a real kill -9 is tst_crashsafety's.
    QFETCH(bool, arrived);
    const QString reference = u"CD-20261128-000006"_s;
    {
        App app(m_server);
        QVERIFY(app.open(m_path));
        m_server->holdWrites = true;
        app.sender()->submitCreate(caseDraft(u"ended"_s, reference), {}, nullptr, {});
        QTRY_COMPARE(m_server->countOf(u"create:"_s), 1); // on the wire, no answer yet
        QCOMPARE(app.only()->state, OutboxItem::State::Sending);
    } // the run ends: the answer never comes
    if (arrived)
        m_server->cases.append({u"30000001"_s, reference, m_server->now(), {}});
    m_server->holdWrites = false;

    App again(m_server);
    QVERIFY(again.open(m_path));
    QTRY_VERIFY(again.allDelivered());
    QVERIFY(m_server->countOf(u"search:"_s + reference) >= 2); // the baseline before, the check after
    QCOMPARE(m_server->countOf(u"create:"_s), arrived ? 1 : 2);
    QCOMPARE(m_server->casesWithReference(reference), 1);
}

void TestOutboxSender::itemThatMayHaveBeenSentCannotBeEdited()
{
    App app(m_server);
    app.services.setTiming({60000, 60000, 60000, 60000}); // no retry while the test looks
    QVERIFY(app.open(m_path));
    m_server->writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};
    app.sender()->submitCreate(caseDraft(u"lost"_s, u"CD-20261128-000007"_s), {}, nullptr, {});
    QTRY_VERIFY(app.only() && app.only()->mayHaveBeenSent() && app.only()->state == OutboxItem::State::Waiting);
    m_server->reachable = false; // keep it waiting, unverified
    app.services.monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    const QString id = app.only()->id;
    QVERIFY(!app.sender()->editBlockedReason(id).isEmpty());
    std::optional<QString> error;
    app.sender()->edit(id, this, [&](const QString&, const QString& why) { error = why; });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!error->isEmpty());
    QCOMPARE(app.outbox()->entries().size(), 1);
}

void TestOutboxSender::editAndDiscardOfAWaitingItem()
{
    App app(m_server);
    QVERIFY(app.open(m_path));
    m_server->reachable = false;
    app.services.monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    app.sender()->submitNote(kCase, NoteRequest{u"edit me"_s, {}, {}}, {}, u"note-draft"_s, nullptr, {});
    app.sender()->submitCancel(kCase, CancelRequest{u"discard me"_s}, nullptr, {});
    QTRY_COMPARE(app.outbox()->entries().size(), 2);
    const QString noteItem = app.outbox()->entries().at(0).id;
    const QString cancelItem = app.outbox()->entries().at(1).id;

    QVERIFY(!app.sender()->editBlockedReason(cancelItem).isEmpty()); // nothing to edit in a cancel
    std::optional<QString> draftId;
    app.sender()->edit(noteItem, this, [&](const QString& id, const QString&) { draftId = id; });
    QTRY_VERIFY(draftId.has_value());
    QCOMPARE(*draftId, u"note-draft"_s);
    QTRY_VERIFY(app.services.drafts()->find(u"note-draft"_s).has_value());
    QCOMPARE(app.services.drafts()->find(u"note-draft"_s)->note->text, u"edit me"_s);

    std::optional<QString> discarded;
    app.sender()->discard(cancelItem, this, [&](const QString& why) { discarded = why; });
    QTRY_VERIFY(discarded.has_value());
    QVERIFY(discarded->isEmpty());
    QCOMPARE(app.outbox()->entries().size(), 0);
    m_server->reachable = true;
    app.sender()->retryAll();
    QTest::qWait(100); // proves an absence: the discarded cancel is never sent
    QVERIFY(m_server->log.filter(u"cancel:"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"

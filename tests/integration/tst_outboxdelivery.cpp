#include "models/actions/CaseActions.h"
#include "models/api/ApiClient.h"
#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftListModel.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxModel.h"
#include "models/offline/OutboxSender.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
CaseDraft draftFor(const QString& description, const QString& reference)
{
    CaseDraft draft;
    draft.request.code = u"0101-0000"_s;
    draft.request.description = description;
    draft.request.primaryId = u"AM5:01:001234"_s;
    draft.generatedReference = reference;
    return draft;
}

QString freshReference()
{
    return u"CD-20261128-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6).toUpper();
}
} // namespace

/*
 * The outbox against the real sandbox over loopback, across sandbox restarts: writes made while it is down
 * are delivered in order when it is back and the store shows them; a create whose answer the sandbox drops is
 * looked up, not sent again; a replay the sandbox refuses becomes a draft with the error on its field.
 */
class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesMadeWhileTheServerIsDownAreDeliveredInOrder();
    void createWhoseAnswerWasDroppedExistsExactlyOnce();
    void replayRefusedWith400BecomesADraftShowingTheError();
    void nothingIsSentBeforeTheServerIsKnown();

private:
    bool startSandbox(const QStringList& extra = {});
    void openApp(bool serverKnown = true);
    QString createDirectly(const QString& reference = {});
    int casesWithReference(const QString& reference);
    QList<OutboxItem> items() const;
    bool allSettled() const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_sandboxDb;
    int m_port = 0;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<OfflineServices> m_offline;
};

void TestOutboxDelivery::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs its own sandbox to stop and start");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOutboxDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandboxDb = m_dir->filePath(u"sandbox.sqlite"_s);
    m_port = 0;
}

void TestOutboxDelivery::cleanup()
{
    m_offline.reset();
    m_repository.reset();
    m_source.reset();
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestOutboxDelivery::startSandbox(const QStringList& extra)
{
    // The same database and port every time, as a server that went away and came back.
    QStringList args{u"--db"_s, m_sandboxDb};
    if (m_port > 0)
        args << u"--port"_s << QString::number(m_port);
    m_sandbox = std::make_unique<SandboxProcess>(args + extra);
    if (!m_sandbox->start()) {
        qWarning().noquote() << m_sandbox->errorString();
        return false;
    }
    m_port = m_sandbox->baseUrl().port();
    return true;
}

void TestOutboxDelivery::openApp(bool serverKnown)
{
    m_client = std::make_unique<ApiClient>();
    ApiEndpoint endpoint = sandboxEndpoint(m_sandbox->baseUrl());
    endpoint.maxReadRetries = 1;
    m_client->setEndpoint(endpoint);
    m_source = std::make_unique<ApiCaseSource>(m_client.get());
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    m_offline = std::make_unique<OfflineServices>(m_client.get(), m_repository.get());
    m_offline->setTiming({100, 400, 100, 400, 3000, 200});
    if (serverKnown)
        m_offline->setServerUrl(endpoint.baseUrl);
    const QString store = m_dir->filePath(u"app/casedesk.sqlite"_s);
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(store);
    QVERIFY(opened.wait(10000));
    QSignalSpy loaded(m_offline.get(), &OfflineServices::loaded);
    m_offline->open(store); // after the case store: never two migrations at once
    QVERIFY(loaded.wait(10000));
}

QString TestOutboxDelivery::createDirectly(const QString& reference)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return {};
    return direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s, reference));
}

int TestOutboxDelivery::casesWithReference(const QString& reference)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return -1;
    const HttpReply reply = direct.postJson(u"/v1/retrieve-orders"_s,
                                            QJsonObject{{u"q"_s, reference},
                                                        {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}},
                                                        {u"page"_s, QJsonObject{{u"number"_s, 0}, {u"size"_s, 200}}}});
    if (reply.status != 200)
        return -1;
    int count = 0;
    for (const QJsonValue& hit : reply.object().value(u"content"_s).toArray()) {
        for (const QJsonValue& value : hit[u"customerReferenceNumbers"_s].toArray())
            count += value.toString() == reference ? 1 : 0;
    }
    return count;
}

QList<OutboxItem> TestOutboxDelivery::items() const
{
    QList<OutboxItem> list;
    for (const StoredOutboxItem& entry : m_offline->outbox()->entries()) {
        if (entry.item)
            list << *entry.item;
    }
    return list;
}

bool TestOutboxDelivery::allSettled() const
{
    const QList<OutboxItem> list = items();
    return !list.isEmpty() && std::all_of(list.cbegin(), list.cend(), [](const OutboxItem& item) {
        return item.state == OutboxItem::State::Delivered;
    });
}

void TestOutboxDelivery::writesMadeWhileTheServerIsDownAreDeliveredInOrder()
{
    QVERIFY(startSandbox());
    const QString noteCase = createDirectly();
    const QString cancelCase = createDirectly();
    QVERIFY(!noteCase.isEmpty() && !cancelCase.isEmpty());
    openApp();
    OutboxModel outboxModel(m_offline->outbox(), m_offline->sender());
    // The case view's own way of writing: CaseActions, routed through the outbox.
    CaseActions actions(m_client.get(), m_repository.get());
    actions.setOutbox(m_offline->sender());
    int fetched = 0;
    for (const QString& number : {noteCase, cancelCase})
        m_repository->fetch(number, this, [&](const CaseRepository::FetchOutcome&) { ++fetched; });
    QTRY_COMPARE(fetched, 2);

    m_sandbox->stop();
    const QString reference = freshReference();
    QList<OutboxOutcome> outcomes;
    m_offline->sender()->submitCreate(draftFor(u"Offline: cage AM5:01:001234 lost power."_s, reference), {}, this,
                                      [&](const OutboxOutcome& outcome) { outcomes << outcome; });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 15000);
    QCOMPARE(outcomes.at(0).kind, OutboxOutcome::Kind::Queued); // the author is told it waits, never "failed"
    QSignalSpy noteQueued(&actions, &CaseActions::noteQueued);
    QSignalSpy cancelQueued(&actions, &CaseActions::cancelQueued);
    std::optional<ApiError> noteDone;
    std::optional<ApiError> cancelDone;
    actions.sendNote(noteCase, NoteRequest{u"Written while the server was down."_s, {}, u"EXTERNAL"_s}, this,
                     [&](const ApiError& error) { noteDone = error; });
    QTRY_VERIFY(noteDone.has_value());
    actions.cancelCase(cancelCase, CancelRequest{u"Raised twice; written offline."_s}, this,
                       [&](const ApiError& error) { cancelDone = error; });
    QTRY_VERIFY(cancelDone.has_value());
    QVERIFY(!noteDone->isError()); // the composer clears: the text is safe in the outbox
    QVERIFY(!cancelDone->isError());
    QCOMPARE(noteQueued.size(), 1);
    QCOMPARE(cancelQueued.size(), 1);
    std::optional<CaseDetail> pending;
    m_repository->caseDetail(noteCase, this, [&](const CaseDetail& d) { pending = d; });
    QTRY_VERIFY(pending.has_value());
    QVERIFY(std::any_of(pending->notes.cbegin(), pending->notes.cend(), [](const StoredNote& note) {
        return note.isPending() && note.note.text == u"Written while the server was down."_s;
    })); // the case view shows it, pending, while it waits
    QTRY_VERIFY(!m_offline->monitor()->isOnline());
    QCOMPARE(outboxModel.rowCount(), 3);
    QCOMPARE(m_offline->outbox()->pendingCount(), 3);

    QVERIFY(startSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 30000);
    QVERIFY(m_offline->monitor()->isOnline());

    // In the order they were made: the sandbox's request log lists the three writes so.
    const QStringList writes = QString::fromUtf8(m_sandbox->standardError())
                                   .split(u'\n')
                                   .filter(QRegularExpression(u"^POST /support/v[12]/tickets"_s));
    QCOMPARE(writes.size(), 3);
    QVERIFY2(writes.at(0).startsWith(u"POST /support/v2/tickets 200"_s), qPrintable(writes.join(u'\n')));
    QVERIFY2(writes.at(1).contains(u"/notes"_s), qPrintable(writes.join(u'\n')));
    QVERIFY2(writes.at(2).contains(u"/cancel"_s), qPrintable(writes.join(u'\n')));
    QCOMPARE(casesWithReference(reference), 1);

    // The views follow: the outbox lists them delivered, the store knows the new case and the cancel.
    QCOMPARE(outboxModel.index(0, OutboxModel::StateColumn).data().toString(), u"Delivered"_s);
    const QString created = items().at(0).resultId.value_or(QString());
    QVERIFY(!created.isEmpty());
    std::optional<QList<CaseSummary>> rows;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            rows.reset();
            m_repository->loadSummaries(this, [&](const QList<CaseSummary>& loaded) { rows = loaded; });
            if (!QTest::qWaitFor([&] { return rows.has_value(); }, 5000))
                return false;
            const auto cancelled = std::find_if(rows->cbegin(), rows->cend(),
                                                [&](const CaseSummary& row) { return row.caseNumber == cancelCase; });
            const bool hasCreated = std::any_of(rows->cbegin(), rows->cend(), [&](const CaseSummary& row) {
                return row.caseNumber == created || row.orderNumber == created;
            });
            return hasCreated && cancelled != rows->cend() && cancelled->status == u"CANCELLED"_s;
        }(),
        15000);
    std::optional<CaseDetail> detail;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            detail.reset();
            m_repository->caseDetail(noteCase, this, [&](const CaseDetail& d) { detail = d; });
            if (!QTest::qWaitFor([&] { return detail.has_value(); }, 5000) || !detail->answer)
                return false;
            const QList<CaseNote> notes = detail->answer->notes.value_or(QList<CaseNote>());
            return std::any_of(notes.cbegin(), notes.cend(), [](const CaseNote& note) {
                return note.text == u"Written while the server was down."_s;
            });
        }(),
        15000);
}

void TestOutboxDelivery::createWhoseAnswerWasDroppedExistsExactlyOnce()
{
    // Only the create's answer: the reads that ask what the server holds are left alone.
    QVERIFY(startSandbox({u"--fault-drop-rate"_s, u"1"_s, u"--fault-on"_s, u"POST /support/v2/tickets"_s}));
    openApp();
    const QString reference = freshReference();
    std::optional<OutboxOutcome> outcome;
    m_offline->sender()->submitCreate(draftFor(u"The answer to this create is dropped."_s, reference), {}, this,
                                      [&](const OutboxOutcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
    QCOMPARE(outcome->kind, OutboxOutcome::Kind::Queued);
    QVERIFY(items().at(0).mayHaveBeenSent());
    QCOMPARE(items().at(0).attemptCount(), 1);

    // Healthy again: the lost create is looked up by its reference and not sent a second time.
    m_sandbox->stop();
    QVERIFY(startSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 30000);
    QCOMPARE(items().at(0).attemptCount(), 1);
    QVERIFY(!QString::fromUtf8(m_sandbox->standardError()).contains(u"POST /support/v2/tickets "_s));
    QCOMPARE(casesWithReference(reference), 1);
}

void TestOutboxDelivery::replayRefusedWith400BecomesADraftShowingTheError()
{
    QVERIFY(startSandbox());
    openApp();
    DraftListModel draftsModel(m_offline->drafts());
    m_sandbox->stop();
    // Empty description: the client-side wizard would catch it, an old draft or another client may not.
    CaseDraft refused = draftFor(QString(), freshReference());
    m_offline->drafts()->save(Draft::forCase(refused, u"draft-refused"_s));
    QTRY_COMPARE(draftsModel.rowCount(), 1);
    m_offline->sender()->submitCreate(refused, u"draft-refused"_s, nullptr, {});
    QTRY_COMPARE(m_offline->outbox()->pendingCount(), 1);
    QTRY_COMPARE(draftsModel.rowCount(), 0);
    QTRY_VERIFY(!m_offline->monitor()->isOnline());

    QSignalSpy returned(m_offline->sender(), &OutboxSender::returnedToDraft);
    QVERIFY(startSandbox());
    QVERIFY(returned.wait(30000));
    QTRY_COMPARE(m_offline->outbox()->entries().size(), 0);
    QTRY_COMPARE(draftsModel.rowCount(), 1);
    const std::optional<Draft> draft = m_offline->drafts()->find(u"draft-refused"_s);
    QVERIFY(draft.has_value());
    QVERIFY(draft->errorMessage.has_value());
    QVERIFY(!draft->violations().isEmpty());
    QCOMPARE(draft->violations().at(0).path, u"description"_s);
    QVERIFY(!draftsModel.index(0, 0).data(DraftListModel::ErrorRole).toString().isEmpty());
    QVERIFY(draftsModel.index(0, 0).data().toString().endsWith(u"(refused)"_s));
}

void TestOutboxDelivery::nothingIsSentBeforeTheServerIsKnown()
{
    // At start the session may not know its server yet (the local sandbox is starting): items wait, none fails.
    QVERIFY(startSandbox());
    openApp(false);
    QSignalSpy attempts(m_offline->sender(), &OutboxSender::currentItemChanged);
    const QString reference = freshReference();
    m_offline->sender()->submitCreate(draftFor(u"Made while starting."_s, reference), {}, nullptr, {});
    QTRY_COMPARE(m_offline->outbox()->pendingCount(), 1);
    QVERIFY(!attempts.wait(300));
    QCOMPARE(items().at(0).state, OutboxItem::State::Waiting);
    m_offline->setServerUrl(m_sandbox->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 15000);
    QCOMPARE(casesWithReference(reference), 1);
}

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"

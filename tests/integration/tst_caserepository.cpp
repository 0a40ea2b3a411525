#include "models/api/ApiClient.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/AutoRefresher.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
// Counts the GETs in flight through the real source, to check the repository's bound end to end.
class CountingSource : public CaseSource
{
public:
    explicit CountingSource(CaseSource* inner)
        : m_inner(inner)
    {
        connect(inner, &CaseSource::reachabilityChanged, this, &CaseSource::reachabilityChanged);
    }
    void getCase(const QString& id, QObject* context, ApiCallback<Case> callback) override
    {
        maxInFlight = qMax(maxInFlight, ++inFlight);
        ++requests;
        m_inner->getCase(id, context, [this, callback](const ApiResult<Case>& result) {
            --inFlight;
            callback(result);
        });
    }
    void searchOrders(const OrderHistoryQuery& query, QObject* context, ApiCallback<OrderHistoryPage> callback) override
    {
        m_inner->searchOrders(query, context, std::move(callback));
    }
    int inFlight = 0;
    int maxInFlight = 0;
    int requests = 0;

private:
    CaseSource* m_inner;
};

OrderHistoryQuery everything()
{
    OrderHistoryQuery query;
    query.page = OrderHistoryQuery::Page{0, 200};
    return query;
}
} // namespace

/*
 * The repository over the real API client and the sandbox on loopback: search, refresh of every hit with
 * bounded concurrency, detail, a created trouble ticket, a pending note, errors, and auto-refresh.
 */
class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchThenRefreshStoresEverySandboxCase();
    void createdTroubleTicketBecomesItsCase();
    void pendingNoteGivesWayToTheServersNote();
    void unknownCaseIsReportedAndStoresNothing();
    void unreachableServerIsOfflineAndAutoRefreshBacksOff();
    void autoRefreshMarksCasesTheSandboxMovedOn();

private:
    QList<CaseSummary> summaries();
    QString createCase(const QString& code);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiCaseSource> m_api;
    std::unique_ptr<CountingSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
};

void TestCaseRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--seed-cases"_s, u"30"_s});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestCaseRepository::init()
{
    m_client = std::make_unique<ApiClient>();
    m_client->setEndpoint(sandboxEndpoint(m_sandbox->baseUrl()));
    m_api = std::make_unique<ApiCaseSource>(m_client.get());
    m_source = std::make_unique<CountingSource>(m_api.get());
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
    QVERIFY2(m_repository->isOpen(), qPrintable(m_repository->errorString()));
}

void TestCaseRepository::cleanup()
{
    m_repository.reset();
    m_source.reset();
    m_api.reset();
    m_client.reset();
}

QList<CaseSummary> TestCaseRepository::summaries()
{
    std::optional<QList<CaseSummary>> rows;
    m_repository->loadSummaries(this, [&](const QList<CaseSummary>& loaded) { rows = loaded; });
    if (!QTest::qWaitFor([&] { return rows.has_value(); }))
        return {};
    return *rows;
}

QString TestCaseRepository::createCase(const QString& code)
{
    CreateCaseRequest request;
    request.code = code;
    request.description = u"Total power outage in cage AM5:01:000123 since 09:10."_s;
    request.primaryId = u"AM5:01:000123"_s;
    request.secondaryId = u"0104"_s;
    request.customerReferenceId = u"CD-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    std::optional<ApiResult<CreateCaseResponse>> created;
    m_client->createCase(request, this, [&](const ApiResult<CreateCaseResponse>& r) { created = r; });
    if (!QTest::qWaitFor([&] { return created.has_value(); }, 10000) || !created->ok())
        return {};
    m_repository->recordCreated(*created->value);
    return created->value->id;
}

void TestCaseRepository::searchThenRefreshStoresEverySandboxCase()
{
    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    std::optional<CaseRepository::SearchOutcome> found;
    m_repository->search(everything(), this, [&](const CaseRepository::SearchOutcome& o) { found = o; });
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
    QVERIFY2(found->ok(), qPrintable(found->error.userMessage()));
    QVERIFY2(found->keys.size() >= 30,
             qPrintable(u"%1 cases found; the server must hold 30 or more"_s.arg(found->keys.size())));
    QCOMPARE(found->added, found->keys.size());
    QList<CaseSummary> rows = summaries();
    QCOMPARE(rows.size(), found->keys.size());
    for (const CaseSummary& row : std::as_const(rows))
        QVERIFY(row.isPartial());

    QSignalSpy idle(m_repository.get(), &CaseRepository::refreshIdle);
    QSignalSpy failed(m_repository.get(), &CaseRepository::refreshFailed);
    m_repository->refresh(found->keys);
    QVERIFY(idle.wait(60000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).value<ApiError>().technicalDetails));
    QCOMPARE(m_source->requests, found->keys.size());
    QCOMPARE(m_source->maxInFlight, CaseRepository::kMaxConcurrentFetches);

    rows = summaries();
    QCOMPARE(rows.size(), found->keys.size()); // partial rows became their cases, none doubled
    for (const CaseSummary& row : std::as_const(rows)) {
        QVERIFY2(row.hasFullAnswer, qPrintable(row.caseNumber));
        QVERIFY2(CaseSummary::isCaseNumber(row.caseNumber), qPrintable(row.caseNumber));
        QVERIFY(!row.status.isEmpty());
        QVERIFY(row.createdMs > 0);
    }

    std::optional<CaseDetail> detail;
    m_repository->caseDetail(rows.constFirst().caseNumber, this, [&](const CaseDetail& d) { detail = d; });
    QTRY_VERIFY(detail.has_value());
    QVERIFY(detail->answer.has_value());
    QVERIFY(detail->decodeErrors.isEmpty());
    QCOMPARE(detail->answer->id, std::optional<QString>(rows.constFirst().caseNumber));
    QCOMPARE(detail->notes.size(), detail->answer->notes.value_or(QList<CaseNote>{}).size());
    QVERIFY(detail->fetchedAt.isValid());
}

void TestCaseRepository::createdTroubleTicketBecomesItsCase()
{
    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    QSignalSpy removed(m_repository.get(), &CaseRepository::caseRemoved);
    QSignalSpy fetched(m_repository.get(), &CaseRepository::caseFetched);
    const QString orderNumber = createCase(u"0003-0002"_s);
    QVERIFY(orderNumber.startsWith(u"1-"_s));
    QVERIFY(fetched.wait(10000));
    QTRY_COMPARE(added.size(), 2); // the partial row at once, then the case under its case number
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(0).toString(), orderNumber);
    const CaseSummary created = added.constLast().at(0).value<QList<CaseSummary>>().constFirst();
    QVERIFY(CaseSummary::isCaseNumber(created.caseNumber));
    QCOMPARE(created.orderNumber, orderNumber);
    QCOMPARE(created.code, u"0003-0002"_s);
    QCOMPARE(created.source, CaseSummary::Source::Created);
    QVERIFY(!created.changedSinceSeen());
    QCOMPARE(summaries().size(), 1);
}

void TestCaseRepository::pendingNoteGivesWayToTheServersNote()
{
    const QString caseNumber = createCase(u"0305-0000"_s);
    QCOMPARE(caseNumber.size(), 8);
    QSignalSpy fetched(m_repository.get(), &CaseRepository::caseFetched);
    QVERIFY(fetched.wait(10000));

    NoteRequest note;
    note.text = u"Access is arranged for 14:00 local time."_s;
    note.visibility = u"EXTERNAL"_s;
    std::optional<StoredNote> pending;
    m_repository->addPendingNote(caseNumber, note, this, [&](const std::optional<StoredNote>& n) { pending = n; });
    QTRY_VERIFY(pending.has_value());
    QVERIFY(pending->isPending());

    std::optional<ApiResult<CaseUpdateResponse>> sent;
    m_client->addNote(caseNumber, note, this, [&](const ApiResult<CaseUpdateResponse>& r) { sent = r; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 10000);
    QVERIFY2(sent->ok(), qPrintable(sent->error.userMessage()));
    m_repository->confirmPendingNote(pending->localId, *sent->value);
    QVERIFY(fetched.wait(10000));

    std::optional<CaseDetail> detail;
    m_repository->caseDetail(caseNumber, this, [&](const CaseDetail& d) { detail = d; });
    QTRY_VERIFY(detail.has_value());
    int matching = 0;
    for (const StoredNote& stored : std::as_const(detail->notes)) {
        QVERIFY2(!stored.isPending(), "the pending note is still there next to the server's");
        matching += stored.note.text == note.text ? 1 : 0;
    }
    QCOMPARE(matching, 1);
}

void TestCaseRepository::unknownCaseIsReportedAndStoresNothing()
{
    QSignalSpy failed(m_repository.get(), &CaseRepository::refreshFailed);
    std::optional<CaseRepository::FetchOutcome> outcome;
    m_repository->fetch(u"99999999"_s, this, [&](const CaseRepository::FetchOutcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::NotFound);
    QCOMPARE(failed.size(), 1);
    QVERIFY(summaries().isEmpty());
}

void TestCaseRepository::unreachableServerIsOfflineAndAutoRefreshBacksOff()
{
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    // A case in the store, so auto-refresh has something to ask for.
    QSignalSpy fetched(m_repository.get(), &CaseRepository::caseFetched);
    QVERIFY(!createCase(u"0305-0000"_s).isEmpty());
    QVERIFY(fetched.wait(10000));

    m_client->setEndpoint(sandboxEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    QSignalSpy failed(m_repository.get(), &CaseRepository::refreshFailed);
    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(20ms);
    refresher.setMaximumBackoff(160ms);
    QSignalSpy scheduled(&refresher, &AutoRefresher::scheduled);
    refresher.start();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, 20000);
    QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind, ApiError::Kind::Offline);
    QVERIFY(refresher.isBackingOff());
    QCOMPARE(scheduled.at(1).at(0).value<std::chrono::milliseconds>(), 40ms);
    QCOMPARE(scheduled.at(2).at(0).value<std::chrono::milliseconds>(), 80ms);

    // The server is back: the next answer restores the normal pace.
    m_client->setEndpoint(sandboxEndpoint(m_sandbox->baseUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(!refresher.isBackingOff(), 20000);
    QCOMPARE(refresher.currentDelay(), 20ms);
}

void TestCaseRepository::autoRefreshMarksCasesTheSandboxMovedOn()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --pace option");
    SandboxProcess paced({u"--seed-cases"_s, u"5"_s, u"--pace"_s, u"1"_s});
    QVERIFY2(paced.start(), qPrintable(paced.errorString()));
    m_client->setEndpoint(sandboxEndpoint(paced.baseUrl()));

    QSignalSpy fetched(m_repository.get(), &CaseRepository::caseFetched);
    const QString caseNumber = createCase(u"0305-0000"_s);
    QCOMPARE(caseNumber.size(), 8);
    QVERIFY(fetched.wait(10000));
    m_repository->markSeen(caseNumber);

    QSignalSpy unseen(m_repository.get(), &CaseRepository::unseenCountChanged);
    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(200ms);
    refresher.start();
    // The sandbox moves open cases on every second; the refresher notices and the case counts as changed.
    QTRY_VERIFY_WITH_TIMEOUT(m_repository->changedCount() == 1, 20000);
    QCOMPARE(unseen.constLast().at(0).toInt(), 1);

    m_repository->markSeen(caseNumber);
    QTRY_COMPARE(m_repository->changedCount(), 0);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"

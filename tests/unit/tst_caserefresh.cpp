#include "models/store/CaseRepository.h"
#include "tests/support/FakeCaseSource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QString caseNumber(int i)
{
    return QString::number(10'000'000 + i);
}

QJsonObject answerFor(const QString& id, const QString& status = u"IN_PROGRESS"_s,
                      const QString& updated = u"2023-09-14T08:00:00Z"_s)
{
    return CaseAnswers::answer(id, status, updated, QJsonObject{{u"orderId"_s, QString(u"1-1"_s + id)}});
}
} // namespace

class TestCaseRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openReportsSuccessAndFailure();
    void refreshRunsAtMostFourAtOnce();
    void repeatedRequestsForOneCaseShareOneGet();
    void summariesAskedTogetherShareOneRead();
    void openingACaseOvertakesTheBackgroundRefresh();
    void failedAnswerNeverReplacesStoredData_data();
    void failedAnswerNeverReplacesStoredData();
    void callbackIsDroppedWhenItsContextIsGone();
    void searchHitsArriveAsPartialRows();
    void unseenCountFollowsChangesAndMarkSeen();
    void pendingNoteGivesWayToTheServerCopy();
    void createdCaseIsListedThenFetched();

private:
    bool fetchAndWait(const QString& id);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
};

void TestCaseRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaseRefresh::init()
{
    m_source = std::make_unique<FakeCaseSource>();
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                      + QString::fromLatin1(QTest::currentDataTag()) + u"/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
    QVERIFY2(opened.constFirst().at(0).toBool(), qPrintable(opened.constFirst().at(1).toString()));
}

void TestCaseRefresh::cleanup()
{
    m_repository.reset();
    m_source.reset();
}

bool TestCaseRefresh::fetchAndWait(const QString& id)
{
    bool done = false;
    bool ok = false;
    m_repository->fetch(id, this, [&](const CaseRepository::FetchOutcome& outcome) {
        done = true;
        ok = outcome.ok();
    });
    if (!m_source->autoAnswer)
        m_source->answerFromTable(id);
    return QTest::qWaitFor([&] { return done; }) && ok;
}

void TestCaseRefresh::openReportsSuccessAndFailure()
{
    QVERIFY(m_repository->isOpen());
    QVERIFY(CaseRepository::defaultPath(u"local"_s).endsWith(u"/local/casedesk.sqlite"_s));

    QFile blocker(m_dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CaseRepository broken(m_source.get());
    QSignalSpy opened(&broken, &CaseRepository::opened);
    broken.open(blocker.fileName() + u"/casedesk.sqlite"_s);
    QVERIFY(opened.wait());
    QCOMPARE(opened.constFirst().at(0).toBool(), false);
    QVERIFY(!broken.isOpen());
    QVERIFY(!broken.errorString().isEmpty());

    // Calls on a store that did not open still answer, with nothing.
    bool answered = false;
    broken.loadSummaries(this, [&](const QList<CaseSummary>& rows) { answered = rows.isEmpty(); });
    QTRY_VERIFY(answered);
}

void TestCaseRefresh::refreshRunsAtMostFourAtOnce()
{
    m_source->autoAnswer = true;
    m_source->latencyMs = 2;
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        ids.append(caseNumber(i));
        m_source->answers.insert(caseNumber(i), answerFor(caseNumber(i)));
    }
    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    QSignalSpy idle(m_repository.get(), &CaseRepository::refreshIdle);
    m_repository->refresh(ids + ids.mid(0, 10)); // duplicates join
    QVERIFY(m_repository->isRefreshing());
    QCOMPARE(m_source->pending.size(), CaseRepository::kMaxConcurrentFetches);

    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(m_source->maxConcurrent, CaseRepository::kMaxConcurrentFetches);
    QCOMPARE(m_source->requested.size(), 40);
    QCOMPARE(added.size(), 40);
    QVERIFY(!m_repository->isRefreshing());

    QList<CaseSummary> rows;
    m_repository->loadSummaries(this, [&](const QList<CaseSummary>& loaded) { rows = loaded; });
    QTRY_COMPARE(rows.size(), 40);
}

void TestCaseRefresh::summariesAskedTogetherShareOneRead()
{
    const QString id = caseNumber(7);
    m_source->answers.insert(id, answerFor(id));
    QVERIFY(fetchAndWait(id));
    // Two callers asking before the read answers (the list and the notifications at start) get the same rows
    // from one read: their strings are one copy.
    QList<QList<CaseSummary>> answers;
    auto record = [&](const QList<CaseSummary>& rows) {
        answers.append(rows);
    };
    m_repository->loadSummaries(this, record);
    m_repository->loadSummaries(this, record);
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).size(), 1);
    QCOMPARE(answers.at(1), answers.at(0));
    QCOMPARE(answers.at(1).at(0).caseNumber.constData(), answers.at(0).at(0).caseNumber.constData());
    // Asked after that read answered, a new read sees what the store holds now.
    const QString other = caseNumber(8);
    m_source->answers.insert(other, answerFor(other));
    QVERIFY(fetchAndWait(other));
    m_repository->loadSummaries(this, record);
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers.at(2).size(), 2);
}

void TestCaseRefresh::repeatedRequestsForOneCaseShareOneGet()
{
    const QString id = caseNumber(1);
    m_source->answers.insert(id, answerFor(id));
    QList<CaseRepository::FetchOutcome> outcomes;
    auto record = [&](const CaseRepository::FetchOutcome& outcome) {
        outcomes.append(outcome);
    };
    m_repository->fetch(id, this, record);
    m_repository->fetch(u" "_s + id, this, record);
    m_repository->refresh({id, id});
    QCOMPARE(m_source->requested, QStringList{id});

    m_source->answerFromTable(id);
    QTRY_COMPARE(outcomes.size(), 2);
    for (const CaseRepository::FetchOutcome& outcome : std::as_const(outcomes)) {
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.caseNumber, id);
    }
    // Once finished, asking again sends a new request.
    m_repository->fetch(id);
    QCOMPARE(m_source->requested.size(), 2);
}

void TestCaseRefresh::openingACaseOvertakesTheBackgroundRefresh()
{
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        ids.append(caseNumber(i));
        m_source->answers.insert(caseNumber(i), answerFor(caseNumber(i)));
    }
    m_source->answers.insert(u"99999999"_s, answerFor(u"99999999"_s));
    m_repository->refresh(ids);
    m_repository->fetch(caseNumber(9)); // already waiting: moves to the front
    m_repository->fetch(u"99999999"_s);
    QCOMPARE(m_source->requested, ids.mid(0, 4));

    m_source->answerFromTable(ids.at(0));
    QTRY_COMPARE(m_source->requested.size(), 5);
    QCOMPARE(m_source->requested.constLast(), u"99999999"_s);
    m_source->answerFromTable(ids.at(1));
    QTRY_COMPARE(m_source->requested.size(), 6);
    QCOMPARE(m_source->requested.constLast(), caseNumber(9));
}

void TestCaseRefresh::failedAnswerNeverReplacesStoredData_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("answer");

    QJsonObject noId = answerFor(caseNumber(1), u"CLOSED"_s);
    noId.remove("id"_L1);
    QTest::newRow("server error") << int(ApiError::Kind::Server) << QJsonObject{};
    QTest::newRow("offline") << int(ApiError::Kind::Offline) << QJsonObject{};
    QTest::newRow("answer that does not decode") << int(ApiError::Kind::BadPayload) << QJsonObject{};
    QTest::newRow("answer without case number") << int(ApiError::Kind::BadPayload) << noId;
}

void TestCaseRefresh::failedAnswerNeverReplacesStoredData()
{
    QFETCH(int, kind);
    QFETCH(QJsonObject, answer);

    const QString id = caseNumber(1);
    m_source->answers.insert(id, answerFor(id, u"IN_PROGRESS"_s));
    QVERIFY(fetchAndWait(id));

    QSignalSpy failed(m_repository.get(), &CaseRepository::refreshFailed);
    QSignalSpy changed(m_repository.get(), &CaseRepository::caseChanged);
    m_repository->refresh({id});
    if (answer.isEmpty())
        m_source->answer(id, FakeCaseSource::failure(ApiError::Kind(kind), "{\"id\": 7"));
    else
        m_source->answer(id, FakeCaseSource::ok(answer));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).toString(), id);
    QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind, ApiError::Kind(kind));
    QVERIFY(changed.isEmpty());

    std::optional<CaseDetail> detail;
    m_repository->caseDetail(id, this, [&](const CaseDetail& d) { detail = d; });
    QTRY_VERIFY(detail.has_value());
    QVERIFY(detail->answer.has_value());
    QCOMPARE(detail->summary.status, u"IN_PROGRESS"_s);
}

void TestCaseRefresh::callbackIsDroppedWhenItsContextIsGone()
{
    const QString id = caseNumber(1);
    m_source->answers.insert(id, answerFor(id));
    bool called = false;
    auto* context = new QObject;
    m_repository->fetch(id, context, [&](const CaseRepository::FetchOutcome&) { called = true; });
    delete context;
    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    m_source->answerFromTable(id);
    QVERIFY(added.wait());
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestCaseRefresh::searchHitsArriveAsPartialRows()
{
    OrderHeader first;
    first.orderNumber = u"1-100000000001"_s;
    first.orderStatus = u"SUBMITTED"_s;
    OrderHeader second;
    second.orderNumber = u"1-100000000002"_s;
    m_source->searchPage.content = QList<OrderHeader>{first, second};

    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    std::optional<CaseRepository::SearchOutcome> outcome;
    m_repository->search(OrderHistoryQuery{}, this, [&](const CaseRepository::SearchOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->keys, (QStringList{u"1-100000000001"_s, u"1-100000000002"_s}));
    QCOMPARE(outcome->added, 2);
    QCOMPARE(added.size(), 1);
    const auto rows = added.constFirst().at(0).value<QList<CaseSummary>>();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.constFirst().isPartial());

    // Fetching a partial row by its order number turns it into the case.
    m_source->answers.insert(u"1-100000000001"_s,
                             CaseAnswers::answer(u"12345678"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s,
                                                 QJsonObject{{u"orderId"_s, u"1-100000000001"_s}}));
    QSignalSpy removed(m_repository.get(), &CaseRepository::caseRemoved);
    QVERIFY(fetchAndWait(u"1-100000000001"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(0).toString(), u"1-100000000001"_s);

    m_source->searchError = ApiError::make(ApiError::Kind::Offline);
    outcome.reset();
    m_repository->search(OrderHistoryQuery{}, this, [&](const CaseRepository::SearchOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, ApiError::Kind::Offline);
}

void TestCaseRefresh::unseenCountFollowsChangesAndMarkSeen()
{
    const QString id = caseNumber(1);
    m_source->answers.insert(id, answerFor(id, u"SUBMITTED"_s));
    QVERIFY(fetchAndWait(id));
    QSignalSpy unseen(m_repository.get(), &CaseRepository::unseenCountChanged);
    QSignalSpy changed(m_repository.get(), &CaseRepository::caseChanged);
    m_repository->markSeen(id);
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(changed.constFirst().at(0).value<CaseSummary>().lastSeenMs > 0);

    m_source->answers.insert(id, answerFor(id, u"ACTION_REQUIRED"_s));
    QVERIFY(fetchAndWait(id));
    QTRY_COMPARE(m_repository->changedCount(), 1);
    QCOMPARE(unseen.constLast().at(0).toInt(), 1);
    QVERIFY(changed.constLast().at(0).value<CaseSummary>().changedSinceSeen());

    m_repository->markSeen(id);
    QTRY_COMPARE(m_repository->changedCount(), 0);
    QCOMPARE(unseen.constLast().at(0).toInt(), 0);
}

void TestCaseRefresh::pendingNoteGivesWayToTheServerCopy()
{
    const QString id = caseNumber(1);
    m_source->answers.insert(id, answerFor(id));
    QVERIFY(fetchAndWait(id));

    QSignalSpy updated(m_repository.get(), &CaseRepository::caseUpdated);
    std::optional<StoredNote> note;
    m_repository->addPendingNote(id, NoteRequest{u"Rack 12 is ready"_s, {}, {}}, this,
                                 [&](const std::optional<StoredNote>& n) { note = n; });
    QTRY_VERIFY(note.has_value());
    QVERIFY(note->isPending());
    QCOMPARE(updated.size(), 1);

    QJsonObject withNote = answerFor(id);
    withNote.insert("notes"_L1, QJsonArray{QJsonObject{{"id"_L1, u"srv-1"_s}, {"text"_L1, u"Rack 12 is ready"_s}}});
    m_source->answers.insert(id, withNote);
    CaseUpdateResponse response;
    response.result.caseNotesId = u"srv-1"_s;
    m_repository->confirmPendingNote(note->localId, response);
    QTRY_COMPARE(m_source->pending.size(), 1); // confirming fetches the case
    m_source->answerFromTable(id);
    QTRY_COMPARE(updated.size(), 3);

    std::optional<CaseDetail> detail;
    m_repository->caseDetail(id, this, [&](const CaseDetail& d) { detail = d; });
    QTRY_VERIFY(detail.has_value());
    QCOMPARE(detail->notes.size(), 1);
    QCOMPARE(detail->notes.constFirst().state, StoredNote::State::Server);
    QCOMPARE(detail->notes.constFirst().note.id, std::optional<QString>(u"srv-1"_s));
}

void TestCaseRefresh::createdCaseIsListedThenFetched()
{
    QSignalSpy added(m_repository.get(), &CaseRepository::casesAdded);
    QSignalSpy removed(m_repository.get(), &CaseRepository::caseRemoved);
    CreateCaseResponse created;
    created.id = u"1-100000000009"_s;
    created.type = u"TROUBLE"_s;
    m_repository->recordCreated(created);
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().at(0).value<QList<CaseSummary>>().constFirst().source, CaseSummary::Source::Created);
    QCOMPARE(m_source->requested, QStringList{created.id});

    m_source->answers.insert(created.id, CaseAnswers::answer(u"12345678"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s,
                                                             QJsonObject{{u"orderId"_s, created.id}}));
    m_source->answerFromTable(created.id);
    QTRY_COMPARE(added.size(), 2);
    QCOMPARE(removed.size(), 1);
    const CaseSummary full = added.constLast().at(0).value<QList<CaseSummary>>().constFirst();
    QCOMPARE(full.caseNumber, u"12345678"_s);
    QCOMPARE(full.source, CaseSummary::Source::Created);
    QVERIFY(!full.changedSinceSeen());
}

QTEST_GUILESS_MAIN(TestCaseRefresh)
#include "tst_caserefresh.moc"

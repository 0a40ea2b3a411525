#include "models/store/AutoRefresher.h"
#include "models/store/CaseRepository.h"
#include "tests/support/FakeCaseSource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestAutoRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refreshesOnlyOpenCasesEachRound();
    void roundWithoutOpenCasesStillSchedulesTheNext();
    void backsOffWhileUnreachableUpToTheCap();
    void returnsToTheIntervalWhenTheServerAnswers();
    void otherFailuresDoNotBackOff();

private:
    void store(const QString& id, const QString& status);
    QList<qint64> delays(const QSignalSpy& spy) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
};

void TestAutoRefresher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestAutoRefresher::init()
{
    m_source = std::make_unique<FakeCaseSource>();
    m_source->autoAnswer = true;
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/casedesk.sqlite"_s));
    QVERIFY(opened.wait());
}

void TestAutoRefresher::cleanup()
{
    m_repository.reset();
    m_source.reset();
}

void TestAutoRefresher::store(const QString& id, const QString& status)
{
    m_source->answers.insert(id, CaseAnswers::answer(id, status, u"2023-09-14T08:00:00Z"_s));
    QSignalSpy fetched(m_repository.get(), &CaseRepository::caseFetched);
    m_repository->fetch(id);
    QVERIFY(fetched.wait());
    m_source->requested.clear();
}

QList<qint64> TestAutoRefresher::delays(const QSignalSpy& spy) const
{
    QList<qint64> result;
    for (const QList<QVariant>& arguments : spy)
        result.append(arguments.at(0).value<std::chrono::milliseconds>().count());
    return result;
}

void TestAutoRefresher::refreshesOnlyOpenCasesEachRound()
{
    store(u"10000001"_s, u"IN_PROGRESS"_s);
    store(u"10000002"_s, u"CLOSED"_s);
    store(u"10000003"_s, u"ACTION_REQUIRED"_s);

    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(10ms);
    QSignalSpy rounds(&refresher, &AutoRefresher::roundStarted);
    refresher.start();
    QTRY_VERIFY(rounds.size() >= 2);
    refresher.stop();
    QTRY_VERIFY(!m_repository->isRefreshing());

    QStringList requested = m_source->requested;
    requested.removeDuplicates();
    requested.sort();
    QCOMPARE(requested, (QStringList{u"10000001"_s, u"10000003"_s}));
}

void TestAutoRefresher::roundWithoutOpenCasesStillSchedulesTheNext()
{
    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(5ms);
    QSignalSpy scheduled(&refresher, &AutoRefresher::scheduled);
    refresher.start();
    QTRY_VERIFY(scheduled.size() >= 3);
    QVERIFY(m_source->requested.isEmpty());
    QCOMPARE(refresher.currentDelay(), 5ms);
}

void TestAutoRefresher::backsOffWhileUnreachableUpToTheCap()
{
    store(u"10000001"_s, u"IN_PROGRESS"_s);
    m_source->failAllWith = ApiError::Kind::Offline;

    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(5ms);
    refresher.setMaximumBackoff(40ms);
    QSignalSpy scheduled(&refresher, &AutoRefresher::scheduled);
    refresher.start();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 6, 10000);
    refresher.stop();
    QCOMPARE(delays(scheduled).mid(0, 6), (QList<qint64>{5, 10, 20, 40, 40, 40}));
    QVERIFY(refresher.isBackingOff());
}

void TestAutoRefresher::returnsToTheIntervalWhenTheServerAnswers()
{
    store(u"10000001"_s, u"IN_PROGRESS"_s);
    m_source->failAllWith = ApiError::Kind::Timeout;

    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(5ms);
    refresher.setMaximumBackoff(10min);
    QSignalSpy scheduled(&refresher, &AutoRefresher::scheduled);
    refresher.start();
    QTRY_VERIFY(scheduled.size() >= 3);
    QVERIFY(refresher.isBackingOff());

    // The server answers some other call: the normal pace resumes from now.
    m_source->failAllWith = ApiError::Kind::None;
    emit m_source->reachabilityChanged(true);
    QCOMPARE(refresher.currentDelay(), 5ms);
    QCOMPARE(delays(scheduled).constLast(), 5);
    QVERIFY(!refresher.isBackingOff());
}

void TestAutoRefresher::otherFailuresDoNotBackOff()
{
    store(u"10000001"_s, u"IN_PROGRESS"_s);
    m_source->failAllWith = ApiError::Kind::Server;

    AutoRefresher refresher(m_repository.get());
    refresher.setInterval(5ms);
    QSignalSpy scheduled(&refresher, &AutoRefresher::scheduled);
    QSignalSpy failed(m_repository.get(), &CaseRepository::refreshFailed);
    refresher.start();
    QTRY_VERIFY(failed.size() >= 3);
    QTRY_VERIFY(scheduled.size() >= 3);
    for (qint64 delay : delays(scheduled))
        QCOMPARE(delay, 5);
}

QTEST_GUILESS_MAIN(TestAutoRefresher)
#include "tst_autorefresher.moc"

#include "models/offline/ConnectivityMonitor.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Online and offline as the app decides them: failed connections make it offline, any answer online; while
 * offline the server is probed with growing pauses until it answers, and Retry asks at once.
 */
class TestConnectivityMonitor : public QObject
{
    Q_OBJECT

private slots:
    void whatCountsAsUnreachable_data();
    void whatCountsAsUnreachable();
    void failedConnectionMakesItOfflineAndAnswerOnline();
    void probesWhileOfflineUntilTheServerAnswers();
    void probePausesGrowUpToTheLimit();
    void retryNowProbesAtOnce();
    void systemNetworkInformationLoadsOrDeclinesQuietly();
    void systemReachabilityDecidesForRemoteServersOnly_data();
    void systemReachabilityDecidesForRemoteServersOnly();
};

namespace
{
// A probe whose answer the test sets; counts how often it was asked.
struct FakeProbe
{
    bool reachable = false;
    int asked = 0;
    ConnectivityMonitor::Probe probe()
    {
        return [this](QObject* context, ConnectivityMonitor::ProbeDone done) {
            ++asked;
            QTimer::singleShot(
                0, context, [this, done] { done(reachable ? ApiError() : ApiError::make(ApiError::Kind::Offline)); });
        };
    }
};
} // namespace

void TestConnectivityMonitor::whatCountsAsUnreachable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("unreachable");
    QTest::newRow("offline") << int(ApiError::Kind::Offline) << true;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << true;
    QTest::newRow("server error: it answered") << int(ApiError::Kind::Server) << false;
    QTest::newRow("refused credentials: it answered") << int(ApiError::Kind::Unauthorized) << false;
    QTest::newRow("conflict") << int(ApiError::Kind::Conflict) << false;
    QTest::newRow("unreadable answer") << int(ApiError::Kind::BadPayload) << false;
}

void TestConnectivityMonitor::whatCountsAsUnreachable()
{
    QFETCH(int, kind);
    QFETCH(bool, unreachable);
    QCOMPARE(ConnectivityMonitor::isUnreachable(ApiError::make(ApiError::Kind(kind))), unreachable);
}

void TestConnectivityMonitor::failedConnectionMakesItOfflineAndAnswerOnline()
{
    ConnectivityMonitor monitor;
    QSignalSpy changed(&monitor, &ConnectivityMonitor::onlineChanged);
    QVERIFY(monitor.isOnline());
    monitor.noteResult(ApiError::make(ApiError::Kind::Cancelled)); // says nothing about the server
    QVERIFY(monitor.isOnline());
    monitor.noteResult(ApiError::make(ApiError::Kind::Offline));
    QVERIFY(!monitor.isOnline());
    QVERIFY(!monitor.reason().isEmpty());
    monitor.noteResult(ApiError::make(ApiError::Kind::Offline)); // no second signal
    monitor.noteResult(ApiError::make(ApiError::Kind::NotFound));
    QVERIFY(monitor.isOnline());
    QVERIFY(monitor.reason().isEmpty());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QCOMPARE(changed.at(1).at(0).toBool(), true);
}

void TestConnectivityMonitor::probesWhileOfflineUntilTheServerAnswers()
{
    FakeProbe probe;
    ConnectivityMonitor monitor;
    monitor.setProbe(probe.probe());
    monitor.setProbeDelays(10, 40);
    monitor.noteResult(ApiError::make(ApiError::Kind::Offline));
    QTRY_VERIFY(probe.asked >= 3);
    QVERIFY(!monitor.isOnline());
    probe.reachable = true;
    QTRY_VERIFY(monitor.isOnline());
    const int asked = probe.asked;
    QTest::qWait(100); // proves an absence: online, no more probes
    QCOMPARE(probe.asked, asked);
    QCOMPARE(monitor.nextProbeInMs(), -1);
}

void TestConnectivityMonitor::probePausesGrowUpToTheLimit()
{
    // Coarse timers may fire up to 5 % late, so each pause is checked with that slack.
    FakeProbe probe;
    ConnectivityMonitor monitor;
    monitor.setProbe(probe.probe());
    monitor.setProbeDelays(1000, 4000);
    monitor.noteResult(ApiError::make(ApiError::Kind::Offline));
    QVERIFY(monitor.nextProbeInMs() > 0 && monitor.nextProbeInMs() <= 1050);
    monitor.probeNow();
    QTRY_VERIFY(monitor.nextProbeInMs() > 1050); // second pause: doubled
    QVERIFY(monitor.nextProbeInMs() <= 2100);
    monitor.probeNow();
    QTRY_VERIFY(monitor.nextProbeInMs() > 2100);
    monitor.probeNow();
    QTRY_COMPARE(probe.asked, 3);
    QTRY_VERIFY(monitor.nextProbeInMs() > 0);
    QVERIFY(monitor.nextProbeInMs() <= 4200); // capped
}

void TestConnectivityMonitor::retryNowProbesAtOnce()
{
    FakeProbe probe;
    ConnectivityMonitor monitor;
    monitor.setProbe(probe.probe());
    monitor.setProbeDelays(60000, 60000);
    monitor.noteResult(ApiError::make(ApiError::Kind::Offline));
    QCOMPARE(probe.asked, 0);
    probe.reachable = true;
    QSignalSpy changed(&monitor, &ConnectivityMonitor::onlineChanged);
    QSignalSpy finished(&monitor, &ConnectivityMonitor::probeFinished);
    monitor.probeNow();
    QVERIFY(changed.wait(1000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(monitor.isOnline());
    QCOMPARE(probe.asked, 1);
}

void TestConnectivityMonitor::systemNetworkInformationLoadsOrDeclinesQuietly()
{
    // Where no backend can tell (no NetworkManager in CI) it declines and reports so; where one loads, it says so.
    ConnectivityMonitor monitor;
    monitor.setServerIsLocal(true);
    const bool loaded = monitor.useSystemNetworkInformation();
    QCOMPARE(monitor.hasSystemNetworkInformation(), loaded);
}

void TestConnectivityMonitor::systemReachabilityDecidesForRemoteServersOnly_data()
{
    using R = QNetworkInformation::Reachability;
    QTest::addColumn<bool>("local");
    QTest::addColumn<QList<int>>("reports"); // what the backend says, in order
    QTest::addColumn<bool>("online");        // afterwards
    QTest::addColumn<int>("probes");         // questions asked of the server meanwhile
    QTest::newRow("remote, disconnected") << false << QList<int>{int(R::Disconnected)} << false << 0;
    QTest::newRow("remote, online") << false << QList<int>{int(R::Online)} << true << 0;
    QTest::newRow("remote, unknown (no information)") << false << QList<int>{int(R::Unknown)} << true << 0;
    QTest::newRow("remote, local network only") << false << QList<int>{int(R::Local)} << true << 0;
    QTest::newRow("remote, disconnected then back: asks at once")
        << false << QList<int>{int(R::Disconnected), int(R::Online)} << true << 1;
    QTest::newRow("remote, disconnected then unknown: asks at once")
        << false << QList<int>{int(R::Disconnected), int(R::Unknown)} << true << 1;
    QTest::newRow("local server, disconnected") << true << QList<int>{int(R::Disconnected)} << true << 0;
    QTest::newRow("malformed report (not a reachability)") << false << QList<int>{42} << true << 0;
    QTest::newRow("malformed negative report") << false << QList<int>{-1} << true << 0;
}

void TestConnectivityMonitor::systemReachabilityDecidesForRemoteServersOnly()
{
    QFETCH(bool, local);
    QFETCH(QList<int>, reports);
    QFETCH(bool, online);
    QFETCH(int, probes);
    FakeProbe probe;
    probe.reachable = true;
    ConnectivityMonitor monitor;
    monitor.setProbe(probe.probe());
    monitor.setProbeDelays(60000, 60000);
    monitor.setServerIsLocal(local);
    QSignalSpy finished(&monitor, &ConnectivityMonitor::probeFinished);
    for (const int report : reports)
        monitor.noteSystemReachability(report);
    if (probes > 0)
        QTRY_COMPARE(finished.size(), probes);
    QCOMPARE(monitor.isOnline(), online);
    QCOMPARE(probe.asked, probes);
    if (!online)
        QVERIFY(!monitor.reason().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"

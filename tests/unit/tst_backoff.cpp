#include "models/core/Backoff.h"

#include <QTest>

#include <limits>

using namespace CaseDesk;

/*
 * The one back-off rule of the app: the first delay doubling to a cap, spread by jitter from a source the test
 * pins, whatever the inputs (zero, negative, absurdly many failures).
 */
class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delayForTheNthFailure_data();
    void delayForTheNthFailure();
    void jitterSpreadsEvenlyAroundTheBase_data();
    void jitterSpreadsEvenlyAroundTheBase();
    void withoutASourceJitterStaysInItsBand();
};

namespace
{
constexpr qint64 kMax64 = std::numeric_limits<qint64>::max();
}

void TestBackoff::delayForTheNthFailure_data()
{
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first failure: the first delay") << qint64(1000) << qint64(60000) << qint64(1) << qint64(1000);
    QTest::newRow("second: doubled") << qint64(1000) << qint64(60000) << qint64(2) << qint64(2000);
    QTest::newRow("sixth: 32 s") << qint64(1000) << qint64(60000) << qint64(6) << qint64(32000);
    QTest::newRow("seventh: capped") << qint64(1000) << qint64(60000) << qint64(7) << qint64(60000);
    QTest::newRow("62 failures: still the cap") << qint64(1000) << qint64(60000) << qint64(62) << qint64(60000);
    QTest::newRow("63 failures: a shift past the sign bit") << qint64(1) << kMax64 << qint64(63) << (qint64(1) << 62);
    QTest::newRow("64 failures, cap at the end of qint64") << qint64(1) << kMax64 << qint64(64) << kMax64;
    QTest::newRow("a billion failures") << qint64(400) << qint64(409600) << qint64(1'000'000'000) << qint64(409600);
    QTest::newRow("the largest count") << qint64(400) << qint64(409600) << kMax64 << qint64(409600);
    QTest::newRow("exactly at the cap") << qint64(250) << qint64(1000) << qint64(3) << qint64(1000);
    QTest::newRow("no failure: no wait") << qint64(1000) << qint64(60000) << qint64(0) << qint64(0);
    QTest::newRow("negative failures: no wait") << qint64(1000) << qint64(60000) << qint64(-5) << qint64(0);
    QTest::newRow("lowest count: no wait")
        << qint64(1000) << qint64(60000) << std::numeric_limits<qint64>::min() << qint64(0);
    QTest::newRow("zero first delay: never waits") << qint64(0) << qint64(60000) << qint64(30) << qint64(0);
    QTest::newRow("negative first delay counts as zero") << qint64(-500) << qint64(60000) << qint64(3) << qint64(0);
    QTest::newRow("cap below the first delay: the first delay")
        << qint64(5000) << qint64(10) << qint64(4) << qint64(5000);
    QTest::newRow("negative cap: the first delay") << qint64(300) << qint64(-1) << qint64(9) << qint64(300);
    QTest::newRow("first delay at the end of qint64") << kMax64 << kMax64 << qint64(2) << kMax64;
}

void TestBackoff::delayForTheNthFailure()
{
    QFETCH(qint64, firstMs);
    QFETCH(qint64, maxMs);
    QFETCH(qint64, failures);
    QFETCH(qint64, expected);
    const Backoff backoff(firstMs, maxMs);
    QCOMPARE(backoff.baseDelayMs(failures), expected);
    QCOMPARE(backoff.delayMs(failures), expected); // no jitter asked for: exactly the base
}

void TestBackoff::jitterSpreadsEvenlyAroundTheBase_data()
{
    QTest::addColumn<qint64>("firstMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<qint64>("expected");

    // A random source of 0 gives the low end, 0.5 the base itself, just under 1 the high end.
    QTest::newRow("low end, 20 %") << qint64(1000) << qint64(60000) << 0.2 << 0.0 << qint64(2) << qint64(1600);
    QTest::newRow("middle, 20 %") << qint64(1000) << qint64(60000) << 0.2 << 0.5 << qint64(2) << qint64(2000);
    QTest::newRow("high end, 20 %") << qint64(1000) << qint64(60000) << 0.2 << 0.75 << qint64(2) << qint64(2200);
    QTest::newRow("ApiRequest's 50 %: half") << qint64(400) << qint64(409600) << 0.5 << 0.0 << qint64(1) << qint64(200);
    QTest::newRow("ApiRequest's 50 %: one and a half")
        << qint64(400) << qint64(409600) << 0.5 << 1.0 << qint64(3) << qint64(2400);
    QTest::newRow("above the cap after jitter: the cap")
        << qint64(1000) << qint64(60000) << 0.2 << 1.0 << qint64(10) << qint64(60000);
    QTest::newRow("below the cap after jitter")
        << qint64(1000) << qint64(60000) << 0.2 << 0.0 << qint64(10) << qint64(48000);
    QTest::newRow("huge count, low end") << qint64(1000) << qint64(60000) << 0.2 << 0.0 << kMax64 << qint64(48000);
    QTest::newRow("cap at the end of qint64, high end") << qint64(1) << kMax64 << 0.5 << 1.0 << qint64(100) << kMax64;
    QTest::newRow("jitter above one counts as one")
        << qint64(1000) << qint64(60000) << 7.0 << 0.0 << qint64(1) << qint64(0);
    QTest::newRow("negative jitter counts as none")
        << qint64(1000) << qint64(60000) << -0.3 << 0.0 << qint64(1) << qint64(1000);
    QTest::newRow("NaN jitter counts as none")
        << qint64(1000) << qint64(60000) << std::numeric_limits<double>::quiet_NaN() << 0.0 << qint64(1)
        << qint64(1000);
    QTest::newRow("source below zero: the low end")
        << qint64(1000) << qint64(60000) << 0.2 << -4.0 << qint64(1) << qint64(800);
    QTest::newRow("source above one: the high end")
        << qint64(1000) << qint64(60000) << 0.2 << 9.0 << qint64(1) << qint64(1200);
    QTest::newRow("source gives NaN: the low end")
        << qint64(1000) << qint64(60000) << 0.2 << std::numeric_limits<double>::quiet_NaN() << qint64(1) << qint64(800);
    QTest::newRow("no failure: no wait, whatever the jitter")
        << qint64(1000) << qint64(60000) << 0.5 << 1.0 << qint64(0) << qint64(0);
}

void TestBackoff::jitterSpreadsEvenlyAroundTheBase()
{
    QFETCH(qint64, firstMs);
    QFETCH(qint64, maxMs);
    QFETCH(double, jitter);
    QFETCH(double, random);
    QFETCH(qint64, failures);
    QFETCH(qint64, expected);
    int drawn = 0;
    const Backoff backoff(firstMs, maxMs, jitter, [&] {
        ++drawn;
        return random;
    });
    QCOMPARE(backoff.delayMs(failures), expected);
    QVERIFY(drawn <= 1);
}

void TestBackoff::withoutASourceJitterStaysInItsBand()
{
    // QRandomGenerator's numbers: every delay within 20 % of 8 s, and not all the same.
    const Backoff backoff(1000, 60000, 0.2);
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = backoff.delayMs(4);
        QVERIFY2(delay >= 6400 && delay <= 9600, QByteArray::number(delay).constData());
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 1);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"

// NumberConversion: every double a server or document can send (NaN, infinities, 1e300, the edges of qint64)
// becomes an integer without undefined behaviour. Run under ./dev sanitize, a plain cast in its place is a UBSan
// report ("is outside the range of representable values").
#include "models/core/NumberConversion.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace CaseDesk;

namespace
{
constexpr qint64 kMax64 = std::numeric_limits<qint64>::max();
constexpr qint64 kMin64 = std::numeric_limits<qint64>::min();
constexpr int kMaxInt = std::numeric_limits<int>::max();
constexpr int kMinInt = std::numeric_limits<int>::min();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

class TestNumberConversion : public QObject
{
    Q_OBJECT

private slots:
    void conversions_data();
    void conversions();
    void clampsIntoTheGivenRange();
};

void TestNumberConversion::conversions_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("exact");        // exactInteger() gives a value
    QTest::addColumn<qint64>("exactValue"); // …this one
    QTest::addColumn<qint64>("clamped64");  // clampedInt64(value, fallback 7)
    QTest::addColumn<int>("clampedInt");    // clampedInt(value, fallback 7)

    QTest::newRow("zero") << 0.0 << true << qint64(0) << qint64(0) << 0;
    QTest::newRow("negative zero") << -0.0 << true << qint64(0) << qint64(0) << 0;
    QTest::newRow("whole") << 42.0 << true << qint64(42) << qint64(42) << 42;
    QTest::newRow("negative whole") << -3.0 << true << qint64(-3) << qint64(-3) << -3;
    QTest::newRow("fraction") << 1.5 << false << qint64(0) << qint64(1) << 1;
    QTest::newRow("negative fraction") << -1.5 << false << qint64(0) << qint64(-1) << -1;
    QTest::newRow("2^53 + 2") << 9007199254740994.0 << true << qint64(9007199254740994) << qint64(9007199254740994)
                              << kMaxInt;
    QTest::newRow("int max + 1") << 2147483648.0 << true << qint64(2147483648) << qint64(2147483648) << kMaxInt;
    QTest::newRow("int min - 1") << -2147483649.0 << true << qint64(-2147483649) << qint64(-2147483649) << kMinInt;
    QTest::newRow("-2^63 is qint64's minimum") << -9223372036854775808.0 << true << kMin64 << kMin64 << kMinInt;
    QTest::newRow("2^63 is beyond qint64") << 9223372036854775808.0 << false << qint64(0) << kMax64 << kMaxInt;
    QTest::newRow("just below -2^63") << -9223372036854777856.0 << false << qint64(0) << kMin64 << kMinInt;
    QTest::newRow("1e300") << 1e300 << false << qint64(0) << kMax64 << kMaxInt;
    QTest::newRow("-1e300") << -1e300 << false << qint64(0) << kMin64 << kMinInt;
    QTest::newRow("infinity") << kInf << false << qint64(0) << kMax64 << kMaxInt;
    QTest::newRow("-infinity") << -kInf << false << qint64(0) << kMin64 << kMinInt;
    QTest::newRow("NaN gives the fallback") << kNaN << false << qint64(0) << qint64(7) << 7;
    QTest::newRow("smallest subnormal") << 4.9e-324 << false << qint64(0) << qint64(0) << 0;
}

void TestNumberConversion::conversions()
{
    QFETCH(double, value);
    QFETCH(bool, exact);
    QFETCH(qint64, exactValue);
    QFETCH(qint64, clamped64);
    QFETCH(int, clampedInt);

    const std::optional<qint64> integer = NumberConversion::exactInteger(value);
    QCOMPARE(integer.has_value(), exact);
    if (exact)
        QCOMPARE(*integer, exactValue);
    QCOMPARE(NumberConversion::clampedInt64(value, 7), clamped64);
    QCOMPARE(NumberConversion::clampedInt(value, 7), clampedInt);
}

void TestNumberConversion::clampsIntoTheGivenRange()
{
    QCOMPARE(NumberConversion::clampedInt(1e300, 0, -1, 99), 99);
    QCOMPARE(NumberConversion::clampedInt(-1e300, 0, -1, 99), -1);
    QCOMPARE(NumberConversion::clampedInt(50.9, 0, -1, 99), 50);
    // A fallback outside the range is brought into it too: the result is always within [min, max].
    QCOMPARE(NumberConversion::clampedInt(kNaN, 500, -1, 99), 99);
    QCOMPARE(NumberConversion::clampedInt64(kNaN, -5, 0, 10), qint64(0));
}

QTEST_APPLESS_MAIN(TestNumberConversion)
#include "tst_numberconversion.moc"

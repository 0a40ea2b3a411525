// Every colour CaseDesk adds comes from ThemeColors, and every text colour it provides reads at WCAG AA
// (4.5:1) on its background, in Fusion's light palette, a dark one, and palettes chosen to be awkward.
#include "models/domain/CaseStatus.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QPalette)

class TestThemeColors : public QObject
{
    Q_OBJECT

private slots:
    void theContrastFormulaIsWcags();
    void everyRoleReadsWell_data();
    void everyRoleReadsWell();
    void theCheckCatchesABadColour();
    void darkAndLightDiffer();
    void stylesFollowAPaletteChange();
    void aProductionWindowShowsItsEnvironmentInTheBandsColours();
};

namespace
{
QPalette fusionLight()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

// A dark palette as dark desktop themes have it (Breeze Dark's main colours).
QPalette dark()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x59));
    return palette;
}

QPalette plain(const QColor& window, const QColor& base)
{
    QPalette palette(window);
    palette.setColor(QPalette::Base, base);
    return palette;
}

// The roles whose text is below the threshold, with their ratio.
QStringList tooLow(const QList<ThemeColors::Check>& checks)
{
    QStringList failures;
    for (const ThemeColors::Check& check : checks) {
        const double ratio = ThemeColors::contrastRatio(check.foreground, check.background);
        if (ratio < ThemeColors::kMinimumContrast)
            failures << u"%1: %2 on %3 is %4:1"_s.arg(check.role, check.foreground.name(), check.background.name())
                            .arg(ratio, 0, 'f', 2);
    }
    return failures;
}
} // namespace

void TestThemeColors::theContrastFormulaIsWcags()
{
    QCOMPARE(ThemeColors::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(ThemeColors::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(ThemeColors::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // The well-known boundary: #767676 is the lightest grey that passes AA on white, #777777 fails.
    QVERIFY(ThemeColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(ThemeColors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(qAbs(ThemeColors::relativeLuminance(QColor(0xff, 0x00, 0x00)) - 0.2126) < 1e-9);
}

void TestThemeColors::everyRoleReadsWell_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << fusionLight();
    QTest::newRow("dark") << dark();
    // Awkward ones: no text colour is good on everything here unless it is worked out.
    QTest::newRow("mid grey") << plain(QColor(0x77, 0x77, 0x77), QColor(0x80, 0x80, 0x80));
    QTest::newRow("black") << plain(Qt::black, Qt::black);
    QTest::newRow("white") << plain(Qt::white, Qt::white);
    QTest::newRow("red window") << plain(QColor(0xb3, 0x26, 0x1e), QColor(0xa0, 0x20, 0x18));
    QTest::newRow("high contrast dark") << plain(Qt::black, QColor(0x10, 0x10, 0x10));
}

void TestThemeColors::everyRoleReadsWell()
{
    QFETCH(QPalette, palette);
    const ThemeColors colors(palette);
    const QList<ThemeColors::Check> checks = colors.checks();
    // Every role: the five texts and a badge per status (six known and the unknown one).
    QCOMPARE(checks.size(), 5 + 7);
    for (const ThemeColors::Check& check : checks)
        qDebug().noquote() << check.role << check.foreground.name() << "on" << check.background.name()
                           << QString::number(ThemeColors::contrastRatio(check.foreground, check.background), 'f', 2);
    const QStringList failures = tooLow(checks);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    // The badges the list and the case header draw are the same colours.
    const ThemeColors::Pair progress = colors.statusBadge(CaseStatus::Known::InProgress);
    QCOMPARE(StatusBadge::background(u"IN_PROGRESS"_s, palette), progress.background);
}

void TestThemeColors::theCheckCatchesABadColour()
{
    // The check above is not a formality: grey on grey, and the old fixed error red on a dark window, fail it.
    QList<ThemeColors::Check> bad{{u"grey on grey"_s, QColor(0x77, 0x77, 0x77), QColor(0x88, 0x88, 0x88)}};
    QCOMPARE(tooLow(bad).size(), 1);
    bad = {{u"old error red on dark"_s, QColor(0x9b, 0x2c, 0x2c), dark().color(QPalette::Window)}};
    QCOMPARE(tooLow(bad).size(), 1);
    // And withContrast() repairs exactly such a colour.
    const QColor repaired = ThemeColors::withContrast(QColor(0x9b, 0x2c, 0x2c), {dark().color(QPalette::Window)});
    QVERIFY(ThemeColors::contrastRatio(repaired, dark().color(QPalette::Window)) >= 4.5);
    QVERIFY(repaired.hslHue() >= 0 && qAbs(repaired.hslHue() - QColor(0x9b, 0x2c, 0x2c).hslHue()) <= 12); // still red
}

void TestThemeColors::darkAndLightDiffer()
{
    const ThemeColors light(fusionLight());
    const ThemeColors night(dark());
    QVERIFY(!light.isDark());
    QVERIFY(night.isDark());
    // Error text is a dark red on light, a light red on dark.
    QVERIFY(ThemeColors::relativeLuminance(light.errorText()) < 0.2);
    QVERIFY(ThemeColors::relativeLuminance(night.errorText()) > 0.2);
    QVERIFY(night.problemBanner().background != light.problemBanner().background);
}

void TestThemeColors::stylesFollowAPaletteChange()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(fusionLight());
    QLabel label;
    ThemeColors::setStyle(&label, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    QVERIFY(label.styleSheet().contains(ThemeColors(fusionLight()).errorText().name()));

    QApplication::setPalette(dark());
    QTRY_VERIFY2(label.styleSheet().contains(ThemeColors(dark()).errorText().name()), qPrintable(label.styleSheet()));

    StatusBadge badge;
    badge.setStatus(u"CANCELLED"_s, u"Cancelled"_s);
    const QString darkBadge = badge.styleSheet();
    QApplication::setPalette(fusionLight());
    QTRY_VERIFY(badge.styleSheet() != darkBadge);
    QVERIFY(badge.styleSheet().contains(
        ThemeColors(fusionLight()).statusBadge(CaseStatus::Known::Cancelled).background.name()));
    QApplication::setPalette(before);
}

void TestThemeColors::aProductionWindowShowsItsEnvironmentInTheBandsColours()
{
    MainWindow window;
    window.setEnvironmentName(u"PRODUCTION: Provider production"_s);
    auto* label = window.findChild<QLabel*>(u"environmentLabel"_s);
    QVERIFY(label);
    QVERIFY(label->styleSheet().isEmpty());
    window.setProduction(true);
    QVERIFY(window.isProduction());
    const ThemeColors::Pair band = ThemeColors(QApplication::palette()).productionBand();
    QVERIFY2(label->styleSheet().contains(band.background.name()), qPrintable(label->styleSheet()));
    QVERIFY(label->styleSheet().contains(band.foreground.name()));
    window.setProduction(false);
    QVERIFY(label->styleSheet().isEmpty());
}

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"

// The main window's toolbar: the menus' own actions with icons from the icon theme or CaseDesk's (in the
// palette's colours, drawn at the screen's scale), and View ▸ Toolbar, remembered from one start to the next.
#include "app/AppController.h"
#include "tests/support/TestHome.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/ActionIcons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QPalette)

namespace
{
// The opaque pixels of an icon and how many of them are not `color`.
struct Ink
{
    int opaque = 0;
    int otherColour = 0;
};

Ink inkOf(const QPixmap& pixmap, const QColor& color)
{
    Ink ink;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) < 250)
                continue;
            ++ink.opaque;
            if (qAbs(qRed(pixel) - color.red()) > 2 || qAbs(qGreen(pixel) - color.green()) > 2
                || qAbs(qBlue(pixel) - color.blue()) > 2)
                ++ink.otherColour;
        }
    }
    return ink;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::Active, QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Inactive, QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return palette;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

const QList<ActionIcons::Icon> kIcons{ActionIcons::NewCase, ActionIcons::GoToCase, ActionIcons::Refresh,
                                      ActionIcons::Drafts, ActionIcons::Outbox};
} // namespace

class TestToolbar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheMenusActionsWithIconsAndShortcuts();
    void viewMenuHidesItAndTheNextStartRemembers();
    void bundledIconsTakeThePalettesColours_data();
    void bundledIconsTakeThePalettesColours();
    void bundledIconsAreDrawnAtTheScreensScale();
    void theIconThemeWinsWhereItHasTheIcon();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestToolbar::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    // Settings are written only for an application with an organization, as CaseDesk's main() sets.
    QCoreApplication::setOrganizationName(u"CaseDeskToolbarTest"_s);
    QVERIFY(!QIcon::hasThemeIcon(u"view-refresh"_s)); // no icon theme here: the bundled icons show
}

void TestToolbar::holdsTheMenusActionsWithIconsAndShortcuts()
{
    MainWindow window;
    QToolBar* bar = window.toolBar();
    QVERIFY(bar);
    QCOMPARE(bar->objectName(), u"mainToolBar"_s); // named, so QMainWindow::saveState() can keep it
    QVERIFY(!bar->accessibleName().isEmpty());
    const QList<QAction*> expected{window.action(MainWindow::Action::NewCase),
                                   window.action(MainWindow::Action::GoToCase),
                                   window.action(MainWindow::Action::RefreshAll)};
    QCOMPARE(bar->actions(), expected); // the menus' own actions, not copies
    for (QAction* action : expected) {
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(inkOf(action->icon().pixmap(48, 48), Qt::black).opaque > 80, qPrintable(action->objectName()));
        QVERIFY2(!action->iconText().contains(u'&'), qPrintable(action->iconText()));
        QCOMPARE(action->toolTip(), u"%1 (%2)"_s.arg(QString(action->text()).remove(u'&'),
                                                     action->shortcut().toString(QKeySequence::NativeText)));
    }
    QCOMPARE(window.action(MainWindow::Action::RefreshAll)->toolTip(), u"Refresh open cases (Ctrl+Shift+R)"_s);
    // A click on a button is the menu's command.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy refreshed(window.action(MainWindow::Action::RefreshAll), &QAction::triggered);
    QTest::mouseClick(bar->widgetForAction(window.action(MainWindow::Action::RefreshAll)), Qt::LeftButton);
    QCOMPARE(refreshed.size(), 1);
}

void TestToolbar::viewMenuHidesItAndTheNextStartRemembers()
{
    auto toggleOf = [](AppController& app) -> QAction* {
        for (QAction* action : app.window()->viewMenu()->actions()) {
            if (action->objectName() == u"showToolBarAction"_s)
                return action;
        }
        return nullptr;
    };
    {
        AppController app(AppOptions{});
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QToolBar* bar = app.window()->toolBar();
        QVERIFY(bar->isVisible()); // a new user sees it
        QAction* toggle = toggleOf(app);
        QVERIFY(toggle);
        QCOMPARE(toggle, bar->toggleViewAction());
        QVERIFY(toggle->isCheckable() && toggle->isChecked());
        QVERIFY(toggle->text().contains(u'&'));
        toggle->trigger();
        QVERIFY(!bar->isVisible());
    }
    {
        AppController app(AppOptions{});
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QToolBar* bar = app.window()->toolBar();
        QVERIFY(!bar->isVisible());
        QAction* toggle = toggleOf(app);
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(bar->isVisible());
    }
    AppController app(AppOptions{});
    app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QVERIFY(app.window()->toolBar()->isVisible());
}

void TestToolbar::bundledIconsTakeThePalettesColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestToolbar::bundledIconsTakeThePalettesColours()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    const QColor normal = palette.color(QPalette::Normal, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    QStringList problems;
    for (ActionIcons::Icon which : kIcons) {
        const QIcon icon = ActionIcons::bundled(which);
        const Ink ink = inkOf(icon.pixmap(48, 48), normal);
        if (ink.opaque < 80 || ink.otherColour > 0)
            problems << u"%1: %2 opaque, %3 not %4"_s.arg(ActionIcons::themeName(which))
                            .arg(ink.opaque)
                            .arg(ink.otherColour)
                            .arg(normal.name());
        const Ink faded = inkOf(icon.pixmap(QSize(48, 48), QIcon::Disabled), disabled);
        if (faded.opaque < 80 || faded.otherColour > 0)
            problems << u"%1 disabled: not %2"_s.arg(ActionIcons::themeName(which), disabled.name());
    }
    QApplication::setPalette(before);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestToolbar::bundledIconsAreDrawnAtTheScreensScale()
{
    for (ActionIcons::Icon which : kIcons) {
        const QPixmap pixmap = ActionIcons::bundled(which).pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48)); // drawn from the SVG at 48 pixels, not 24 blown up
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }
}

void TestToolbar::theIconThemeWinsWhereItHasTheIcon()
{
    // A theme with a red view-refresh and nothing else.
    QTemporaryDir themes;
    QVERIFY(QDir(themes.path()).mkpath(u"casedesk-test/24x24/actions"_s));
    QFile index(themes.filePath(u"casedesk-test/index.theme"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=casedesk-test\nDirectories=24x24/actions\n\n"
                "[24x24/actions]\nSize=24\nType=Fixed\n");
    index.close();
    QImage red(24, 24, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(themes.filePath(u"casedesk-test/24x24/actions/view-refresh.png"_s)));
    const QStringList paths = QIcon::themeSearchPaths();
    const QString name = QIcon::themeName();
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(u"casedesk-test"_s);

    const Ink themed = inkOf(ActionIcons::icon(ActionIcons::Refresh).pixmap(24, 24), Qt::red);
    const QColor text = QApplication::palette().color(QPalette::Normal, QPalette::ButtonText);
    const Ink bundled = inkOf(ActionIcons::icon(ActionIcons::Drafts).pixmap(24, 24), text);

    QIcon::setThemeName(name);
    QIcon::setThemeSearchPaths(paths);
    QCOMPARE(themed.opaque, 24 * 24);
    QCOMPARE(themed.otherColour, 0);
    QVERIFY(bundled.opaque > 20); // not in the theme: CaseDesk's own
    QCOMPARE(bundled.otherColour, 0);
}

QTEST_MAIN(TestToolbar)
#include "tst_toolbar.moc"

// The window as CaseDesk last ended comes back at the next start: its size, position and maximized state,
// and the case tabs that were open (from the store, with no server to ask), with the same one in front.
#include "app/AppController.h"
#include "app/Session.h"
#include "models/items/CaseListModel.h"
#include "models/settings/WindowSettings.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailController.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestWindowState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWindowAndItsCaseTabsComeBack();
    void aMaximizedWindowComesBackMaximized();
    void openCasesFromAnEditedSettingsFileAreChecked_data();
    void openCasesFromAnEditedSettingsFileAreChecked();

private:
    QStringList twoCases(AppController& app) const;

    std::unique_ptr<TestHome> m_home;
};

void TestWindowState::initTestCase()
{
    // The app's settings are written only with an organization name.
    QCoreApplication::setOrganizationName(u"CaseDesk"_s);
    QCoreApplication::setApplicationName(u"CaseDesk"_s);
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
}

QStringList TestWindowState::twoCases(AppController& app) const
{
    QStringList numbers;
    CaseListModel* cases = app.session() ? app.session()->cases() : nullptr;
    for (int row = 0; cases && row < cases->rowCount() && numbers.size() < 2; ++row) {
        const CaseSummary summary = cases->caseRow(row).summary;
        if (summary.hasFullAnswer && summary.caseNumber.size() == 8)
            numbers.append(summary.caseNumber);
    }
    return numbers.size() == 2 ? numbers : QStringList{};
}

void TestWindowState::theWindowAndItsCaseTabsComeBack()
{
    QStringList cases;
    {
        AppOptions options;
        options.sandboxProgram = SandboxProcess::sandboxBinary();
        AppController app(options);
        app.start();
        auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!(cases = twoCases(app)).isEmpty(), 30000);
        app.caseTabs()->openCase(cases.at(0));
        app.caseTabs()->openCase(cases.at(1));
        app.caseTabs()->openCase(cases.at(0)); // in front again
        // On the screen main() below sets up, above the window's minimum size (with the problem banner the
        // next start shows too) and where restoreGeometry() need not move it to keep its title bar visible.
        app.window()->resize(900, 700);
        app.window()->move(60, 80);
        QTRY_COMPARE(app.window()->size(), QSize(900, 700));
        QTRY_COMPARE(app.window()->pos(), QPoint(60, 80));
        app.window()->close();
    }

    // The next start, with no server at all (its local sandbox cannot start): the same window and tabs.
    AppOptions options;
    options.sandboxProgram = m_home->filePath(u"no-such-sandbox"_s);
    AppController app(options);
    app.start();
    QCOMPARE(app.window()->size(), QSize(900, 700));
    QCOMPARE(app.window()->pos(), QPoint(60, 80));
    QVERIFY(!app.window()->isMaximized());
    QVERIFY(app.caseTabs());
    QCOMPARE(app.caseTabs()->openKeys(), cases);
    QCOMPARE(app.caseTabs()->currentKey(), cases.at(0));
    for (const QString& number : std::as_const(cases)) {
        auto* controller = app.caseTabs()->viewFor(number)->findChild<CaseDetailController*>();
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller->answer().has_value(), 10000); // read from the store
        QCOMPARE(controller->answer()->id.value_or(QString()), number);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!app.window()->problemText().isEmpty(), 10000); // the server really is not there

    // A tab closed is one less next time.
    auto* tabs = app.window()->tabs();
    emit tabs->tabCloseRequested(tabs->indexOf(app.caseTabs()->viewFor(cases.at(1))));
    QTRY_COMPARE(WindowSettings(app.session()->settings()).openCases().keys, QStringList{cases.at(0)});
}

void TestWindowState::aMaximizedWindowComesBackMaximized()
{
    AppOptions options;
    options.sandboxProgram = m_home->filePath(u"no-such-sandbox"_s);
    {
        AppController app(options);
        app.start();
        app.window()->showMaximized();
        QTRY_VERIFY(app.window()->isMaximized());
    }
    AppController app(options);
    app.start();
    QTRY_VERIFY(app.window()->isMaximized());
}

void TestWindowState::openCasesFromAnEditedSettingsFileAreChecked_data()
{
    QTest::addColumn<QVariant>("keys");
    QTest::addColumn<QVariant>("current");
    QTest::addColumn<QStringList>("expectedKeys");
    QTest::addColumn<QString>("expectedCurrent");

    QTest::newRow("as written") << QVariant(QStringList{u"11150929"_s, u"1-111509290000"_s})
                                << QVariant(u"1-111509290000"_s) << QStringList{u"11150929"_s, u"1-111509290000"_s}
                                << u"1-111509290000"_s;
    QTest::newRow("one, as a plain string")
        << QVariant(u"11150929"_s) << QVariant() << QStringList{u"11150929"_s} << QString();
    QTest::newRow("markup, paths and blanks dropped")
        << QVariant(QStringList{u"<b>1</b>"_s, u"../../etc/passwd"_s, QString(), u" 11150929"_s, u"11150930"_s})
        << QVariant(u"<b>1</b>"_s) << QStringList{u"11150930"_s} << QString();
    QTest::newRow("twice the same") << QVariant(QStringList{u"11150929"_s, u"11150929"_s}) << QVariant(u"11150929"_s)
                                    << QStringList{u"11150929"_s} << u"11150929"_s;
    QStringList many;
    for (int i = 0; i < 70; ++i)
        many.append(QString::number(11150000 + i));
    QTest::newRow("too many") << QVariant(many) << QVariant(many.constLast())
                              << many.mid(0, WindowSettings::kMaxOpenCases) << QString();
    QTest::newRow("nothing") << QVariant() << QVariant() << QStringList{} << QString();
}

void TestWindowState::openCasesFromAnEditedSettingsFileAreChecked()
{
    QFETCH(QVariant, keys);
    QFETCH(QVariant, current);
    QFETCH(QStringList, expectedKeys);
    QFETCH(QString, expectedCurrent);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QSettings settings(folder.filePath(u"environment.ini"_s), QSettings::IniFormat);
    // What WindowSettings writes, under the keys it uses (found by writing once: a list of two, and one).
    WindowSettings(&settings).setOpenCases({{u"11150929"_s, u"11150930"_s}, u"11150930"_s});
    const QStringList written = settings.allKeys();
    QCOMPARE(written.size(), 2);
    for (const QString& key : written)
        settings.setValue(key, settings.value(key).toStringList().size() == 2 ? keys : current);
    const WindowSettings::OpenCases read = WindowSettings(&settings).openCases();
    QCOMPARE(read.keys, expectedKeys);
    QCOMPARE(read.current, expectedCurrent);
}

int main(int argc, char* argv[])
{
    // The offscreen platform's one screen is 800 × 600 unless told otherwise: too small for a window above its
    // minimum size that restoreGeometry() leaves where it was. A screen of 1600 × 1200 instead.
    QTemporaryDir folder;
    QFile screens(folder.filePath(u"screens.json"_s));
    if (!folder.isValid() || !screens.open(QIODevice::WriteOnly))
        return 1;
    screens.write(R"({"screens": [{"name": "big", "x": 0, "y": 0, "width": 1600, "height": 1200,)"
                  R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    screens.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    QApplication app(argc, argv);
    TestWindowState test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_windowstate.moc"

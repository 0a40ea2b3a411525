// casedesk:// links and --open, as the running copy takes them from a later start: the case opens in a tab
// (fetched first), a bad link or an unknown case is said in a box, and Copy link puts the link on the
// clipboard.
#include "app/AppController.h"
#include "app/Session.h"
#include "models/items/CaseListModel.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestCaseLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aLaterStartsOpenArgumentOpensTheCase();
    void aLinkWithItsEnvironmentOpensTheCase();
    void badLinksAreExplained_data();
    void badLinksAreExplained();
    void aCaseTheServerDoesNotKnowIsExplained();
    void copyLinkPutsTheLinkOnTheClipboard();
    void aLinkOnTheCommandLineOpensAtStart();

private:
    QString aCaseNumber() const;
    QMessageBox* problemBox() const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<AppController> m_app;
};

void TestCaseLinks::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
}

void TestCaseLinks::init()
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    m_app = std::make_unique<AppController>(options);
    m_app->start();
    auto* connection = m_app->window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!aCaseNumber().isEmpty(), 20000);
}

void TestCaseLinks::cleanup()
{
    m_app.reset();
}

QString TestCaseLinks::aCaseNumber() const
{
    CaseListModel* cases = m_app->session() ? m_app->session()->cases() : nullptr;
    for (int row = 0; cases && row < cases->rowCount(); ++row) {
        const QString number = cases->caseRow(row).summary.caseNumber;
        if (number.size() == 8)
            return number;
    }
    return {};
}

QMessageBox* TestCaseLinks::problemBox() const
{
    return m_app->window()->linkProblemBox();
}

void TestCaseLinks::aLaterStartsOpenArgumentOpensTheCase()
{
    const QString number = aCaseNumber();
    QVERIFY(!m_app->caseTabs()->viewFor(number));
    m_app->handleLaterStart({u"--open"_s, number});
    QTRY_VERIFY_WITH_TIMEOUT(m_app->caseTabs()->viewFor(number), 10000);
    QCOMPARE(m_app->caseTabs()->currentCase(), m_app->caseTabs()->viewFor(number));
    QVERIFY(!problemBox());
}

void TestCaseLinks::aLinkWithItsEnvironmentOpensTheCase()
{
    const QString number = aCaseNumber();
    const Session* session = m_app->session();
    m_app->handleLaterStart({u"casedesk://case/%1?environment=local"_s.arg(number)});
    QTRY_VERIFY_WITH_TIMEOUT(m_app->caseTabs()->viewFor(number), 10000);
    QCOMPARE(m_app->session(), session); // already there: no new session
    QVERIFY(!problemBox());
}

void TestCaseLinks::badLinksAreExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");

    QTest::newRow("not digits") << QStringList{u"casedesk://case/abcdefgh"_s} << u"8 digits"_s;
    QTest::newRow("open without a number") << QStringList{u"--open"_s, u"x"_s} << u"8 digits"_s;
    QTest::newRow("wrong scheme") << QStringList{u"https://example.com/case/11150929"_s} << u"casedesk://"_s;
    QTest::newRow("unknown environment") << QStringList{u"casedesk://case/11150929?environment=nowhere"_s}
                                         << u"nowhere"_s;
    QTest::newRow("encoded") << QStringList{u"casedesk://case/%3111150929"_s} << u"encoded"_s;
    QTest::newRow("unknown option") << QStringList{u"--format-disk"_s} << u"format-disk"_s;
}

void TestCaseLinks::badLinksAreExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const int tabs = m_app->window()->tabs()->count();
    m_app->handleLaterStart(arguments);
    QTRY_VERIFY(problemBox() && problemBox()->isVisible());
    QVERIFY2(problemBox()->text().contains(says), qPrintable(problemBox()->text()));
    QCOMPARE(problemBox()->textFormat(), Qt::PlainText);
    QCOMPARE(m_app->window()->tabs()->count(), tabs);
}

void TestCaseLinks::aCaseTheServerDoesNotKnowIsExplained()
{
    m_app->handleLaterStart({u"casedesk://case/99999999"_s});
    QTRY_VERIFY_WITH_TIMEOUT(problemBox() && problemBox()->isVisible(), 10000);
    QVERIFY2(problemBox()->text().contains(u"99999999"_s), qPrintable(problemBox()->text()));
    QVERIFY(!m_app->caseTabs()->viewFor(u"99999999"_s));
}

void TestCaseLinks::copyLinkPutsTheLinkOnTheClipboard()
{
    const QString number = aCaseNumber();
    CaseDetailView* view = m_app->caseTabs()->openCase(number);
    QTRY_VERIFY_WITH_TIMEOUT(view->copyLinkAction()->isEnabled(), 10000);
    // In the Case menu, for the case in front.
    QVERIFY(m_app->window()->caseMenu()->actions().contains(view->copyLinkAction()));
    QGuiApplication::clipboard()->clear();
    view->copyLinkAction()->trigger();
    const QString link = u"casedesk://case/%1?environment=local"_s.arg(number);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);

    // And the link opens the case again.
    m_app->window()->tabs()->setCurrentIndex(0);
    m_app->handleLaterStart({QGuiApplication::clipboard()->text()});
    QTRY_COMPARE_WITH_TIMEOUT(m_app->caseTabs()->currentCase(), view, 10000);
}

void TestCaseLinks::aLinkOnTheCommandLineOpensAtStart()
{
    const QString number = aCaseNumber();
    m_app.reset();
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    options.openRequests = {u"casedesk://case/%1"_s.arg(number)};
    m_app = std::make_unique<AppController>(options);
    m_app->start();
    // Opened once the session is signed in to its freshly started sandbox.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->caseTabs() && m_app->caseTabs()->viewFor(number), 30000);
}

QTEST_MAIN(TestCaseLinks)
#include "tst_caselinks.moc"

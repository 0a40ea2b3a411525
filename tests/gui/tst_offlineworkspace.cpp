#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "tests/support/FakeOutboxServer.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"
#include "ui/offline/ConnectivityBanner.h"
#include "ui/offline/DraftsView.h"
#include "ui/offline/OfflineWorkspace.h"
#include "ui/offline/OutboxView.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * The offline parts as they sit in a main window (offscreen): View menu entries with shortcuts and counts,
 * docks that open on them, the outbox count in the status bar, and the banner's Retry, which says it is
 * trying and gives the button back when the server still does not answer. Destroying the workspace takes
 * everything out of the window again.
 */
class TestOfflineWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void viewMenuOpensDraftsAndOutboxWithTheirCounts();
    void retryNowTriesAndGivesTheButtonBack();
    void destroyingTheWorkspaceTakesItsPartsOut();
    void theToolbarShowsDraftsAndOutboxWithIconsAndCounts();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOutboxServer> m_server;
    std::unique_ptr<OfflineServices> m_offline;
    std::unique_ptr<QMainWindow> m_window;
    QMenu* m_viewMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    OfflineWorkspace* m_workspace = nullptr;
};

void TestOfflineWorkspace::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOfflineWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeOutboxServer>();
    m_offline = std::make_unique<OfflineServices>(nullptr, nullptr, nullptr, m_server.get());
    m_offline->setTiming({60000, 60000, 60000, 60000});
    FakeOutboxServer* server = m_server.get();
    m_offline->monitor()->setProbe([server](QObject* context, ConnectivityMonitor::ProbeDone done) {
        QTimer::singleShot(20, context, [server, done] {
            done(server->reachable ? ApiError() : ApiError::make(ApiError::Kind::Offline));
        });
    });
    QSignalSpy loaded(m_offline.get(), &OfflineServices::loaded);
    m_offline->open(m_dir->filePath(u"casedesk.sqlite"_s));
    QVERIFY(loaded.wait(10000));
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QWidget);
    m_viewMenu = m_window->menuBar()->addMenu(u"&View"_s);
    m_toolBar = m_window->addToolBar(u"Toolbar"_s);
    m_toolBar->addAction(u"New case"_s); // the window's own, before the session's
    m_workspace = new OfflineWorkspace({m_offline.get(), m_window.get(), m_viewMenu, m_toolBar, nullptr, nullptr},
                                       m_window.get());
    m_workspace->banner()->setParent(m_window->centralWidget());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOfflineWorkspace::cleanup()
{
    delete m_workspace;
    m_window.reset();
    m_offline.reset();
    m_server.reset();
    m_dir.reset();
}

void TestOfflineWorkspace::viewMenuOpensDraftsAndOutboxWithTheirCounts()
{
    QAction* drafts = m_workspace->showDraftsAction();
    QAction* outbox = m_workspace->showOutboxAction();
    QVERIFY(m_viewMenu->actions().contains(drafts) && m_viewMenu->actions().contains(outbox));
    QCOMPARE(drafts->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(outbox->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(!m_workspace->statusButton()->isVisible()); // nothing waits: nothing to say

    m_offline->drafts()->save(Draft::forNote(noteDraft(u"11150929"_s, u"Half a thought"_s)));
    QCOMPARE(drafts->text(), u"&Drafts (1)"_s);
    QTest::keySequence(m_window.get(), drafts->shortcut());
    QTRY_VERIFY(m_workspace->draftsView()->isVisible());
    QVERIFY(m_workspace->draftsView()->table()->hasFocus()); // keyboard first: arrows and Enter work at once

    m_server->reachable = false;
    m_offline->monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    m_offline->sender()->submitCancel(u"11150929"_s, CancelRequest{u"dup"_s}, nullptr, {});
    QTRY_COMPARE(outbox->text(), u"&Outbox (1)"_s);
    QTRY_VERIFY(m_workspace->statusButton()->isVisible());
    QCOMPARE(m_workspace->statusButton()->text(), u"Outbox: 1 waiting"_s);
    QTest::mouseClick(m_workspace->statusButton(), Qt::LeftButton);
    QTRY_VERIFY(m_workspace->outboxView()->isVisible());
}

void TestOfflineWorkspace::retryNowTriesAndGivesTheButtonBack()
{
    m_server->reachable = false;
    m_offline->monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    ConnectivityBanner* banner = m_workspace->banner();
    QTRY_VERIFY(banner->isOffline());
    auto* retry = banner->findChild<QPushButton*>(u"retryNowButton"_s);
    QSignalSpy finished(m_offline->monitor(), &ConnectivityMonitor::probeFinished);
    retry->click();
    QVERIFY(!retry->isEnabled()); // trying
    QVERIFY(finished.wait(2000));
    QVERIFY(retry->isEnabled()); // still offline: the user may try again
    QVERIFY(banner->isOffline());

    m_server->reachable = true;
    retry->click();
    QTRY_VERIFY(!banner->isOffline());
    QVERIFY(!banner->isVisible());
}

void TestOfflineWorkspace::destroyingTheWorkspaceTakesItsPartsOut()
{
    const int docks = int(m_window->findChildren<QDockWidget*>().size());
    QCOMPARE(docks, 2);
    const int menuEntries = int(m_viewMenu->actions().size());
    delete m_workspace;
    m_workspace = nullptr;
    QCOMPARE(m_window->findChildren<QDockWidget*>().size(), 0);
    QCOMPARE(m_viewMenu->actions().size(), menuEntries - 3); // separator and the two entries
    QCOMPARE(m_toolBar->actions().size(), 1);                // the window's own stays
    QVERIFY(m_window->statusBar()->findChildren<QToolButton*>().isEmpty());
}

void TestOfflineWorkspace::theToolbarShowsDraftsAndOutboxWithIconsAndCounts()
{
    QAction* drafts = m_workspace->showDraftsAction();
    QAction* outbox = m_workspace->showOutboxAction();
    const QList<QAction*> buttons = m_toolBar->actions();
    QCOMPARE(buttons.size(), 4); // the window's, a separator, Drafts, Outbox: the menus' own actions
    QVERIFY(buttons.at(1)->isSeparator());
    QCOMPARE(buttons.at(2), drafts);
    QCOMPARE(buttons.at(3), outbox);
    for (QAction* action : {drafts, outbox}) {
        QVERIFY(!action->icon().isNull());
        QVERIFY(!action->icon().pixmap(24, 24).isNull());
    }
    QCOMPARE(drafts->iconText(), u"Drafts"_s);
    QVERIFY2(drafts->toolTip().contains(drafts->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(drafts->toolTip()));

    m_offline->drafts()->save(Draft::forNote(noteDraft(u"11150929"_s, u"Half a thought"_s)));
    QCOMPARE(drafts->iconText(), u"Drafts (1)"_s);
    auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(drafts));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_workspace->draftsView()->isVisible());
}

QTEST_MAIN(TestOfflineWorkspace)
#include "tst_offlineworkspace.moc"

#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftListModel.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxModel.h"
#include "models/offline/OutboxSender.h"
#include "tests/support/FakeOutboxServer.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NoteDraftKeeper.h"
#include "ui/offline/ConnectivityBanner.h"
#include "ui/offline/DraftsView.h"
#include "ui/offline/OutboxView.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * The offline parts of the window as a user meets them (offscreen): the banner and its Retry, the Drafts list
 * (reopen with Enter, discard with Delete after a question), the outbox (Send now, Edit, Discard, each enabled
 * only where it can work), and a case's note composer that keeps its text across closing the case.
 */
class TestOfflineViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannerSaysOfflineWithTheCountAndRetries();
    void bannerShowsItemsThatNeedTheUserWhenOnline();
    void draftsListReopensWithEnterAndDiscardsAfterAsking();
    void outboxViewSendsEditsAndDiscards();
    void outboxViewExplainsWhyAnItemCannotBeEdited();
    void noteComposerKeepsItsTextAcrossClosingTheCase();

private:
    bool goOffline();
    static QMessageBox* openQuestion(QWidget* parent, const QString& name);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOutboxServer> m_server;
    std::unique_ptr<OfflineServices> m_offline;
};

void TestOfflineViews::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOfflineViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeOutboxServer>();
    m_server->statuses.insert(u"11150929"_s, u"IN_PROGRESS"_s);
    m_offline = std::make_unique<OfflineServices>(nullptr, nullptr, nullptr, m_server.get());
    m_offline->setTiming({60000, 60000, 60000, 60000});
    FakeOutboxServer* server = m_server.get();
    m_offline->monitor()->setProbe([server](QObject* context, ConnectivityMonitor::ProbeDone done) {
        QTimer::singleShot(0, context, [server, done] {
            done(server->reachable ? ApiError() : ApiError::make(ApiError::Kind::Offline));
        });
    });
    QSignalSpy loaded(m_offline.get(), &OfflineServices::loaded);
    m_offline->open(m_dir->filePath(u"casedesk.sqlite"_s));
    QVERIFY(loaded.wait(10000));
}

void TestOfflineViews::cleanup()
{
    m_offline.reset();
    m_server.reset();
    m_dir.reset();
}

bool TestOfflineViews::goOffline()
{
    m_server->reachable = false;
    m_offline->monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    return !m_offline->monitor()->isOnline();
}

QMessageBox* TestOfflineViews::openQuestion(QWidget* parent, const QString& name)
{
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox*>(name)) && box->isVisible(); }, 2000))
        return nullptr;
    return box;
}

void TestOfflineViews::bannerSaysOfflineWithTheCountAndRetries()
{
    ConnectivityBanner banner;
    banner.show();
    banner.setState(true, {}, 0, 0);
    QVERIFY(!banner.isVisible());
    banner.setState(false, u"The server cannot be reached."_s, 3, 0);
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.text(), u"Offline: changes wait in the outbox (3)"_s);
    QCOMPARE(banner.findChild<QLabel*>(u"connectivityReason"_s)->text(), u"The server cannot be reached."_s);
    auto* retry = banner.findChild<QPushButton*>(u"retryNowButton"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QSignalSpy retried(&banner, &ConnectivityBanner::retryRequested);
    retry->setFocus();
    QTest::keyClick(retry, Qt::Key_Space); // keyboard reachable
    QCOMPARE(retried.size(), 1);
    banner.setRetrying(true);
    QVERIFY(!retry->isEnabled());
    banner.setState(false, {}, 1, 0);
    QCOMPARE(banner.text(), u"Offline: changes wait in the outbox (1)"_s);
}

void TestOfflineViews::bannerShowsItemsThatNeedTheUserWhenOnline()
{
    ConnectivityBanner banner;
    banner.show();
    banner.setState(true, {}, 2, 2);
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.text(), u"Outbox items that need you: 2"_s);
    QVERIFY(!banner.findChild<QPushButton*>(u"retryNowButton"_s)->isVisible());
    QSignalSpy show(&banner, &ConnectivityBanner::showOutboxRequested);
    QTest::mouseClick(banner.findChild<QPushButton*>(u"showOutboxButton"_s), Qt::LeftButton);
    QCOMPARE(show.size(), 1);
}

void TestOfflineViews::draftsListReopensWithEnterAndDiscardsAfterAsking()
{
    DraftsView view(m_offline->drafts());
    view.resize(700, 400);
    view.show();
    QVERIFY(view.findChild<QLabel*>(u"draftsEmptyLabel"_s)->isVisible());
    Draft older = Draft::forCase(caseDraft(u"Rack A12 has no power."_s), u"older"_s);
    older.editedMs = 1000;
    Draft newer = Draft::forNote(noteDraft(u"11150929"_s, u"Door code changed."_s), u"newer"_s);
    newer.editedMs = 2000;
    m_offline->drafts()->save(older);
    m_offline->drafts()->save(newer);
    QCOMPARE(view.table()->model()->rowCount(), 2);
    QVERIFY(view.table()->isVisible());

    QSignalSpy reopen(&view, &DraftsView::reopenRequested);
    view.table()->setFocus();
    QVERIFY(view.selectDraft(u"older"_s));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(reopen.size(), 1);
    QCOMPARE(reopen.at(0).at(0).toString(), u"older"_s);

    QTest::keyClick(view.table(), Qt::Key_Delete);
    QMessageBox* question = openQuestion(&view, u"discardDraftQuestion"_s);
    QVERIFY(question);
    QVERIFY(question->text().contains(u"New case 0305-0301"_s));
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_offline->drafts()->count(), 2); // cancelled: kept
    QTest::keyClick(view.table(), Qt::Key_Delete);
    question = openQuestion(&view, u"discardDraftQuestion"_s);
    QVERIFY(question);
    question->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(m_offline->drafts()->count(), 1);
    QVERIFY(!m_offline->drafts()->find(u"older"_s));
}

void TestOfflineViews::outboxViewSendsEditsAndDiscards()
{
    OutboxView view(m_offline->outbox(), m_offline->sender());
    view.resize(800, 400);
    view.show();
    QVERIFY(goOffline());
    m_offline->sender()->submitNote(u"11150929"_s, NoteRequest{u"Offline note"_s, {}, {}}, {}, u"note-draft"_s, nullptr,
                                    {});
    m_offline->sender()->submitCancel(u"11150929"_s, CancelRequest{u"Offline cancel"_s}, nullptr, {});
    QTRY_COMPARE(view.table()->model()->rowCount(), 2);
    auto* sendNow = view.findChild<QPushButton*>(u"sendNowButton"_s);
    auto* edit = view.findChild<QPushButton*>(u"editItemButton"_s);
    auto* discard = view.findChild<QPushButton*>(u"discardItemButton"_s);
    const QAbstractItemModel* model = view.table()->model();
    QCOMPARE(model->index(0, OutboxModel::StateColumn).data().toString(), u"Waiting"_s);

    // The cancel: nothing to edit; discarded after the question.
    QVERIFY(view.selectItem(model->index(1, 0).data(OutboxModel::IdRole).toString()));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!edit->toolTip().isEmpty());
    QVERIFY(discard->isEnabled());
    discard->click();
    QMessageBox* question = openQuestion(&view, u"discardItemQuestion"_s);
    QVERIFY(question);
    question->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(model->rowCount(), 1);

    // The note: Edit takes it out of the outbox and asks for its draft to be opened.
    QSignalSpy reopen(&view, &OutboxView::draftReopenRequested);
    QVERIFY(view.selectItem(model->index(0, 0).data(OutboxModel::IdRole).toString()));
    QVERIFY(edit->isEnabled());
    edit->click();
    QVERIFY(reopen.wait(2000));
    QCOMPARE(reopen.at(0).at(0).toString(), u"note-draft"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(m_offline->drafts()->find(u"note-draft"_s).has_value());

    // Send now: the server answers again and the item is delivered.
    m_offline->sender()->submitNote(u"11150929"_s, NoteRequest{u"Again"_s, {}, {}}, {}, {}, nullptr, {});
    QTRY_COMPARE(model->rowCount(), 1);
    view.selectItem(model->index(0, 0).data(OutboxModel::IdRole).toString());
    m_server->reachable = true;
    QVERIFY(sendNow->isEnabled());
    sendNow->click();
    QTRY_COMPARE(model->index(0, OutboxModel::StateColumn).data().toString(), u"Delivered"_s);
    QCOMPARE(model->index(0, OutboxModel::DetailColumn).data().toString(), u"Added to case 11150929"_s);
    QVERIFY(!sendNow->isEnabled());
}

void TestOfflineViews::outboxViewExplainsWhyAnItemCannotBeEdited()
{
    OutboxView view(m_offline->outbox(), m_offline->sender());
    view.show();
    m_server->writeFaults = {FakeOutboxServer::Fault::DropAfterPerform};
    m_offline->sender()->submitCreate(caseDraft(u"answer lost"_s), {}, nullptr, {});
    QTRY_VERIFY(m_offline->outbox()->entries().size() == 1
                && m_offline->outbox()->entries().at(0).item->mayHaveBeenSent()
                && m_offline->sender()->currentItemId().isEmpty());
    auto* edit = view.findChild<QPushButton*>(u"editItemButton"_s);
    QTRY_VERIFY(!edit->isEnabled());
    QVERIFY(edit->toolTip().contains(u"may already have reached the server"_s));
    // Not "waiting": it is being looked for on the server before anything is sent again.
    QCOMPARE(view.table()->model()->index(0, OutboxModel::StateColumn).data().toString(),
             u"Checking with the server"_s);
    QVERIFY(view.table()
                ->model()
                ->index(0, OutboxModel::DetailColumn)
                .data()
                .toString()
                .contains(u"the server is asked before it is sent again"_s));
    view.editCurrent(); // even when asked directly, it refuses and says why
    QTRY_VERIFY(view.message().contains(u"may already have reached the server"_s));
}

void TestOfflineViews::noteComposerKeepsItsTextAcrossClosingTheCase()
{
    {
        CaseDetailView view(u"11150929"_s);
        view.show();
        NoteDraftKeeper* keeper = NoteDraftKeeper::attach(&view, m_offline->drafts());
        QVERIFY(keeper);
        QCOMPARE(NoteDraftKeeper::attach(&view, m_offline->drafts()), keeper); // once per view
        auto* text = view.composer()->findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
        text->setFocus();
        QTest::keyClicks(text, u"Technician may enter after 18:00"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_offline->drafts()->latestNoteFor(u"11150929"_s).has_value(), 3000);
        QTest::keyClicks(text, u", badge at the desk."_s);
    } // the tab closes before the autosave's pause is over: the last words are saved anyway

    QCOMPARE(m_offline->drafts()->latestNoteFor(u"11150929"_s)->note->text,
             u"Technician may enter after 18:00, badge at the desk."_s);
    CaseDetailView again(u"11150929"_s);
    again.show();
    NoteDraftKeeper::attach(&again, m_offline->drafts());
    QCOMPARE(again.composer()->text(), u"Technician may enter after 18:00, badge at the desk."_s);
    CaseDetailView other(u"11150930"_s);
    NoteDraftKeeper::attach(&other, m_offline->drafts());
    QVERIFY(other.composer()->text().isEmpty()); // drafts belong to their case
}

QTEST_MAIN(TestOfflineViews)
#include "tst_offlineviews.moc"

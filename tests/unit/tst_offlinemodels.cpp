#include "models/core/OutsideText.h"
#include "models/offline/DraftListModel.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxModel.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * The Drafts and Outbox lists as item models: consistent under QAbstractItemModelTester while rows come and
 * go, one row per draft or item, unreadable rows shown with their reason, states and results in words.
 */
class TestOfflineModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftListFollowsTheStore();
    void outboxModelShowsStateReasonAndResult();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineStore> m_store;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<Outbox> m_outbox;
};

void TestOfflineModels::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestOfflineModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"casedesk.sqlite"_s);
    QVERIFY(open(*std::make_unique<OfflineStore>(), path)); // tables exist before the torn row goes in
    QVERIFY(runSql(path, {u"INSERT INTO drafts (id, kind, edited_ms, body) VALUES ('torn', 'case', 1, 'x')"_s}));
    m_store = std::make_unique<OfflineStore>();
    m_drafts = std::make_unique<DraftStore>(m_store.get());
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_drafts.get());
    QVERIFY(open(*m_store, path));
    QTRY_VERIFY(m_drafts->isLoaded() && m_outbox->isLoaded());
}

void TestOfflineModels::cleanup()
{
    m_outbox.reset();
    m_drafts.reset();
    m_store.reset();
    m_dir.reset();
}

void TestOfflineModels::draftListFollowsTheStore()
{
    DraftListModel model(m_drafts.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DraftListModel::SubjectColumn).data().toString(), u"Unreadable draft"_s);
    QVERIFY(!model.index(0, 0).data(DraftListModel::ProblemRole).toString().isEmpty());

    Draft note = Draft::forNote(noteDraft(u"11150929"_s, u"The rack door sticks."_s));
    note.editedMs = QDateTime::currentMSecsSinceEpoch();
    m_drafts->save(note);
    Draft refused = Draft::forCase(caseDraft(u"Too short"_s));
    refused.setRefusal(u"The provider refused the case."_s, {{u"description"_s, u"Too short."_s}});
    m_drafts->save(refused);
    QCOMPARE(model.rowCount(), 3);
    const int noteRow = model.rowOf(note.id);
    QCOMPARE(model.index(noteRow, DraftListModel::SubjectColumn).data().toString(), u"Note on 11150929"_s);
    QCOMPARE(model.index(noteRow, DraftListModel::FirstWordsColumn).data().toString(), u"The rack door sticks."_s);
    QVERIFY(!model.index(noteRow, DraftListModel::EditedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(noteRow, 0).data(DraftListModel::CaseNumberRole).toString(), u"11150929"_s);
    const int refusedRow = model.rowOf(refused.id);
    QVERIFY(model.index(refusedRow, 0).data().toString().endsWith(u"(refused)"_s));
    // Tooltips read markup: the server's words come escaped (OutsideText), to read as sent.
    QCOMPARE(model.index(refusedRow, 0).data(Qt::ToolTipRole).toString(),
             OutsideText::toolTip(u"The provider refused the case."_s));

    m_drafts->remove(note.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(note.id), -1);
}

void TestOfflineModels::outboxModelShowsStateReasonAndResult()
{
    OutboxModel model(m_outbox.get(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    std::optional<OutboxItem> waiting;
    m_outbox->enqueue(Outbox::forNote(u"11150929"_s, NoteRequest{u"Offline note"_s, {}, {}}, {}, {}, {}), this,
                      [&](const std::optional<OutboxItem>& item, const QString&) { waiting = item; });
    QTRY_VERIFY(waiting.has_value());
    OutboxItem failed = Outbox::forCancel(u"11150930"_s, CancelRequest{u"dup"_s});
    failed.state = OutboxItem::State::Failed;
    failed.reason = u"This account may not cancel this case."_s;
    OutboxItem delivered = Outbox::forCreate(caseDraft(u"Power"_s), {});
    delivered.state = OutboxItem::State::Delivered;
    delivered.resultId = u"20000001"_s;
    int stored = 0;
    for (const OutboxItem& item : {failed, delivered})
        m_outbox->enqueue(item, this, [&](const std::optional<OutboxItem>&, const QString&) { ++stored; });
    QTRY_COMPARE(stored, 2);
    QCOMPARE(model.rowCount(), 3);

    QCOMPARE(model.index(0, OutboxModel::ItemColumn).data().toString(), u"Note on 11150929"_s);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), u"Waiting"_s);
    QCOMPARE(model.index(1, OutboxModel::StateColumn).data().toString(), u"Failed"_s);
    QVERIFY(model.index(1, OutboxModel::DetailColumn).data().toString().contains(u"may not cancel"_s));
    QCOMPARE(model.index(2, OutboxModel::DetailColumn).data().toString(), u"Created as case 20000001"_s);
    QCOMPARE(model.index(2, 0).data(OutboxModel::CaseNumberRole).toString(), u"20000001"_s);

    model.setShowDelivered(false);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestOfflineModels)
#include "tst_offlinemodels.moc"

#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/OfflineStore.h"
#include "models/offline/Outbox.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/FakeOutboxServer.h"
#include "tests/support/TestHome.h"
#include "ui/offline/CaseDraftKeeper.h"
#include "ui/wizard/ProblemPage.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The create-case wizard with its draft keeper, driven like a user (offscreen): it saves itself while typed
 * in and when closed, comes back on its step, sends through the outbox (closing with "queued" when the
 * server cannot be reached, never leaving a second Create possible) and shows a refused draft's error on
 * its field.
 */
class TestWizardDrafts : public QObject, public WizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wizardSavesItselfWhileTypedInAndWhenClosed();
    void reopenedDraftComesBackOnItsStep();
    void createWhileOfflineWaitsInTheOutboxAndClosesTheWizard();
    void createOnlineIsDeliveredAndTheDraftGoes();
    void refusedDraftShowsTheErrorOnItsField();

private:
    // A wizard whose submit goes through the outbox, keeper attached (with `draft` restored if given).
    NewCaseWizard* openKeptWizard(const std::optional<Draft>& draft = std::nullopt);
    bool goOffline();
    // The draft as the next start reads it from the file, through a store of its own (not the one in memory).
    std::optional<Draft> onDisk(const QString& id) const;

    QString m_storePath;
    std::unique_ptr<FakeOutboxServer> m_fake;
    std::unique_ptr<OfflineServices> m_offline;
    QPointer<CaseDraftKeeper> m_keeper;
};

void TestWizardDrafts::initTestCase()
{
    QVERIFY(setUpHome());
    QLocale::setDefault(QLocale::c());
}

void TestWizardDrafts::init()
{
    QVERIFY(setUpFixture());
    m_wizard.reset(); // the fixture's own wizard submits elsewhere; these tests make their own
    m_drive.reset();
    m_fake = std::make_unique<FakeOutboxServer>();
    m_offline = std::make_unique<OfflineServices>(nullptr, nullptr, nullptr, m_fake.get());
    m_offline->setTiming({60000, 60000, 60000, 60000});
    FakeOutboxServer* fake = m_fake.get();
    m_offline->monitor()->setProbe([fake](QObject* context, ConnectivityMonitor::ProbeDone done) {
        QTimer::singleShot(
            0, context, [fake, done] { done(fake->reachable ? ApiError() : ApiError::make(ApiError::Kind::Offline)); });
    });
    QSignalSpy loaded(m_offline.get(), &OfflineServices::loaded);
    m_storePath = m_home->filePath(u"store-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_offline->open(m_storePath);
    QVERIFY(loaded.wait(10000));
}

void TestWizardDrafts::cleanup()
{
    m_drive.reset();
    m_wizard.reset();
    m_offline.reset();
    m_fake.reset();
    tearDownFixture();
}

NewCaseWizard* TestWizardDrafts::openKeptWizard(const std::optional<Draft>& draft)
{
    m_drive.reset();
    m_wizard.reset();
    auto* keeper = new CaseDraftKeeper(m_offline.get());
    m_keeper = keeper;
    m_wizard = std::make_unique<NewCaseWizard>(
        NewCaseWizard::Services{m_catalogue.get(), keeper->submitFunction(), nullptr, QLocale::c()});
    keeper->attach(m_wizard.get(), draft);
    m_drive = std::make_unique<WizardDriver>(m_wizard.get());
    m_wizard->show();
    return QTest::qWaitForWindowExposed(m_wizard.get()) ? m_wizard.get() : nullptr;
}

std::optional<Draft> TestWizardDrafts::onDisk(const QString& id) const
{
    OfflineStore store;
    DraftStore drafts(&store);
    QSignalSpy opened(&store, &OfflineStore::opened);
    store.open(m_storePath);
    if (!opened.wait(10000) || !QTest::qWaitFor([&] { return drafts.isLoaded(); }))
        return std::nullopt;
    return drafts.find(id);
}

bool TestWizardDrafts::goOffline()
{
    m_fake->reachable = false;
    m_offline->monitor()->noteResult(ApiError::make(ApiError::Kind::Offline));
    return !m_offline->monitor()->isOnline();
}

void TestWizardDrafts::wizardSavesItselfWhileTypedInAndWhenClosed()
{
    QVERIFY(openKeptWizard());
    QVERIFY(goTo(NewCaseWizard::ProblemPageId));
    DraftStore* drafts = m_offline->drafts();
    QTRY_COMPARE_WITH_TIMEOUT(drafts->count(), 1, 3000); // within about a second of typing
    const QString id = m_keeper->draftId();
    QTRY_VERIFY(onDisk(id).has_value());
    QCOMPARE(onDisk(id)->caseDraft->request.description, u"Cabinet lost power on the B feed."_s);
    QCOMPARE(onDisk(id)->caseDraft->step, CaseDraft::Step::Problem);

    m_drive->type(m_drive->find<QPlainTextEdit>(u"description"_s), u" Since 14:00."_s);
    QSignalSpy kept(m_keeper.data(), &CaseDraftKeeper::draftKept);
    m_wizard->reject(); // closed at once: what was typed last is kept anyway
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.at(0).at(0).toString(), id);
    QCOMPARE(drafts->count(), 1);
    QTRY_COMPARE(onDisk(id)->caseDraft->request.description, u"Cabinet lost power on the B feed. Since 14:00."_s);
}

void TestWizardDrafts::reopenedDraftComesBackOnItsStep()
{
    QVERIFY(openKeptWizard());
    QVERIFY(goTo(NewCaseWizard::ContactsPageId));
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    m_wizard->reject();
    QTRY_COMPARE(m_offline->drafts()->count(), 1);
    QTRY_VERIFY(onDisk(m_offline->drafts()->entries().at(0).id).has_value());
    const Draft saved = *onDisk(m_offline->drafts()->entries().at(0).id);

    QVERIFY(openKeptWizard(saved));
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ContactsPageId));
    QCOMPARE(m_wizard->draft().request, saved.caseDraft->request);
    QCOMPARE(m_keeper->draftId(), saved.id);
    m_drive->type(m_drive->findAnywhere<QLineEdit>(u"contacts[0].lastName"_s), u"-Mensah"_s);
    m_wizard->reject();
    QCOMPARE(m_offline->drafts()->count(), 1); // the same draft, not a second one
    QTRY_COMPARE(onDisk(saved.id)->caseDraft->request.contacts->at(0).lastName,
                 std::optional<QString>(u"Okafor-Mensah"_s));
}

void TestWizardDrafts::createWhileOfflineWaitsInTheOutboxAndClosesTheWizard()
{
    QVERIFY(openKeptWizard());
    QVERIFY(goOffline());
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    const QString reference = m_wizard->draft().effectiveReference();
    QVERIFY(!reference.isEmpty());
    QSignalSpy queued(m_keeper.data(), &CaseDraftKeeper::queued);
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QVERIFY(queued.wait(3000));
    QVERIFY(queued.at(0).at(0).toString().contains(u"outbox"_s));
    QTRY_VERIFY(!m_wizard->isVisible()); // closed: no second Create
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(created.size(), 0);
    QCOMPARE(m_offline->outbox()->pendingCount(), 1);
    QCOMPARE(m_offline->outbox()->entries().at(0).item->reference, reference);
    QTRY_COMPARE(m_offline->drafts()->count(), 0); // the draft moved into the outbox

    m_fake->reachable = true;
    m_offline->monitor()->probeNow();
    QTRY_COMPARE(m_offline->outbox()->pendingCount(), 0);
    QCOMPARE(m_fake->casesWithReference(reference), 1);
}

void TestWizardDrafts::createOnlineIsDeliveredAndTheDraftGoes()
{
    QVERIFY(openKeptWizard());
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    QTRY_COMPARE_WITH_TIMEOUT(m_offline->drafts()->count(), 1, 3000);
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QVERIFY(created.wait(3000));
    QCOMPARE(created.at(0).at(0).value<CreateCaseResponse>().id, m_fake->cases.at(0).id);
    QTRY_VERIFY(!m_wizard->isVisible());
    QTRY_COMPARE(m_offline->drafts()->count(), 0);
    QTest::qWait(50); // the wizard forgetting its files must not bring a draft back
    QCOMPARE(m_offline->drafts()->count(), 0);
}

void TestWizardDrafts::refusedDraftShowsTheErrorOnItsField()
{
    QVERIFY(openKeptWizard());
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    Draft refused = Draft::forCase(m_wizard->draft(), u"refused-draft"_s);
    refused.setRefusal(u"The provider refused the case."_s, {{u"description"_s, u"Say what happened, please."_s}});
    m_wizard->reject();

    QVERIFY(openKeptWizard(refused));
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    QTest::qWait(300); // past the live validation's pause: the server's word stays
    QCOMPARE(m_drive->errorAt(u"description"_s), u"Say what happened, please."_s);
}

QTEST_MAIN(TestWizardDrafts)
#include "tst_wizarddrafts.moc"

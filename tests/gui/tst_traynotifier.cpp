#include "models/store/CaseRepository.h"
#include "tests/support/FakeCaseSource.h"
#include "tests/support/TestHome.h"
#include "ui/notifications/TrayNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// Status-change notifications from the repository's signals; offscreen there is no tray, and nothing breaks.
class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aStatusChangeIsAnnounced();
    void nothingIsAnnouncedWhenSwitchedOff();
    void aNewerAnswerWithTheSameStatusIsNoChange();
    void theFirstFullAnswerOfACaseIsNoChange();
    void changesOfOneRoundMakeOneMessage();
    void aNewRepositoryStartsAfresh();

private:
    bool fetch(const QString& id, const QString& status, const QString& updated);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<FakeCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<TrayNotifier> m_notifier;
    int m_stores = 0;
};

void TestTrayNotifier::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestTrayNotifier::init()
{
    m_source = std::make_unique<FakeCaseSource>();
    m_source->autoAnswer = true;
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_home->filePath(u"store-%1/casedesk.sqlite"_s.arg(++m_stores)));
    QVERIFY(opened.wait());
    m_notifier = std::make_unique<TrayNotifier>(QIcon());
    m_notifier->setEnabled(true);
    m_notifier->watch(m_repository.get());
}

void TestTrayNotifier::cleanup()
{
    m_notifier.reset();
    m_repository.reset();
    m_source.reset();
}

bool TestTrayNotifier::fetch(const QString& id, const QString& status, const QString& updated)
{
    m_source->answers.insert(id, CaseAnswers::answer(id, status, updated));
    bool done = false;
    m_repository->fetch(id, this, [&done](const CaseRepository::FetchOutcome&) { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 5000);
}

void TestTrayNotifier::aStatusChangeIsAnnounced()
{
    QVERIFY(!m_notifier->hasTray()); // offscreen
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T11:00:00Z"_s));
    QVERIFY(notified.wait());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"A case changed status"_s);
    QCOMPARE(notified.at(0).at(1).toString(), u"Case 11150929 is now In progress."_s);
}

void TestTrayNotifier::nothingIsAnnouncedWhenSwitchedOff()
{
    m_notifier->setEnabled(false);
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"RESOLVED"_s, u"2026-11-20T11:00:00Z"_s));
    QVERIFY(!notified.wait(450));
}

void TestTrayNotifier::aNewerAnswerWithTheSameStatusIsNoChange()
{
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T12:00:00Z"_s));
    QVERIFY(!notified.wait(450));
}

void TestTrayNotifier::theFirstFullAnswerOfACaseIsNoChange()
{
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    QVERIFY(fetch(u"11150930"_s, u"ACTION_REQUIRED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(!notified.wait(450));
}

void TestTrayNotifier::changesOfOneRoundMakeOneMessage()
{
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    QVERIFY(fetch(u"11150931"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150932"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s));
    m_source->answers.insert(u"11150931"_s,
                             CaseAnswers::answer(u"11150931"_s, u"CANCELLED"_s, u"2026-11-20T11:00:00Z"_s));
    m_source->answers.insert(u"11150932"_s,
                             CaseAnswers::answer(u"11150932"_s, u"RESOLVED"_s, u"2026-11-20T11:00:00Z"_s));
    m_repository->refresh({u"11150931"_s, u"11150932"_s});
    QVERIFY(notified.wait());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"2 case(s) changed status"_s);
    const QString message = notified.at(0).at(1).toString();
    QVERIFY2(message.contains(u"Case 11150931 is now Cancelled."_s), qPrintable(message));
    QVERIFY2(message.contains(u"Case 11150932 is now Resolved."_s), qPrintable(message));
}

void TestTrayNotifier::aNewRepositoryStartsAfresh()
{
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    // Another environment's repository: a case there with another status is no change of this one.
    FakeCaseSource otherSource;
    otherSource.autoAnswer = true;
    CaseRepository other(&otherSource);
    QSignalSpy opened(&other, &CaseRepository::opened);
    other.open(m_home->filePath(u"other-%1/casedesk.sqlite"_s.arg(m_stores)));
    QVERIFY(opened.wait());
    m_notifier->watch(&other);
    QSignalSpy notified(m_notifier.get(), &TrayNotifier::notified);
    otherSource.answers.insert(u"11150929"_s,
                               CaseAnswers::answer(u"11150929"_s, u"CLOSED"_s, u"2026-11-21T10:00:00Z"_s));
    bool done = false;
    other.fetch(u"11150929"_s, this, [&done](const CaseRepository::FetchOutcome&) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(!notified.wait(450));
    m_notifier->watch(nullptr);
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"

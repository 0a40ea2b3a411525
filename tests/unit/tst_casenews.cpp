#include "models/desktop/CaseNews.h"
#include "models/desktop/CaseNewsWatcher.h"
#include "models/store/CaseRepository.h"
#include "tests/support/CaseAnswers.h"
#include "tests/support/FakeCaseSource.h"
#include "tests/support/TestHome.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// What is news on the user's cases (status changes, the provider's new notes), from the repository's
// signals, and the words of the notifications about it.
class TestCaseNews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aStatusChangeIsNews();
    void aNewProviderNoteIsNews();
    void ownNotesAndNotesAlreadySeenAreNoNews();
    void nothingIsNewsWhenSwitchedOff();
    void aNewerAnswerWithTheSameStatusIsNoNews();
    void theFirstFullAnswerOfACaseIsNoNews();
    void newsOfOneRoundArrivesTogether();
    void aNewRepositoryStartsAfresh();
    void noticesAreComposed_data();
    void noticesAreComposed();

private:
    bool fetch(const QString& id, const QString& status, const QString& updated, const QJsonArray& notes = {});
    static QJsonObject note(const QString& id, const QString& type, const QString& text);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<FakeCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<CaseNewsWatcher> m_watcher;
    int m_stores = 0;
};

void TestCaseNews::initTestCase()
{
    qRegisterMetaType<QList<CaseNewsItem>>();
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestCaseNews::init()
{
    m_source = std::make_unique<FakeCaseSource>();
    m_source->autoAnswer = true;
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(m_home->filePath(u"store-%1/casedesk.sqlite"_s.arg(++m_stores)));
    QVERIFY(opened.wait());
    m_watcher = std::make_unique<CaseNewsWatcher>();
    m_watcher->setEnabled(true);
    m_watcher->watch(m_repository.get());
}

void TestCaseNews::cleanup()
{
    m_watcher.reset();
    m_repository.reset();
    m_source.reset();
}

QJsonObject TestCaseNews::note(const QString& id, const QString& type, const QString& text)
{
    return QJsonObject{
        {u"id"_s, id}, {u"createdDateTime"_s, u"2026-11-20T10:30:00Z"_s}, {u"text"_s, text}, {u"type"_s, type}};
}

bool TestCaseNews::fetch(const QString& id, const QString& status, const QString& updated, const QJsonArray& notes)
{
    m_source->answers.insert(id, CaseAnswers::answer(id, status, updated, {{u"notes"_s, notes}}));
    bool done = false;
    m_repository->fetch(id, this, [&done](const CaseRepository::FetchOutcome&) { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 5000);
}

void TestCaseNews::aStatusChangeIsNews()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T11:00:00Z"_s));
    QVERIFY(news.wait());
    QCOMPARE(news.size(), 1);
    const auto items = news.at(0).at(0).value<QList<CaseNewsItem>>();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).kind, CaseNewsItem::Kind::StatusChanged);
    QCOMPARE(items.at(0).caseNumber, u"11150929"_s);
    QCOMPARE(items.at(0).status, u"IN_PROGRESS"_s);
}

void TestCaseNews::aNewProviderNoteIsNews()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    const QJsonObject first = note(u"N-1"_s, u"RESOLUTION_NOTES"_s, u"We are on it."_s);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s, {first}));
    const QJsonObject second = note(u"N-2"_s, u"RESOLUTION_NOTES"_s, u"Resolved: the breaker was reset."_s);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T11:00:00Z"_s, {first, second}));
    QVERIFY(news.wait());
    const auto items = news.at(0).at(0).value<QList<CaseNewsItem>>();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).kind, CaseNewsItem::Kind::ProviderNote);
    QCOMPARE(items.at(0).caseNumber, u"11150929"_s);
    QCOMPARE(items.at(0).noteText, u"Resolved: the breaker was reset."_s);
}

void TestCaseNews::ownNotesAndNotesAlreadySeenAreNoNews()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    const QJsonObject provider = note(u"N-1"_s, u"RESOLUTION_NOTES"_s, u"We are on it."_s);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s, {provider}));
    // The same provider note again, and one of the customer's own: nothing to tell.
    const QJsonObject own = note(u"N-2"_s, u"CUSTOMER_NOTES"_s, u"Thanks."_s);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T11:00:00Z"_s, {provider, own}));
    QVERIFY(!news.wait(450));
}

void TestCaseNews::nothingIsNewsWhenSwitchedOff()
{
    m_watcher->setEnabled(false);
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"RESOLVED"_s, u"2026-11-20T11:00:00Z"_s,
                  {note(u"N-1"_s, u"RESOLUTION_NOTES"_s, u"Done."_s)}));
    QVERIFY(!news.wait(450));
}

void TestCaseNews::aNewerAnswerWithTheSameStatusIsNoNews()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150929"_s, u"IN_PROGRESS"_s, u"2026-11-20T12:00:00Z"_s));
    QVERIFY(!news.wait(450));
}

void TestCaseNews::theFirstFullAnswerOfACaseIsNoNews()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    QVERIFY(fetch(u"11150930"_s, u"ACTION_REQUIRED"_s, u"2026-11-20T10:00:00Z"_s,
                  {note(u"N-1"_s, u"RESOLUTION_NOTES"_s, u"Please confirm."_s)}));
    QVERIFY(!news.wait(450));
}

void TestCaseNews::newsOfOneRoundArrivesTogether()
{
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    QVERIFY(fetch(u"11150931"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    QVERIFY(fetch(u"11150932"_s, u"IN_PROGRESS"_s, u"2026-11-20T10:00:00Z"_s));
    m_source->answers.insert(u"11150931"_s,
                             CaseAnswers::answer(u"11150931"_s, u"CANCELLED"_s, u"2026-11-20T11:00:00Z"_s));
    m_source->answers.insert(u"11150932"_s,
                             CaseAnswers::answer(u"11150932"_s, u"RESOLVED"_s, u"2026-11-20T11:00:00Z"_s));
    m_repository->refresh({u"11150931"_s, u"11150932"_s});
    QVERIFY(news.wait());
    QCOMPARE(news.size(), 1);
    const auto items = news.at(0).at(0).value<QList<CaseNewsItem>>();
    QCOMPARE(items.size(), 2);
}

void TestCaseNews::aNewRepositoryStartsAfresh()
{
    QVERIFY(fetch(u"11150929"_s, u"SUBMITTED"_s, u"2026-11-20T10:00:00Z"_s));
    // Another environment's repository: a case there with another status is no change of this one.
    FakeCaseSource otherSource;
    otherSource.autoAnswer = true;
    CaseRepository other(&otherSource);
    QSignalSpy opened(&other, &CaseRepository::opened);
    other.open(m_home->filePath(u"other-%1/casedesk.sqlite"_s.arg(m_stores)));
    QVERIFY(opened.wait());
    m_watcher->watch(&other);
    QSignalSpy news(m_watcher.get(), &CaseNewsWatcher::newsArrived);
    otherSource.answers.insert(u"11150929"_s,
                               CaseAnswers::answer(u"11150929"_s, u"CLOSED"_s, u"2026-11-21T10:00:00Z"_s));
    bool done = false;
    other.fetch(u"11150929"_s, this, [&done](const CaseRepository::FetchOutcome&) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(!news.wait(450));
    m_watcher->watch(nullptr);
}

void TestCaseNews::noticesAreComposed_data()
{
    using Kind = CaseNewsItem::Kind;
    QTest::addColumn<QList<CaseNewsItem>>("items");
    QTest::addColumn<int>("maxSeparate");
    QTest::addColumn<QList<CaseNotice>>("notices");

    const QString longNote = u"Resolved: "_s + QString(300, u'x');
    QTest::newRow("a status") << QList<CaseNewsItem>{{Kind::StatusChanged, u"11150929"_s, u"RESOLVED"_s, {}}} << 3
                              << QList<CaseNotice>{{u"11150929"_s, u"Case 11150929 changed status"_s,
                                                    u"It is now Resolved."_s, u"It is now Resolved."_s}};
    QTest::newRow("a note") << QList<CaseNewsItem>{{Kind::ProviderNote, u"11150929"_s, {}, u"Fixed.\nBye"_s}} << 3
                            << QList<CaseNotice>{{u"11150929"_s, u"New note from the provider on case 11150929"_s,
                                                  u"Fixed. Bye"_s, u"1 new note(s) from the provider."_s}};
    QTest::newRow("status and notes of one case")
        << QList<CaseNewsItem>{{Kind::StatusChanged, u"11150929"_s, u"RESOLVED"_s, {}},
                               {Kind::ProviderNote, u"11150929"_s, {}, u"First."_s},
                               {Kind::ProviderNote, u"11150929"_s, {}, longNote}}
        << 3
        << QList<CaseNotice>{{u"11150929"_s, u"Case 11150929 changed"_s,
                              u"It is now Resolved.\n2 new note(s) from the provider. The latest:\n"_s
                                  + longNote.left(CaseNews::kExcerptLength - 1) + u'…',
                              u"It is now Resolved.\n2 new note(s) from the provider."_s}};
    QTest::newRow("markup and an override in a note stay text, disguise gone")
        << QList<CaseNewsItem>{{Kind::ProviderNote, u"11150929"_s, {}, u"<b>hi</b> & \u202Etxt.exe"_s}} << 3
        << QList<CaseNotice>{{u"11150929"_s, u"New note from the provider on case 11150929"_s, u"<b>hi</b> & txt.exe"_s,
                              u"1 new note(s) from the provider."_s}};
    QTest::newRow("an unknown status and a malformed number")
        << QList<CaseNewsItem>{{Kind::StatusChanged, u"<img src=x>"_s, u"<i>WEIRD</i>"_s, {}}} << 3
        << QList<CaseNotice>{{{},
                              u"A case changed status"_s,
                              u"It is now a status CaseDesk does not know."_s,
                              u"It is now a status CaseDesk does not know."_s}};
    QTest::newRow("two cases, separately")
        << QList<CaseNewsItem>{{Kind::StatusChanged, u"11150931"_s, u"CANCELLED"_s, {}},
                               {Kind::StatusChanged, u"11150932"_s, u"CLOSED"_s, {}}}
        << 2
        << QList<CaseNotice>{
               {u"11150931"_s, u"Case 11150931 changed status"_s, u"It is now Cancelled."_s, u"It is now Cancelled."_s},
               {u"11150932"_s, u"Case 11150932 changed status"_s, u"It is now Closed."_s, u"It is now Closed."_s}};
    const QString summed = u"Case 11150931 is now Cancelled.\nNew note from the provider on case 11150932."_s;
    QTest::newRow("two cases, summed up")
        << QList<CaseNewsItem>{{Kind::StatusChanged, u"11150931"_s, u"CANCELLED"_s, {}},
                               {Kind::ProviderNote, u"11150932"_s, {}, u"<b>x</b>"_s}}
        << 1 << QList<CaseNotice>{{{}, u"2 case(s) changed"_s, summed, summed}};
    QList<CaseNewsItem> many;
    for (int i = 0; i < 7; ++i)
        many.append({Kind::StatusChanged, u"1115093%1"_s.arg(i), u"CLOSED"_s, {}});
    QString manyBody;
    for (int i = 0; i < 5; ++i)
        manyBody += u"Case 1115093%1 is now Closed.\n"_s.arg(i);
    manyBody += u"…and 2 more."_s;
    QTest::newRow("seven cases") << many << 3 << QList<CaseNotice>{{{}, u"7 case(s) changed"_s, manyBody, manyBody}};
    QTest::newRow("nothing") << QList<CaseNewsItem>{} << 3 << QList<CaseNotice>{};
}

void TestCaseNews::noticesAreComposed()
{
    QFETCH(QList<CaseNewsItem>, items);
    QFETCH(int, maxSeparate);
    QFETCH(QList<CaseNotice>, notices);
    const QList<CaseNotice> composed = CaseNews::compose(items, maxSeparate);
    QCOMPARE(composed.size(), notices.size());
    for (qsizetype i = 0; i < notices.size(); ++i) {
        QCOMPARE(composed.at(i).caseNumber, notices.at(i).caseNumber);
        QCOMPARE(composed.at(i).summary, notices.at(i).summary);
        QCOMPARE(composed.at(i).body, notices.at(i).body);
        QCOMPARE(composed.at(i).bodyWithoutQuote, notices.at(i).bodyWithoutQuote);
    }
}

QTEST_MAIN(TestCaseNews)
#include "tst_casenews.moc"

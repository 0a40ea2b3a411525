#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/FullTextSearch.h"
#include "models/store/CaseRepository.h"
#include "models/store/CaseStore.h"
#include "models/store/FullTextQuery.h"
#include "models/store/Migrations.h"
#include "tests/support/CaseAnswers.h"
#include "tests/support/CaseSummaries.h"
#include "tests/support/FakeCaseSource.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * The quick filter's full-text search. Qt's SQLite driver has FTS5; the user's text never acts as FTS5
 * syntax; the index finds note texts and descriptions without case or accents, best match first, follows
 * every change of notes and descriptions, and is built when an older store is opened; the list shows the
 * hits beside its own matches, best first, and drops them when the text changes.
 */
class TestFullTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void qtSqliteHasFts5();
    void userTextBecomesQuotedPrefixTerms_data();
    void userTextBecomesQuotedPrefixTerms();
    void hostileTextSearchesWithoutError_data();
    void hostileTextSearchesWithoutError();
    void notesAndDescriptionsAreFoundBestFirst();
    void indexFollowsNotesAndDescriptions();
    void olderStoreGetsItsIndexBuilt();
    void listShowsHitsBestFirstUntilTheTextChanges();
    void manyMatchesRankOnlyTheNewest();
    void aShortWordAddedAsksNoNewQuestion();

private:
    CaseStore::Merge merge(const QString& id, const QString& description, const QStringList& notes);
    QStringList keysFound(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_now = 1'700'000'000'000;
    int m_storeNumber = 0;
};

void TestFullTextSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFullTextSearch::init()
{
    m_store = std::make_unique<CaseStore>(m_dir.filePath(u"store%1/casedesk.sqlite"_s.arg(++m_storeNumber)));
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestFullTextSearch::cleanup()
{
    m_store.reset();
}

CaseStore::Merge TestFullTextSearch::merge(const QString& id, const QString& description, const QStringList& notes)
{
    QJsonObject object = CaseAnswers::answer(id, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s);
    QJsonObject other = object.value("otherDetails"_L1).toObject();
    other.insert("description"_L1, description);
    object.insert("otherDetails"_L1, other);
    QJsonArray noteArray;
    int n = 0;
    for (const QString& text : notes) {
        noteArray.append(QJsonObject{{"id"_L1, u"%1-%2"_s.arg(id).arg(++n)},
                                     {"createdDateTime"_L1, u"2023-09-14T0%1:00:00Z"_s.arg(n)},
                                     {"text"_L1, text},
                                     {"type"_L1, u"PROVIDER"_s},
                                     {"visibility"_L1, u"EXTERNAL"_s}});
    }
    object.insert("notes"_L1, noteArray);
    return m_store->mergeAnswer(id, CaseAnswers::bytes(object), CaseAnswers::decoded(object), ++m_now,
                                CaseSummary::Source::Opened);
}

QStringList TestFullTextSearch::keysFound(const QString& text)
{
    QStringList keys;
    for (const FullTextHit& hit : m_store->searchText(text, 100))
        keys.append(hit.key);
    return keys;
}

void TestFullTextSearch::qtSqliteHasFts5()
{
    QSqlQuery query(QSqlDatabase::database(m_store->database().connectionName()));
    QVERIFY(query.exec(u"SELECT sqlite_compileoption_used('ENABLE_FTS5')"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('notes_fts', 'cases_fts')"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestFullTextSearch::userTextBecomesQuotedPrefixTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one word") << u"carrier"_s << u"\"carrier\"*"_s;
    QTest::newRow("two words, extra spaces") << u"  cross\tconnect \n"_s << u"\"cross\"* \"connect\"*"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("one or two characters are left out") << u"a ab carrier abc"_s << u"\"carrier\"* \"abc\"*"_s;
    QTest::newRow("punctuation only is left out") << u"-- ** carrier"_s << u"\"carrier\"*"_s;
    QTest::newRow("quote inside is doubled") << u"say\"hi"_s << u"\"say\"\"hi\"*"_s;
    QTest::newRow("two letters and punctuation are too short") << u"a-b \"c\""_s << QString();
    QTest::newRow("operators stay words") << u"cage AND NOT NEAR"_s << u"\"cage\"* \"AND\"* \"NOT\"* \"NEAR\"*"_s;
    QTest::newRow("column filter stays text") << u"text:carrier"_s << u"\"text:carrier\"*"_s;
    QTest::newRow("star and caret stay text") << u"^car*"_s << u"\"^car*\"*"_s;
    QTest::newRow("parentheses stay text") << u"(cage)"_s << u"\"(cage)\"*"_s;
    QTest::newRow("non-Latin") << u"Київ Übergabe"_s << u"\"Київ\"* \"Übergabe\"*"_s;
}

void TestFullTextSearch::userTextBecomesQuotedPrefixTerms()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FullTextQuery::fromUserText(text), expected);
}

void TestFullTextSearch::hostileTextSearchesWithoutError_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unbalanced quote") << u"\"carrier"_s;
    QTest::newRow("lone quotes") << u"\"\" \"\"\""_s;
    QTest::newRow("fts operators") << u"carrier AND (NEAR(a b) OR"_s;
    QTest::newRow("column filter") << u"notes_fts:carrier {text} : -"_s;
    QTest::newRow("sql") << u"'); DROP TABLE notes; --"_s;
    QTest::newRow("stars") << u"*** car** *"_s;
}

void TestFullTextSearch::hostileTextSearchesWithoutError()
{
    QFETCH(QString, text);
    QVERIFY(merge(u"11150929"_s, u"Carrier cross-connect down"_s, {u"The carrier (AND friends) said \"soon\""_s}).kind
            == CaseStore::Merge::Kind::Added);
    // No SQL or FTS5 error (it would be logged and give nothing), and the notes are still there.
    QTest::failOnWarning(QRegularExpression(u"full-text search failed"_s));
    m_store->searchText(text, 10);
    QCOMPARE(keysFound(u"carrier"_s), QStringList{u"11150929"_s});
    QCOMPARE(m_store->detail(u"11150929"_s).notes.size(), 1);
}

void TestFullTextSearch::notesAndDescriptionsAreFoundBestFirst()
{
    merge(u"10000001"_s, u"Power outage in cage 12"_s, {u"Technician on site."_s});
    merge(u"10000002"_s, u"Smart hands"_s,
          {u"Checked the patch panel."_s, u"Cross-connect to Carrier X re-seated; carrier X confirms light."_s});
    merge(u"10000003"_s, u"Carrier X cross-connect flapping"_s, {u"Nothing yet."_s});
    merge(u"10000004"_s, u"Übergabe an das Technikteam"_s, {u"Kabel geprüft"_s});

    // A note only, a description only: both found; more of the words ranks higher.
    const QList<FullTextHit> hits = m_store->searchText(u"carrier cross"_s, 100);
    QCOMPARE(hits.size(), 2);
    QStringList keys{hits.at(0).key, hits.at(1).key};
    keys.sort();
    QCOMPARE(keys, (QStringList{u"10000002"_s, u"10000003"_s}));
    QVERIFY(hits.at(0).rank <= hits.at(1).rank);
    for (const FullTextHit& hit : hits) {
        if (hit.key == u"10000002"_s)
            QCOMPARE(hit.noteText, u"Cross-connect to Carrier X re-seated; carrier X confirms light."_s);
        else
            QVERIFY(hit.noteText.isEmpty()); // the description matched, not a note
    }
    // Prefixes, case and accents.
    QStringList techn = keysFound(u"TECHN"_s);
    techn.sort();
    QCOMPARE(techn, (QStringList{u"10000001"_s, u"10000004"_s}));
    QCOMPARE(keysFound(u"ubergabe"_s), QStringList{u"10000004"_s});
    QCOMPARE(keysFound(u"geprüft"_s), QStringList{u"10000004"_s});
    QCOMPARE(keysFound(u"gepruft"_s), QStringList{u"10000004"_s});
    // Every word must occur in the same note or description.
    QVERIFY(keysFound(u"carrier outage"_s).isEmpty());
    // The limit keeps the best.
    QCOMPARE(m_store->searchText(u"carrier"_s, 1).size(), 1);
}

void TestFullTextSearch::indexFollowsNotesAndDescriptions()
{
    merge(u"10000001"_s, u"Power outage"_s, {u"Zebra crossing near the loading dock"_s});
    QCOMPARE(keysFound(u"zebra"_s), QStringList{u"10000001"_s});
    // A new answer replaces the notes and the description: the old words are gone, the new ones found.
    merge(u"10000001"_s, u"Fibre tray"_s, {u"Giraffe in the meet-me room"_s});
    QVERIFY(keysFound(u"zebra"_s).isEmpty());
    QVERIFY(keysFound(u"outage"_s).isEmpty());
    QCOMPARE(keysFound(u"giraffe"_s), QStringList{u"10000001"_s});
    QCOMPARE(keysFound(u"fibre"_s), QStringList{u"10000001"_s});
    // The user's own note, pending, is searchable at once; discarding it takes it out.
    const auto pending = m_store->addPendingNote(u"10000001"_s, NoteRequest{u"Okapi spotted"_s, {}, {}}, ++m_now);
    QVERIFY(pending);
    QCOMPARE(keysFound(u"okapi"_s), QStringList{u"10000001"_s});
    QVERIFY(m_store->discardPendingNote(pending->localId));
    QVERIFY(keysFound(u"okapi"_s).isEmpty());
    // The index itself (not only the join to its content tables) holds no trace of the old words.
    auto indexed = [this](const QString& table, const QString& word) {
        QSqlQuery query(QSqlDatabase::database(m_store->database().connectionName()));
        query.prepare(u"SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?"_s.arg(table));
        query.addBindValue(word);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(indexed(u"notes_fts"_s, u"zebra"_s), 0);
    QCOMPARE(indexed(u"notes_fts"_s, u"okapi"_s), 0);
    QCOMPARE(indexed(u"cases_fts"_s, u"outage"_s), 0);
    QCOMPARE(indexed(u"notes_fts"_s, u"giraffe"_s), 1);
    QCOMPARE(indexed(u"cases_fts"_s, u"fibre"_s), 1);
    // The index is consistent in itself (FTS5's own check).
    QSqlQuery query(QSqlDatabase::database(m_store->database().connectionName()));
    QVERIFY2(query.exec(u"INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')"_s),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(u"INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')"_s),
             qPrintable(query.lastError().text()));
}

void TestFullTextSearch::olderStoreGetsItsIndexBuilt()
{
    merge(u"10000001"_s, u"Walrus in the battery room"_s, {u"Penguin on the roof"_s});
    const QString path = m_store->database().path();
    const QString connection = m_store->database().connectionName();
    {
        // Make it a version 5 store: no index, no triggers, as an older CaseDesk left it.
        QSqlQuery query(QSqlDatabase::database(connection));
        for (const QString& sql :
             {u"DROP TABLE notes_fts"_s, u"DROP TABLE cases_fts"_s, u"DROP TRIGGER IF EXISTS notes_fts_insert"_s,
              u"DROP TRIGGER IF EXISTS notes_fts_delete"_s, u"DROP TRIGGER IF EXISTS notes_fts_update"_s,
              u"DROP TRIGGER IF EXISTS cases_fts_insert"_s, u"DROP TRIGGER IF EXISTS cases_fts_delete"_s,
              u"DROP TRIGGER IF EXISTS cases_fts_update"_s, u"PRAGMA user_version = 5"_s})
            QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    m_store.reset();
    m_store = std::make_unique<CaseStore>(path);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->database().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(keysFound(u"penguin"_s), QStringList{u"10000001"_s});
    QCOMPARE(keysFound(u"walrus"_s), QStringList{u"10000001"_s});
}

void TestFullTextSearch::listShowsHitsBestFirstUntilTheTextChanges()
{
    CaseListModel cases;
    cases.setLabelProvider(&CaseSummaries::label);
    using CaseSummaries::make;
    cases.setSummaries({
        make({u"10000001"_s, u"IN_PROGRESS"_s, u"0305-0301"_s, u"DA11"_s, 5, 2, u"po-1"_s, u"Rack power"_s, {}}),
        make({u"10000002"_s, u"SUBMITTED"_s, u"0002-0000"_s, u"DA3"_s, 9, 1, u"po-2"_s, u"Total outage"_s, {}}),
        make({u"10000003"_s, u"CLOSED"_s, u"0005-0001"_s, u"am1"_s, 40, 20, u"po-3"_s, u"Door zebra"_s, {}}),
        make({u"10000004"_s, u"SUBMITTED"_s, u"0005-0001"_s, u"am1"_s, 41, 21, u"po-4"_s, u"Nothing"_s, {}}),
    });
    CaseSortFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&cases);
    proxy.sort(CaseListModel::CaseNumberColumn, Qt::AscendingOrder);
    auto shown = [&proxy] {
        QStringList keys;
        for (int r = 0; r < proxy.rowCount(); ++r)
            keys.append(proxy.index(r, 0).data(CaseListModel::KeyRole).toString());
        return keys;
    };
    proxy.setFilterText(u"zebra"_s);
    QCOMPARE(shown(), QStringList{u"10000003"_s}); // its description, in memory
    QSignalSpy matched(&proxy, &CaseSortFilterModel::fullTextMatchesChanged);

    // An answer for older text is dropped.
    proxy.setFullTextMatches(u"zeb"_s, {{u"10000001"_s, -5.0, u"a zebra"_s}});
    QCOMPARE(shown(), QStringList{u"10000003"_s});
    QCOMPARE(matched.size(), 0);

    // Hits in notes join, best rank first; rows matched only in memory follow in column order.
    proxy.setFullTextMatches(u"zebra"_s, {{u"10000004"_s, -9.0, u"zebra zebra"_s},
                                          {u"10000001"_s, -3.0, u"a zebra"_s},
                                          {u"99999999"_s, -1.0, u"not in the list"_s}});
    QCOMPARE(shown(), (QStringList{u"10000004"_s, u"10000001"_s, u"10000003"_s}));
    QCOMPARE(matched.size(), 1);
    QCOMPARE(proxy.bestMatchingNote(u"10000001"_s), u"a zebra"_s);
    QTRY_COMPARE(proxy.statusCounts().value(u"SUBMITTED"_s), 1);

    // A status filter still applies to them.
    proxy.setStatusFilter({u"IN_PROGRESS"_s});
    QCOMPARE(shown(), QStringList{u"10000001"_s});
    proxy.setStatusFilter({});

    // Typing on drops the hits until the new text's answer comes.
    proxy.setFilterText(u"zebras"_s);
    QVERIFY(shown().isEmpty());
    QVERIFY(proxy.bestMatchingNote(u"10000001"_s).isEmpty());
    proxy.setFilterText(u"zebra"_s);
    QCOMPARE(shown(), QStringList{u"10000003"_s});
}

void TestFullTextSearch::manyMatchesRankOnlyTheNewest()
{
    // The best match by far is the oldest stored.
    merge(u"10000001"_s, u"Rack"_s, {u"Walrus walrus walrus"_s});
    for (int i = 2; i <= 6; ++i)
        merge(u"1000000%1"_s.arg(i), u"Rack"_s, {u"A walrus was seen near the loading dock, case %1"_s.arg(i)});
    // Within the limit every match is ranked: the best first.
    const QList<FullTextHit> all = m_store->searchText(u"walrus"_s, 100);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.constFirst().key, u"10000001"_s);
    // More matches than the limit: the newest that many are ranked, so the oldest is not among them.
    QStringList newest;
    for (const FullTextHit& hit : m_store->searchText(u"walrus"_s, 3))
        newest.append(hit.key);
    newest.sort();
    QCOMPARE(newest, (QStringList{u"10000004"_s, u"10000005"_s, u"10000006"_s}));
}

void TestFullTextSearch::aShortWordAddedAsksNoNewQuestion()
{
    merge(u"10000001"_s, u"Rack"_s, {u"Carrier Zayo light levels fine"_s});
    merge(u"10000002"_s, u"Rack"_s, {u"Carrier Lumen re-seated"_s});
    const QString path = m_store->database().path();
    m_store.reset(); // the repository's own connection from here on
    FakeCaseSource source;
    CaseRepository repository(&source);
    QSignalSpy opened(&repository, &CaseRepository::opened);
    repository.open(path);
    QVERIFY(opened.wait(10000));
    QVERIFY(repository.isOpen());
    CaseListModel cases;
    CaseSortFilterModel proxy;
    proxy.setSourceModel(&cases);
    FullTextSearch search(&proxy, &repository);
    QSignalSpy answered(&search, &FullTextSearch::answered);

    proxy.setFilterText(u"carrier"_s);
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(answered.last().at(1).toInt(), 2);
    QCOMPARE(search.questionsAsked(), 1);
    // "z" is too short for the index: the same question, answered at once from the last answer.
    proxy.setFilterText(u"carrier z"_s);
    QCOMPARE(answered.size(), 2);
    QCOMPARE(answered.last().at(0).toString(), u"carrier z"_s);
    QCOMPARE(answered.last().at(1).toInt(), 2);
    QCOMPARE(search.questionsAsked(), 1);
    // A word long enough asks again.
    proxy.setFilterText(u"carrier zay"_s);
    QTRY_COMPARE(answered.size(), 3);
    QCOMPARE(answered.last().at(1).toInt(), 1);
    QCOMPARE(search.questionsAsked(), 2);
}

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "tst_fulltextsearch.moc"

#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/offline/OfflineTables.h"
#include "models/offline/Outbox.h"
#include "models/store/Migrations.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * Drafts as values (their JSON, and rows that no longer decode) and in the store: saved in a transaction on
 * the store thread, read back by a fresh store, never resurrected once the outbox has taken them.
 */
class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftSurvivesJsonRoundTrip_data();
    void draftSurvivesJsonRoundTrip();
    void malformedDraftIsReportedNotDecoded_data();
    void malformedDraftIsReportedNotDecoded();
    void firstWordsAndSubjectDescribeTheDraft();

    void migrationAddsDraftAndOutboxTables();
    void savedDraftsAreReadBackByAFreshStore();
    void unreadableRowIsListedAndCanBeDiscarded();
    void savingASubmittedDraftIsRefused();
    void latestNoteForACaseIsTheNewest();
    void referencedFilesNameEveryStashedCopy();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDraftStore::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"casedesk.sqlite"_s);
}

void TestDraftStore::cleanup()
{
    m_dir.reset();
}

void TestDraftStore::draftSurvivesJsonRoundTrip_data()
{
    QTest::addColumn<Draft>("draft");
    Draft created = Draft::forCase(caseDraft(u"Rack A12 has no power since 14:00."_s), u"d-1"_s);
    created.createdMs = 1700000000000;
    created.editedMs = 1700000005000;
    QTest::newRow("case") << created;

    NoteDraft note = noteDraft(u"11150929"_s, u"Photos attached; 🔌 unplugged."_s);
    note.attachments = {DraftAttachment{u"/stash/named/ab/photo.png"_s, u"photo.png"_s, u"A-1"_s, {}},
                        DraftAttachment{u"/stash/named/cd/log.txt"_s, u"log.txt"_s, std::nullopt, {}}};
    QTest::newRow("note with files") << Draft::forNote(note, u"d-2"_s);

    Draft refused = Draft::forCase(caseDraft(u"x"_s), u"d-3"_s);
    refused.setRefusal(u"The provider refused the case."_s, {{u"description"_s, u"Too short."_s}});
    QTest::newRow("refused, error on its field") << refused;
}

void TestDraftStore::draftSurvivesJsonRoundTrip()
{
    QFETCH(Draft, draft);
    const Decoded<Draft> back = decodeJson<Draft>(draft.toBytes());
    QVERIFY2(back.ok(), qPrintable(describeDecodeErrors(back.errors)));
    QCOMPARE(*back.value, draft);
    QCOMPARE(back.value->violations(), draft.violations());
}

void TestDraftStore::malformedDraftIsReportedNotDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::newRow("not JSON") << QByteArray("{\"id\": \"d\", \"kind\": ") << u"$"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"$"_s;
    QTest::newRow("torn in the middle") << QByteArray(R"({"id":"d","kind":"note","note":{"caseNumber":"1115)")
                                        << u"$"_s;
    QTest::newRow("no kind") << QByteArray(R"({"id":"d","note":{"caseNumber":"1","text":"t","attachments":[]}})")
                             << u"kind"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"id":"d","kind":"memo"})") << u"kind"_s;
    QTest::newRow("case without its body") << QByteArray(R"({"id":"d","kind":"case"})") << u"case"_s;
    QTest::newRow("note text of the wrong type")
        << QByteArray(R"({"id":"d","kind":"note","note":{"caseNumber":"1","text":7,"attachments":[]}})")
        << u"note.text"_s;
    QTest::newRow("empty id") << QByteArray(
        R"({"id":"","kind":"note","note":{"caseNumber":"1","text":"t","attachments":[]}})")
                              << u"id"_s;
    QTest::newRow("edit time as text") << QByteArray(
        R"({"id":"d","kind":"note","editedMs":"yesterday","note":{"caseNumber":"1","text":"t","attachments":[]}})")
                                       << u"editedMs"_s;
}

void TestDraftStore::malformedDraftIsReportedNotDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    const Decoded<Draft> decoded = decodeJson<Draft>(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.errors.isEmpty());
    QStringList paths;
    for (const DecodeError& error : decoded.errors)
        paths << error.path;
    QVERIFY2(paths.contains(path), qPrintable(paths.join(u", ")));
}

void TestDraftStore::firstWordsAndSubjectDescribeTheDraft()
{
    const Draft note = Draft::forNote(noteDraft(u"11150929"_s, u"  The  technician\nmay   enter after 18:00. "_s));
    QCOMPARE(note.subject(), u"Note on 11150929"_s);
    QCOMPARE(note.firstWords(), u"The technician may enter after 18:00."_s);
    const Draft created = Draft::forCase(caseDraft(QString(200, u'a') + u" end"_s, u"CD-20261128-0A0B0C"_s));
    QCOMPARE(created.subject(), u"New case 0305-0301, CD-20261128-0A0B0C"_s);
    QVERIFY(created.firstWords(40).endsWith(u'…'));
    QVERIFY(created.firstWords(40).size() <= 41);
    QVERIFY(Draft::forNote(noteDraft(u"1"_s, u"   "_s)).isEmpty());
}

void TestDraftStore::migrationAddsDraftAndOutboxTables()
{
    OfflineStore store;
    QVERIFY(open(store, m_path));
    QVERIFY(Migrations::latestVersion() >= 4);
    QVERIFY(runSql(m_path, {u"SELECT id, kind, case_number, edited_ms, body FROM drafts"_s,
                            u"SELECT seq, id, kind, state, case_number, draft_id, updated_ms, body FROM outbox"_s}));
}

void TestDraftStore::savedDraftsAreReadBackByAFreshStore()
{
    {
        OfflineStore store;
        DraftStore drafts(&store);
        QVERIFY(open(store, m_path));
        QTRY_VERIFY(drafts.isLoaded());
        Draft older = Draft::forCase(caseDraft(u"First"_s), u"older"_s);
        older.editedMs = 1000;
        Draft newer = Draft::forNote(noteDraft(u"11150929"_s, u"Second"_s), u"newer"_s);
        newer.editedMs = 2000;
        bool saved = false;
        drafts.save(older);
        drafts.save(newer, this, [&](OfflineTables::SaveResult result, const QString&) {
            saved = result == OfflineTables::SaveResult::Saved;
        });
        QTRY_VERIFY(saved);
        QCOMPARE(drafts.count(), 2);
    } // the store thread finishes its jobs and closes

    OfflineStore store;
    DraftStore drafts(&store);
    QVERIFY(open(store, m_path));
    QTRY_VERIFY(drafts.isLoaded());
    QCOMPARE(drafts.count(), 2);
    QCOMPARE(drafts.entries().at(0).id, u"newer"_s); // most recently edited first
    QCOMPARE(drafts.find(u"older"_s)->caseDraft->request.description, u"First"_s);
    QCOMPARE(drafts.find(u"newer"_s)->note->text, u"Second"_s);
}

void TestDraftStore::unreadableRowIsListedAndCanBeDiscarded()
{
    {
        OfflineStore store;
        QVERIFY(open(store, m_path)); // creates the tables
    }
    QVERIFY(runSql(
        m_path,
        {u"INSERT INTO drafts (id, kind, edited_ms, body) VALUES ('torn', 'note', 5, '{\"id\":\"torn\",\"kind\":\"no')"_s}));
    OfflineStore store;
    DraftStore drafts(&store);
    QVERIFY(open(store, m_path));
    QTRY_VERIFY(drafts.isLoaded());
    drafts.save(Draft::forNote(noteDraft(u"1"_s, u"fine"_s), u"fine"_s));
    QCOMPARE(drafts.count(), 2);
    const auto torn = std::find_if(drafts.entries().cbegin(), drafts.entries().cend(),
                                   [](const StoredDraft& entry) { return entry.id == u"torn"_s; });
    QVERIFY(torn != drafts.entries().cend());
    QVERIFY(!torn->draft);
    QVERIFY(!torn->problem.isEmpty());

    drafts.remove(u"torn"_s);
    QCOMPARE(drafts.count(), 1);
    drafts.reload();
    QTRY_COMPARE(drafts.count(), 1);
    QTRY_VERIFY(drafts.find(u"fine"_s).has_value());
}

void TestDraftStore::savingASubmittedDraftIsRefused()
{
    OfflineStore store;
    DraftStore drafts(&store);
    Outbox outbox(&store, &drafts);
    QVERIFY(open(store, m_path));
    QTRY_VERIFY(drafts.isLoaded() && outbox.isLoaded());
    const Draft draft = Draft::forNote(noteDraft(u"11150929"_s, u"Sent soon"_s), u"x"_s);
    drafts.save(draft);
    bool queued = false;
    outbox.enqueue(Outbox::forNote(u"11150929"_s, NoteRequest{u"Sent soon"_s, {}, {}}, {}, u"x"_s, {}), this,
                   [&](const std::optional<OutboxItem>& item, const QString&) { queued = item.has_value(); });
    QTRY_VERIFY(queued);
    QTRY_COMPARE(drafts.count(), 0); // the move into the outbox took the draft

    // A late autosave of the same editor must not bring the text back as a draft (it would go out twice).
    std::optional<OfflineTables::SaveResult> result;
    drafts.save(draft, this, [&](OfflineTables::SaveResult r, const QString&) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(*result, OfflineTables::SaveResult::Superseded);
    QTRY_COMPARE(drafts.count(), 0);
}

void TestDraftStore::latestNoteForACaseIsTheNewest()
{
    OfflineStore store;
    DraftStore drafts(&store);
    QVERIFY(open(store, m_path));
    QTRY_VERIFY(drafts.isLoaded());
    Draft a = Draft::forNote(noteDraft(u"111"_s, u"old"_s));
    a.editedMs = 10;
    Draft b = Draft::forNote(noteDraft(u"111"_s, u"new"_s));
    b.editedMs = 20;
    Draft other = Draft::forNote(noteDraft(u"222"_s, u"other case"_s));
    other.editedMs = 30;
    drafts.save(a);
    drafts.save(b);
    drafts.save(other);
    QCOMPARE(drafts.latestNoteFor(u"111"_s)->note->text, u"new"_s);
    QVERIFY(!drafts.latestNoteFor(u"333"_s));
}

void TestDraftStore::referencedFilesNameEveryStashedCopy()
{
    OfflineStore store;
    DraftStore drafts(&store);
    QVERIFY(open(store, m_path));
    QTRY_VERIFY(drafts.isLoaded());
    const QString sha = QString(64, u'a');
    NoteDraft note = noteDraft(u"1"_s, u"with a file"_s);
    note.attachments = {DraftAttachment{u"/data/attachments/named/"_s + sha + u"/photo.png"_s, u"photo.png"_s, {}, {}}};
    drafts.save(Draft::forNote(note));
    CaseDraft created = caseDraft(u"with a blob"_s);
    const QString other = QString(64, u'b');
    created.attachments = {DraftAttachment{u"/data/attachments/"_s + other + u".pdf"_s, u"doc.pdf"_s, {}, {}}};
    drafts.save(Draft::forCase(created));
    const QSet<QString> keep = drafts.referencedFiles();
    QVERIFY(keep.contains(sha));
    QVERIFY(keep.contains(other));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"

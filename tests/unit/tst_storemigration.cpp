#include "models/store/CaseStore.h"
#include "models/store/Migrations.h"
#include "tests/support/CaseAnswers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// The first schema exactly as it shipped. Migrations::statementsFor(1) must never drift from it.
const QStringList kFirstSchema = {
    u"CREATE TABLE cases ("
    "  case_number TEXT PRIMARY KEY NOT NULL,"
    "  order_number TEXT NOT NULL DEFAULT '',"
    "  code TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT '',"
    "  ibx TEXT NOT NULL DEFAULT '',"
    "  created_ms INTEGER NOT NULL DEFAULT 0,"
    "  updated_ms INTEGER NOT NULL DEFAULT 0,"
    "  customer_reference TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  last_seen_ms INTEGER NOT NULL DEFAULT 0,"
    "  last_fetched_ms INTEGER NOT NULL DEFAULT 0,"
    "  source INTEGER NOT NULL DEFAULT 0,"
    "  answer BLOB"
    ")"_s,
    u"CREATE INDEX cases_order_number ON cases(order_number)"_s,
    u"CREATE INDEX cases_status ON cases(status)"_s,
    u"CREATE TABLE notes ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  case_number TEXT NOT NULL REFERENCES cases(case_number) ON DELETE CASCADE ON UPDATE CASCADE,"
    "  note_id TEXT NOT NULL DEFAULT '',"
    "  created_ms INTEGER NOT NULL DEFAULT 0,"
    "  type TEXT NOT NULL DEFAULT '',"
    "  visibility TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL DEFAULT '',"
    "  attachments TEXT NOT NULL DEFAULT '[]'"
    ")"_s,
    u"CREATE INDEX notes_case ON notes(case_number)"_s,
};
} // namespace

class TestStoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSchemaIsFrozen();
    void stepsAreNumberedOneByOne();
    void firstSchemaDatabaseMigratesWithoutLosingRows();
    void failingStepLeavesTheDatabaseUntouched();
    void databaseFromANewerVersionIsRefused();

private:
    // Runs SQL on a connection of the test's own, closed again before the store opens the file.
    void runSql(const QString& path, const QStringList& statements, const QList<QVariantList>& values = {});
    int userVersion(const QString& path);

    QTemporaryDir m_dir;
};

void TestStoreMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStoreMigration::runSql(const QString& path, const QStringList& statements, const QList<QVariantList>& values)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery query(db);
            QVERIFY2(query.prepare(statements[i]), qPrintable(query.lastError().text()));
            for (const QVariant& value : values.value(i))
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u" in "_s + statements[i]));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test"_s);
}

int TestStoreMigration::userVersion(const QString& path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"PRAGMA user_version"_s, db);
            if (query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version"_s);
    return version;
}

void TestStoreMigration::firstSchemaIsFrozen()
{
    QCOMPARE(Migrations::statementsFor(1), kFirstSchema);
}

void TestStoreMigration::stepsAreNumberedOneByOne()
{
    const QList<MigrationStep>& steps = Migrations::steps();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i + 1));
        QVERIFY(!steps[i].statements().isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), int(steps.size()));
}

void TestStoreMigration::firstSchemaDatabaseMigratesWithoutLosingRows()
{
    const QString path = m_dir.filePath(u"v1.sqlite"_s);
    const QByteArray seenAnswer =
        CaseAnswers::bytes(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    const QString insertCase = u"INSERT INTO cases (case_number, order_number, status, updated_ms, last_seen_ms,"
                               " source, answer) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    const QString insertNote = u"INSERT INTO notes (case_number, note_id, text) VALUES (?, ?, ?)"_s;
    runSql(
        path,
        kFirstSchema
            + QStringList{u"PRAGMA user_version = 1"_s, insertCase, insertCase, insertCase, insertNote, insertNote},
        {{},
         {},
         {},
         {},
         {},
         {},
         {u"11150929"_s, u"1-204976070710"_s, u"IN_PROGRESS"_s, 1694678400000LL, 1694680000000LL, 0, seenAnswer},
         {u"22222222"_s, u""_s, u"CLOSED"_s, 1694678400000LL, 0, 0, seenAnswer},
         {u"1-999999999999"_s, u"1-999999999999"_s, u"ENTERED"_s, 0, 0, 2, QVariant(QMetaType::fromType<QByteArray>())},
         {u"11150929"_s, u"n1"_s, u"first"_s},
         {u"11150929"_s, u"n2"_s, u"second"_s}});
    QCOMPARE(userVersion(path), 1);

    {
        CaseStore store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store.database().journalMode(), u"wal"_s);

        const QList<CaseSummary> rows = store.summaries();
        QCOMPARE(rows.size(), 3);
        const auto seen = store.summary(u"11150929"_s);
        QVERIFY(seen);
        QCOMPARE(seen->lastSeenMs, 1694680000000LL);
        QCOMPARE(seen->seenStatus, u"IN_PROGRESS"_s); // backfilled by step 3: seen before means seen as it is
        QVERIFY(!seen->changedSinceSeen());
        QVERIFY(store.summary(u"1-999999999999"_s)->isPartial());
        QCOMPARE(store.summary(u"1-999999999999"_s)->source, CaseSummary::Source::Search);

        const CaseDetail detail = store.detail(u"11150929"_s);
        QVERIFY(detail.answer);
        QCOMPARE(detail.notes.size(), 2);
        for (const StoredNote& note : detail.notes)
            QCOMPARE(note.state, StoredNote::State::Server);
        QVERIFY(store.addPendingNote(u"11150929"_s, NoteRequest{u"after migration"_s, {}, {}}, 1));
    }
    QCOMPARE(userVersion(path), Migrations::latestVersion());

    // Opening again runs nothing and keeps everything.
    CaseStore again(path);
    QVERIFY(again.open());
    QCOMPARE(again.summaries().size(), 3);
    QCOMPARE(again.detail(u"11150929"_s).notes.size(), 3);
}

void TestStoreMigration::failingStepLeavesTheDatabaseUntouched()
{
    if (Migrations::latestVersion() < 2)
        QSKIP("only one schema version so far");
    const QString path = m_dir.filePath(u"broken.sqlite"_s);
    // A column step 2 wants to add already exists, so step 2 fails half-way.
    runSql(path, kFirstSchema
                     + QStringList{u"PRAGMA user_version = 1"_s, u"ALTER TABLE notes ADD COLUMN state INTEGER"_s,
                                   u"INSERT INTO cases (case_number) VALUES ('11150929')"_s});
    {
        CaseStore store(path);
        QVERIFY(!store.open());
        QVERIFY(store.errorString().contains(u"step 2"_s));
    }
    QCOMPARE(userVersion(path), 1);
    bool hasLocalId = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT COUNT(*) FROM pragma_table_info('notes') WHERE name = 'local_id'"_s, db);
        QVERIFY(query.next());
        hasLocalId = query.value(0).toInt() > 0;
        QSqlQuery rows(u"SELECT COUNT(*) FROM cases"_s, db);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    QVERIFY2(!hasLocalId, "the part of step 2 that ran before the failure was not rolled back");
}

void TestStoreMigration::databaseFromANewerVersionIsRefused()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    const int newer = Migrations::latestVersion() + 1;
    runSql(path, {u"CREATE TABLE future (x)"_s, u"PRAGMA user_version = "_s + QString::number(newer)});
    CaseStore store(path);
    QVERIFY(!store.open());
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(userVersion(path), newer);
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"

#include "models/store/CaseStore.h"
#include "models/store/Migrations.h"
#include "models/store/WriteTransaction.h"
#include "tests/support/CaseAnswers.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using Kind = CaseStore::Merge::Kind;

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithWalAtTheLatestSchemaInANewFolder();
    void answerRoundTripsThroughTheStore();
    void listColumnsComeFromTheAnswer_data();
    void listColumnsComeFromTheAnswer();
    void mergeSaysWhatChanged();
    void answerWithoutCaseNumberIsRefusedAndStoresNothing();
    void storedAnswerThatNoLongerDecodesKeepsTheRow_data();
    void storedAnswerThatNoLongerDecodesKeepsTheRow();
    void searchHitIsPartialUntilItsCaseArrives();
    void searchHitOfAStoredCaseIsSkipped();
    void searchHitUnderACaseNumberBecomesThatCase();
    void onlyEightAsciiDigitsMakeACaseNumber_data();
    void onlyEightAsciiDigitsMakeACaseNumber();
    void pendingNoteIsReplacedOnlyByItsServerCopy_data();
    void pendingNoteIsReplacedOnlyByItsServerCopy();
    void discardedPendingNoteDisappears();
    void changedSinceSeenFollowsStatusAndUpdateTime();
    void markedUnseenStaysUntilSeenAndSurvivesAnswers();
    void createdCaseIsNotChangedByItsFirstAnswer();
    void openCaseKeysLeaveOutFinalCases();
    void writeTransactionHoldsTheFileFromItsStart();
    void nestedTransactionsCommitTogetherOrNotAtAll();
    void commitsReachTheDiskBeforeTheyReturn();

private:
    CaseStore::Merge merge(const QJsonObject& object, const QString& requested = {});
    void execSql(const QString& sql, const QVariantList& values = {});

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_now = 1'700'000'000'000;
};

void TestCaseStore::onlyEightAsciiDigitsMakeACaseNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isCaseNumber");
    QTest::newRow("eight digits") << u"11150932"_s << true;
    QTest::newRow("seven digits") << u"1115093"_s << false;
    QTest::newRow("nine digits") << u"111509321"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a letter") << u"1115093a"_s << false;
    QTest::newRow("a space before") << u" 1115093"_s << false;
    QTest::newRow("an order number") << u"1-192837465"_s << false;
    // Digits of other scripts pass QChar::isDigit, but the server's case numbers are ASCII: such an "id" would
    // reach the URL of a request, the store's key and a link in a note.
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0661\u0661\u0665\u0660\u0669\u0663\u0662"_s << false;
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF11\uFF11\uFF15\uFF10\uFF19\uFF13\uFF12"_s << false;
    QTest::newRow("Devanagari digit among ASCII") << u"1115093\u0968"_s << false;
}

void TestCaseStore::onlyEightAsciiDigitsMakeACaseNumber()
{
    QFETCH(QString, id);
    QFETCH(bool, isCaseNumber);
    QCOMPARE(CaseSummary::isCaseNumber(id), isCaseNumber);
}

void TestCaseStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaseStore::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'/'
                                        + QString::fromLatin1(QTest::currentDataTag()) + u"/casedesk.sqlite"_s);
    m_store = std::make_unique<CaseStore>(path);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TestCaseStore::cleanup()
{
    m_store.reset();
}

CaseStore::Merge TestCaseStore::merge(const QJsonObject& object, const QString& requested)
{
    const QString id = requested.isEmpty() ? object.value("id"_L1).toString() : requested;
    return m_store->mergeAnswer(id, CaseAnswers::bytes(object), CaseAnswers::decoded(object), ++m_now,
                                CaseSummary::Source::Opened);
}

void TestCaseStore::execSql(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(m_store->database().connectionName()));
    QVERIFY(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(sql));
}

void TestCaseStore::opensWithWalAtTheLatestSchemaInANewFolder()
{
    QVERIFY(QFileInfo::exists(m_store->database().path()));
    QCOMPARE(m_store->database().journalMode(), u"wal"_s);
    QCOMPARE(m_store->database().schemaVersion(), Migrations::latestVersion());
}

void TestCaseStore::answerRoundTripsThroughTheStore()
{
    const QJsonObject object = CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s);
    QCOMPARE(merge(object).kind, Kind::Added);

    const CaseDetail detail = m_store->detail(u"11150929"_s);
    QVERIFY(detail.found);
    QVERIFY(detail.decodeErrors.isEmpty());
    QVERIFY(detail.answer.has_value());
    QCOMPARE(*detail.answer, CaseAnswers::decoded(object));
    QCOMPARE(detail.fetchedAt.toMSecsSinceEpoch(), m_now);
    QCOMPARE(detail.summary.source, CaseSummary::Source::Opened);
    QVERIFY(detail.summary.hasFullAnswer);
    QCOMPARE(m_store->summaries().size(), 1);
    QCOMPARE(m_store->summaries().constFirst(), detail.summary);
}

void TestCaseStore::listColumnsComeFromTheAnswer_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("ibx");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("createdMs");

    const qint64 sampleCreated =
        QDateTime::fromString(u"2023-09-13T04:57:27.430Z"_s, Qt::ISODateWithMs).toMSecsSinceEpoch();
    QTest::newRow("sample") << QJsonObject{} << u"SV5"_s << u"EESkFTupLmnF6KinbARfNgWAC2V1BZbDZKluF5TI5YVTXTfGkF"_s
                            << u"Sample description."_s << sampleCreated;
    QTest::newRow("no location: first line's IBX")
        << QJsonObject{{"location"_L1, QJsonObject{}}, {"customerReferenceId"_L1, u"PO-7"_s}} << u"DA3"_s << u"PO-7"_s
        << u"Sample description."_s << sampleCreated;
    QTest::newRow("no created date") << QJsonObject{{"createdDateTime"_L1, QJsonValue::Null}} << u"SV5"_s
                                     << u"EESkFTupLmnF6KinbARfNgWAC2V1BZbDZKluF5TI5YVTXTfGkF"_s
                                     << u"Sample description."_s << qint64(0);
}

void TestCaseStore::listColumnsComeFromTheAnswer()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, ibx);
    QFETCH(QString, reference);
    QFETCH(QString, description);
    QFETCH(qint64, createdMs);

    merge(CaseAnswers::answer(u"11150929"_s, u"RESOLVED"_s, u"2023-09-14T08:00:00Z"_s, overrides));
    const auto summary = m_store->summary(u"11150929"_s);
    QVERIFY(summary);
    QCOMPARE(summary->orderNumber, u"1-204976070710"_s);
    QCOMPARE(summary->status, u"RESOLVED"_s);
    QCOMPARE(summary->ibx, ibx);
    QCOMPARE(summary->customerReference, reference);
    QCOMPARE(summary->description, description);
    QCOMPARE(summary->createdMs, createdMs);
    QCOMPARE(summary->updatedMs, QDateTime(QDate(2023, 9, 14), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
}

void TestCaseStore::mergeSaysWhatChanged()
{
    const QJsonObject first = CaseAnswers::answer(u"11150929"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s);
    QCOMPARE(merge(first).kind, Kind::Added);

    const CaseStore::Merge same = merge(first);
    QCOMPARE(same.kind, Kind::Unchanged);
    QVERIFY(!same.answerChanged);

    QJsonObject noteAdded = first;
    noteAdded.insert("notes"_L1, QJsonArray{QJsonObject{{"id"_L1, u"n1"_s}, {"text"_L1, u"hello"_s}}});
    const CaseStore::Merge notes = merge(noteAdded);
    QCOMPARE(notes.kind, Kind::Unchanged);
    QVERIFY(notes.answerChanged);
    QCOMPARE(m_store->detail(u"11150929"_s).notes.size(), 1);

    const CaseStore::Merge moved =
        merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-15T08:00:00Z"_s));
    QCOMPARE(moved.kind, Kind::Changed);
    QCOMPARE(moved.summary.status, u"IN_PROGRESS"_s);
    QVERIFY(m_store->detail(u"11150929"_s).notes.isEmpty());
}

void TestCaseStore::answerWithoutCaseNumberIsRefusedAndStoresNothing()
{
    QJsonObject object = CaseAnswers::answer(u"x"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s);
    object.remove("id"_L1);
    const CaseStore::Merge result = m_store->mergeAnswer(
        u"11150929"_s, CaseAnswers::bytes(object), CaseAnswers::decoded(object), m_now, CaseSummary::Source::Opened);
    QCOMPARE(result.kind, Kind::Failed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(m_store->summaries().isEmpty());
}

void TestCaseStore::storedAnswerThatNoLongerDecodesKeepsTheRow_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("path");

    QTest::newRow("not json") << QByteArray("{\"id\": \"11150929\", ") << u"$"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"$"_s;
    QTest::newRow("status is a number") << QByteArray(R"({"id":"11150929","status":7})") << u"status"_s;
    QTest::newRow("unreadable created date")
        << QByteArray(R"({"id":"11150929","createdDateTime":"yesterday"})") << u"createdDateTime"_s;
    QTest::newRow("note is not an object") << QByteArray(R"({"id":"11150929","notes":["text"]})") << u"notes[0]"_s;
}

void TestCaseStore::storedAnswerThatNoLongerDecodesKeepsTheRow()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, path);

    merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    execSql(u"UPDATE cases SET answer = ? WHERE case_number = ?"_s, {stored, u"11150929"_s});

    const CaseDetail detail = m_store->detail(u"11150929"_s);
    QVERIFY(detail.found);
    QVERIFY(!detail.answer.has_value());
    QVERIFY(!detail.decodeErrors.isEmpty());
    QCOMPARE(detail.decodeErrors.constFirst().path, path);
    QCOMPARE(detail.summary.status, u"IN_PROGRESS"_s);
}

void TestCaseStore::searchHitIsPartialUntilItsCaseArrives()
{
    OrderHeader hit;
    hit.orderNumber = u"1-204976070710"_s;
    hit.orderStatus = u"IN_PROGRESS"_s;
    hit.ibx = QStringList{u"AM1"_s};
    hit.customerReferenceNumbers = QStringList{u"REF-1"_s};
    const QList<CaseStore::Merge> hits = m_store->mergeSearchHits({hit, OrderHeader{}});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().kind, Kind::Added);
    const CaseSummary partial = hits.constFirst().summary;
    QVERIFY(partial.isPartial());
    QCOMPARE(partial.caseNumber, u"1-204976070710"_s);
    QCOMPARE(partial.source, CaseSummary::Source::Search);
    QVERIFY(!m_store->detail(partial.caseNumber).answer);

    const CaseStore::Merge full =
        merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s), partial.caseNumber);
    QCOMPARE(full.kind, Kind::Added);
    QCOMPARE(full.removedKey, partial.caseNumber);
    QCOMPARE(full.summary.source, CaseSummary::Source::Search);
    const QList<CaseSummary> rows = m_store->summaries();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().caseNumber, u"11150929"_s);
    QVERIFY(rows.constFirst().hasFullAnswer);
}

void TestCaseStore::searchHitOfAStoredCaseIsSkipped()
{
    merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    OrderHeader hit;
    hit.orderNumber = u"1-204976070710"_s;
    hit.orderStatus = u"CLOSED"_s;
    QVERIFY(m_store->mergeSearchHits({hit}).isEmpty());
    QCOMPARE(m_store->summaries().size(), 1);
    QCOMPARE(m_store->summary(u"11150929"_s)->status, u"IN_PROGRESS"_s);
}

void TestCaseStore::searchHitUnderACaseNumberBecomesThatCase()
{
    merge(CaseAnswers::answer(u"22222222"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s,
                              QJsonObject{{u"orderId"_s, QJsonValue::Null}}));
    OrderHeader hit;
    hit.orderNumber = u"11150929"_s; // cases are listed under their case number
    hit.orderStatus = u"SUBMITTED"_s;
    const QList<CaseStore::Merge> hits = m_store->mergeSearchHits({hit});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().kind, Kind::Added);
    QVERIFY(hits.constFirst().summary.orderNumber.isEmpty());

    const CaseStore::Merge full =
        merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    QCOMPARE(full.kind, Kind::Changed);
    QVERIFY(full.removedKey.isEmpty());
    QCOMPARE(full.summary.source, CaseSummary::Source::Search);
    QVERIFY(m_store->summary(u"11150929"_s)->hasFullAnswer);
    QCOMPARE(m_store->summaries().size(), 2);
    // Once stored in full, a later hit for it changes nothing.
    QVERIFY(m_store->mergeSearchHits({hit}).isEmpty());
    QCOMPARE(m_store->summary(u"11150929"_s)->status, u"IN_PROGRESS"_s);
}

void TestCaseStore::pendingNoteIsReplacedOnlyByItsServerCopy_data()
{
    QTest::addColumn<QString>("confirmedId");
    QTest::addColumn<QString>("serverId");
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<qint64>("serverOffsetMs");
    QTest::addColumn<bool>("replaced");

    const qint64 minute = 60 * 1000;
    QTest::newRow("same note id") << u"n9"_s << u"n9"_s << u"other words"_s << 90 * minute << true;
    QTest::newRow("same text, a minute later") << QString() << u"n1"_s << u"  Please call me. "_s << minute << true;
    QTest::newRow("same text, clock behind") << QString() << u"n1"_s << u"Please call me."_s << -5 * minute << true;
    QTest::newRow("same text, an hour later") << QString() << u"n1"_s << u"Please call me."_s << 60 * minute << false;
    QTest::newRow("other text") << QString() << u"n1"_s << u"Please call him."_s << minute << false;
    QTest::newRow("other note id, other text") << u"n9"_s << u"n1"_s << u"nothing alike"_s << minute << false;
}

void TestCaseStore::pendingNoteIsReplacedOnlyByItsServerCopy()
{
    QFETCH(QString, confirmedId);
    QFETCH(QString, serverId);
    QFETCH(QString, serverText);
    QFETCH(qint64, serverOffsetMs);
    QFETCH(bool, replaced);

    const QJsonObject object = CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s);
    merge(object);
    const auto pending = m_store->addPendingNote(u"11150929"_s, NoteRequest{u"Please call me."_s, {}, {}}, m_now);
    QVERIFY(pending);
    QVERIFY(pending->isPending());
    if (!confirmedId.isEmpty())
        QCOMPARE(m_store->confirmPendingNote(pending->localId, confirmedId), std::optional<QString>(u"11150929"_s));

    QJsonObject withNote = object;
    const QString created = QDateTime::fromMSecsSinceEpoch(m_now + serverOffsetMs, Qt::UTC).toString(Qt::ISODate);
    withNote.insert("notes"_L1, QJsonArray{QJsonObject{
                                    {"id"_L1, serverId}, {"text"_L1, serverText}, {"createdDateTime"_L1, created}}});
    QVERIFY(merge(withNote).answerChanged);

    const QList<StoredNote> notes = m_store->detail(u"11150929"_s).notes;
    QCOMPARE(notes.size(), replaced ? 1 : 2);
    const auto pendingLeft =
        std::count_if(notes.begin(), notes.end(), [](const StoredNote& n) { return n.isPending(); });
    QCOMPARE(pendingLeft, replaced ? 0 : 1);
}

void TestCaseStore::discardedPendingNoteDisappears()
{
    merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    QVERIFY(!m_store->addPendingNote(u"99999999"_s, NoteRequest{u"to nowhere"_s, {}, {}}, m_now));
    const auto pending = m_store->addPendingNote(u"11150929"_s, NoteRequest{u"oops"_s, {}, {}}, m_now);
    QVERIFY(pending);
    QCOMPARE(m_store->detail(u"11150929"_s).notes.size(), 1);
    QCOMPARE(m_store->discardPendingNote(pending->localId), std::optional<QString>(u"11150929"_s));
    QVERIFY(m_store->detail(u"11150929"_s).notes.isEmpty());
    QVERIFY(!m_store->discardPendingNote(pending->localId));
}

void TestCaseStore::changedSinceSeenFollowsStatusAndUpdateTime()
{
    merge(CaseAnswers::answer(u"11150929"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"22222222"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    QCOMPARE(m_store->changedCount(), 0);
    QVERIFY(m_store->markSeen(u"11150929"_s, m_now));
    QVERIFY(!m_store->markSeen(u"00000000"_s, m_now));

    merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"22222222"_s, u"IN_PROGRESS"_s, u"2023-09-15T08:00:00Z"_s)); // never seen
    QCOMPARE(m_store->changedCount(), 1);
    QVERIFY(m_store->summary(u"11150929"_s)->changedSinceSeen());
    QVERIFY(!m_store->summary(u"22222222"_s)->changedSinceSeen());

    QVERIFY(m_store->markSeen(u"22222222"_s, m_now));
    merge(CaseAnswers::answer(u"22222222"_s, u"IN_PROGRESS"_s, u"2023-09-16T08:00:00Z"_s)); // only updated
    QCOMPARE(m_store->changedCount(), 2);

    // The SQL count and CaseSummary::changedSinceSeen() agree.
    const QList<CaseSummary> rows = m_store->summaries();
    QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const CaseSummary& s) { return s.changedSinceSeen(); }), 2);

    const auto seen = m_store->markSeen(u"11150929"_s, m_now);
    QVERIFY(seen && !seen->changedSinceSeen());
    QCOMPARE(m_store->changedCount(), 1);
}

void TestCaseStore::markedUnseenStaysUntilSeenAndSurvivesAnswers()
{
    merge(CaseAnswers::answer(u"11150929"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"22222222"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"33333333"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    QCOMPARE(m_store->changedCount(), 0);

    // Never opened, yet marked by the user; an unknown key is left out of the answer.
    QList<CaseSummary> changed = m_store->setSeen({u"11150929"_s, u"22222222"_s, u"00000000"_s}, false, m_now);
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.at(0).markedUnseen && changed.at(0).changedSinceSeen());
    QCOMPARE(m_store->changedCount(), 2);
    QVERIFY(!m_store->summary(u"33333333"_s)->changedSinceSeen());

    // A fresh answer keeps the mark.
    merge(CaseAnswers::answer(u"11150929"_s, u"IN_PROGRESS"_s, u"2023-09-15T08:00:00Z"_s));
    QVERIFY(m_store->summary(u"11150929"_s)->markedUnseen);
    QCOMPARE(m_store->changedCount(), 2);
    const QList<CaseSummary> rows = m_store->summaries();
    QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const CaseSummary& s) { return s.changedSinceSeen(); }), 2);

    // Opening one (markSeen) or marking it seen clears the mark, and it is then seen in its current state.
    QVERIFY(m_store->markSeen(u"11150929"_s, m_now));
    QVERIFY(!m_store->summary(u"11150929"_s)->changedSinceSeen());
    changed = m_store->setSeen({u"22222222"_s}, true, m_now + 5);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!changed.first().markedUnseen);
    QCOMPARE(changed.first().lastSeenMs, m_now + 5);
    QCOMPARE(m_store->changedCount(), 0);
}

void TestCaseStore::createdCaseIsNotChangedByItsFirstAnswer()
{
    const CaseStore::Merge created = m_store->recordCreated(u"1-204976070710"_s, m_now);
    QCOMPARE(created.kind, Kind::Added);
    QCOMPARE(created.summary.source, CaseSummary::Source::Created);
    QVERIFY(created.summary.lastSeenMs > 0);
    QCOMPARE(m_store->recordCreated(u"1-204976070710"_s, m_now).kind, Kind::Unchanged);

    const CaseStore::Merge full =
        merge(CaseAnswers::answer(u"11150929"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s), u"1-204976070710"_s);
    QCOMPARE(full.removedKey, u"1-204976070710"_s);
    QCOMPARE(full.summary.source, CaseSummary::Source::Created);
    QVERIFY(!full.summary.changedSinceSeen());
    QCOMPARE(m_store->changedCount(), 0);
}

void TestCaseStore::openCaseKeysLeaveOutFinalCases()
{
    merge(CaseAnswers::answer(u"10000001"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"10000002"_s, u"CLOSED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"10000003"_s, u"CANCELLED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"10000004"_s, u"RESOLVED"_s, u"2023-09-14T08:00:00Z"_s));
    merge(CaseAnswers::answer(u"10000005"_s, u"SOMETHING_NEW"_s, u"2023-09-14T08:00:00Z"_s));
    QCOMPARE(m_store->openCaseKeys(), (QStringList{u"10000001"_s, u"10000004"_s, u"10000005"_s}));
}

void TestCaseStore::writeTransactionHoldsTheFileFromItsStart()
{
    // A second process may open the same file (it is refused by the environment's lock, but a stale lock or
    // an older CaseDesk could). A transaction that read first and took the write lock only at its first write
    // failed at once ("database is locked") when the other connection had written in between; one that
    // holds the lock from BEGIN cannot go stale.
    Database other(m_store->database().path());
    QVERIFY2(other.open(), qPrintable(other.errorString()));
    QSqlDatabase mine = QSqlDatabase::database(m_store->database().connectionName());
    QSqlDatabase theirs = QSqlDatabase::database(other.connectionName());
    QSqlQuery noWaiting(theirs);
    QVERIFY(noWaiting.exec(u"PRAGMA busy_timeout=0"_s));

    {
        WriteTransaction held(mine);
        QVERIFY(held.isActive());
        WriteTransaction waiting(theirs); // held by `mine`: the other waits (here: gives up at once)
        QVERIFY(!waiting.isActive());
    }
    WriteTransaction later(theirs);
    QVERIFY(later.isActive());
}

void TestCaseStore::nestedTransactionsCommitTogetherOrNotAtAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_store->database().connectionName());
    auto count = [&] {
        QSqlQuery query(db);
        query.exec(u"SELECT COUNT(*) FROM notes"_s);
        return query.next() ? query.value(0).toInt() : -1;
    };
    merge(CaseAnswers::answer(u"10000001"_s, u"SUBMITTED"_s, u"2023-09-14T08:00:00Z"_s));
    const int before = count();
    NoteRequest request;
    request.text = u"together"_s;
    {
        WriteTransaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(m_store->addPendingNote(u"10000001"_s, request, 1000)); // its own write, inside ours
        {
            WriteTransaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(!inner.isOutermost());
            QVERIFY(m_store->addPendingNote(u"10000001"_s, request, 1001));
            inner.rollback(); // undoes only the inner write
        }
        QCOMPARE(count(), before + 1);
        // The outer one is dropped without commit: nothing of it stays.
    }
    QCOMPARE(count(), before);
    {
        WriteTransaction outer(db);
        WriteTransaction inner(db);
        QVERIFY(m_store->addPendingNote(u"10000001"_s, request, 1002));
        QVERIFY(inner.commit());
        QVERIFY(outer.commit());
    }
    QCOMPARE(count(), before + 1);
}

void TestCaseStore::commitsReachTheDiskBeforeTheyReturn()
{
    // synchronous=FULL: in WAL mode NORMAL would lose the last commits on a power cut, and with them the
    // outbox's "may have been sent" mark.
    QSqlQuery query(QSqlDatabase::database(m_store->database().connectionName()));
    QVERIFY(query.exec(u"PRAGMA synchronous"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"

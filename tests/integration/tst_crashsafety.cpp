#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "tests/integration/crashdriver/TypingStream.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// How many times the driver is killed: `tst_crashsafety --kills 100` for the README's figure.
int g_kills = 30;

struct DraftCheck
{
    int maybeSent = 0; // outbox items a kill left on the wire: the next start must ask before resending
    int notes = 0;
    int cases = 0;
    qsizetype noteLength = 0;
    qsizetype descriptionLength = 0;
    QSet<QString> movesInDrafts; // MOVE-<run> case drafts not yet moved into the outbox
    QSet<QString> movesInOutbox; // ... and those the outbox holds
    int pendingNotes = 0;        // pending copies of notes in the case store
    QStringList problems;
};
} // namespace

/*
 * Kill safety with the app's own classes in a child process (casedesk_crashdriver: the real store,
 * autosave, note composer, wizard and outbox, typing without pause and sending creates, notes, a note with a
 * file and a cancel through a slow sandbox that drops some answers, and moving a saved draft into the outbox),
 * killed with SIGKILL at random moments, again and again (30 times, `--kills N` for more). After every kill
 * each draft must read whole (a prefix of what was typed, never torn, never doubled, never shorter than
 * before), a moved draft is either still a draft or in the outbox (never both, never neither), and every
 * pending note in the case store has its outbox item. At the end, once what waits is sent, every case, note,
 * file and cancel the outbox took exists exactly once on the sandbox.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedAtRandomLosesNoDraftAndSendsNothingTwice();

private:
    QStringList driverArguments(int run) const;
    DraftCheck checkDrafts();
    QJsonObject caseAnswer(const QString& caseNumber);
    QJsonArray notesOnTheCase();
    int casesWithReference(const QString& reference);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_case;
    QStringList m_cancelCases; // one per run, for its cancel
};

void TestCrashSafety::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs its own sandbox with slow answers and dropped connections");
    m_home = std::make_unique<TestHome>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_dir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--db"_s, m_dir->filePath(u"sandbox.sqlite"_s)});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    SandboxClient direct(m_sandbox->baseUrl());
    QVERIFY(direct.signIn());
    m_case = direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s));
    QVERIFY(!m_case.isEmpty());
    for (int run = 1; run <= g_kills; ++run) {
        m_cancelCases << direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s));
        QVERIFY(!m_cancelCases.constLast().isEmpty());
    }
    // Slow answers widen the moments when a request is on the wire; some answers never come.
    m_sandbox->stop();
    m_sandbox->setArguments(m_sandbox->arguments()
                            << u"--port"_s << QString::number(m_sandbox->baseUrl().port()) << u"--fault-latency-ms"_s
                            << u"150"_s << u"--fault-drop-rate"_s << u"0.2"_s << u"--fault-seed"_s << u"7"_s);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestCrashSafety::cleanupTestCase()
{
    m_sandbox.reset();
}

QStringList TestCrashSafety::driverArguments(int run) const
{
    return {u"--store"_s,       m_dir->filePath(u"app"_s),
            u"--server"_s,      m_sandbox->baseUrl().toString(),
            u"--case"_s,        m_case,
            u"--run"_s,         QString::number(run),
            u"--cancel-case"_s, run > 0 ? m_cancelCases.at(run - 1) : QString()};
}

DraftCheck TestCrashSafety::checkDrafts()
{
    // Read as the next start would: the app's own store classes, in this process (the driver is dead).
    DraftCheck check;
    OfflineServices offline(nullptr, nullptr);
    QSignalSpy loaded(&offline, &OfflineServices::loaded);
    offline.open(m_dir->filePath(u"app/casedesk.sqlite"_s));
    if (!loaded.wait(10000)) {
        check.problems << u"the store did not open"_s;
        return check;
    }
    QSet<QString> pendingNoteIds;
    for (const StoredOutboxItem& entry : offline.outbox()->entries()) {
        if (!entry.item) {
            check.problems << u"outbox item %1 does not read: %2"_s.arg(entry.id, entry.problem);
            continue;
        }
        if (entry.item->isPending() && entry.item->mayHaveBeenSent())
            ++check.maybeSent;
        if (entry.item->reference.startsWith(u"MOVE-"_s))
            check.movesInOutbox << entry.item->reference;
        if (!entry.item->pendingNoteId.isEmpty())
            pendingNoteIds << entry.item->pendingNoteId;
    }
    {
        // A pending note is written with its outbox item or not at all: none may be left without one.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crashcheck"_s);
        db.setDatabaseName(m_dir->filePath(u"app/casedesk.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            check.problems << u"the store does not open for reading"_s;
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT local_id FROM notes WHERE state <> 0"_s))
                check.problems << u"pending notes do not read"_s;
            while (query.next()) {
                ++check.pendingNotes;
                if (!pendingNoteIds.contains(query.value(0).toString()))
                    check.problems << u"pending note %1 has no outbox item"_s.arg(query.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"crashcheck"_s);
    for (const StoredDraft& entry : offline.drafts()->entries()) {
        if (!entry.draft) {
            check.problems << u"draft %1 does not read: %2"_s.arg(entry.id, entry.problem);
            continue;
        }
        const Draft& draft = *entry.draft;
        if (draft.kind == Draft::Kind::Case && draft.caseDraft->generatedReference.startsWith(u"MOVE-"_s)) {
            if (check.movesInDrafts.contains(draft.caseDraft->generatedReference))
                check.problems << u"%1 is twice among the drafts"_s.arg(draft.caseDraft->generatedReference);
            check.movesInDrafts << draft.caseDraft->generatedReference;
            continue;
        }
        const QString text = draft.kind == Draft::Kind::Note ? draft.note->text : draft.caseDraft->request.description;
        if (!TypingStream::isPrefix(text))
            check.problems << u"draft %1 is not what was typed: %2"_s.arg(entry.id, text.left(60));
        if (draft.kind == Draft::Kind::Note) {
            ++check.notes;
            check.noteLength = text.size();
        } else {
            ++check.cases;
            check.descriptionLength = text.size();
        }
    }
    return check;
}

QJsonObject TestCrashSafety::caseAnswer(const QString& caseNumber)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return {};
    for (int attempt = 0; attempt < 20; ++attempt) { // answers are dropped now and then
        const HttpReply reply = direct.get(u"/support/v2/tickets/"_s + caseNumber);
        if (reply.status == 200)
            return reply.object();
    }
    return {};
}

QJsonArray TestCrashSafety::notesOnTheCase()
{
    return caseAnswer(m_case).value(u"notes"_s).toArray();
}

int TestCrashSafety::casesWithReference(const QString& reference)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return -1;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const HttpReply reply = direct.postJson(
            u"/v1/retrieve-orders"_s,
            QJsonObject{{u"q"_s, reference},
                        {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}},
                        {u"page"_s, QJsonObject{{u"number"_s, 0}, {u"size"_s, 200}}}}); // "CRASH-1" finds CRASH-1x too
        if (reply.status != 200)
            continue;
        int count = 0;
        for (const QJsonValue& hit : reply.object().value(u"content"_s).toArray()) {
            for (const QJsonValue& value : hit[u"customerReferenceNumbers"_s].toArray())
                count += value.toString() == reference ? 1 : 0;
        }
        return count;
    }
    return -1;
}

void TestCrashSafety::killedAtRandomLosesNoDraftAndSendsNothingTwice()
{
    const QString driverBinary = QStringLiteral(CASEDESK_CRASHDRIVER_BIN);
    QRandomGenerator random(20261128);
    qsizetype lastNote = 0;
    qsizetype lastDescription = 0;
    int leftOnTheWire = 0;
    int withPendingNote = 0;
    int movesKilledBetween = 0; // kills that found a saved MOVE draft not yet moved
    QSet<QString> movesSaved;
    for (int run = 1; run <= g_kills; ++run) {
        QProcess driver;
        driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        driver.start(driverBinary, driverArguments(run));
        QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
        QByteArray out;
        QDeadlineTimer ready(15000);
        while (!out.contains("ready\n") && !ready.hasExpired() && driver.state() == QProcess::Running) {
            driver.waitForReadyRead(int(qMax<qint64>(1, ready.remainingTime())));
            out += driver.readAllStandardOutput();
        }
        QVERIFY2(out.contains("ready\n"),
                 qPrintable(u"run %1 never got ready: %2"_s.arg(run).arg(QString::fromUtf8(out))));
        // Anywhere from right after start (sends on the wire) to well past an autosave.
        const int lifeMs = int(random.bounded(50, 1600));
        QVERIFY2(!driver.waitForFinished(lifeMs), "the driver must run until it is killed");
        driver.kill(); // SIGKILL: no aboutToQuit, no destructors
        QVERIFY(driver.waitForFinished(5000));
        out += driver.readAllStandardOutput();
        static const QRegularExpression saved(u"^saved (MOVE-\\d+)$"_s, QRegularExpression::MultilineOption);
        for (auto match = saved.globalMatch(QString::fromUtf8(out)); match.hasNext();)
            movesSaved << match.next().captured(1);

        const DraftCheck check = checkDrafts();
        QVERIFY2(check.problems.isEmpty(), qPrintable(u"run %1: %2"_s.arg(run).arg(check.problems.join(u'\n'))));
        // A draft moved into the outbox is in one place or the other, never both, never neither.
        for (const QString& move : std::as_const(movesSaved)) {
            const int places = int(check.movesInDrafts.contains(move)) + int(check.movesInOutbox.contains(move));
            QVERIFY2(places == 1, qPrintable(u"run %1: %2 is in %3 places"_s.arg(run).arg(move).arg(places)));
        }
        movesKilledBetween += check.movesInDrafts.contains(u"MOVE-%1"_s.arg(run)) ? 1 : 0;
        withPendingNote += check.pendingNotes > 0 ? 1 : 0;
        QVERIFY2(check.notes <= 1 && check.cases <= 1,
                 qPrintable(u"run %1: %2 note and %3 case drafts"_s.arg(run).arg(check.notes).arg(check.cases)));
        // Each start puts the draft back and goes on typing: nothing already saved is ever lost.
        QVERIFY2(check.noteLength >= lastNote,
                 qPrintable(u"run %1: the note shrank from %2 to %3"_s.arg(run).arg(lastNote).arg(check.noteLength)));
        QVERIFY2(check.descriptionLength >= lastDescription,
                 qPrintable(u"run %1: the case draft shrank from %2 to %3"_s.arg(run)
                                .arg(lastDescription)
                                .arg(check.descriptionLength)));
        leftOnTheWire += check.maybeSent > 0 ? 1 : 0;
        lastNote = check.noteLength;
        lastDescription = check.descriptionLength;
    }
    QVERIFY2(lastNote > 0 && lastDescription > 0, "autosave never wrote between kills");
    // The kills did hit writes on their way: otherwise this test would prove nothing about sending twice.
    QVERIFY2(leftOnTheWire >= 3, qPrintable(QString::number(leftOnTheWire)));
    QVERIFY2(withPendingNote >= 3, qPrintable(QString::number(withPendingNote))); // notes had their pending copy
    QVERIFY2(!movesSaved.isEmpty(), "no draft was ever saved to be moved");
    qInfo("%d kills: %d with a write that may have reached the server, %d with a pending note, %d between a "
          "draft's save and its move, %lld drafts moved or left",
          g_kills, leftOnTheWire, withPendingNote, movesKilledBetween, qsizetype(movesSaved.size()));

    // A last, peaceful run sends everything that waits.
    QProcess drain;
    drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    drain.start(driverBinary, driverArguments(0) << u"--drain"_s);
    // Each run left up to five writes; through slow answers, dropped ones and arrival checks that takes time.
    QVERIFY2(drain.waitForFinished(qMax(60000, g_kills * 3000)), "the last run did not send everything in time");
    const QString drained = QString::fromUtf8(drain.readAllStandardOutput());
    QVERIFY2(drained.contains(u"drained 0"_s), qPrintable(drained));

    // What the outbox took went out exactly once; what a kill stopped before it was stored never went.
    OfflineServices offline(nullptr, nullptr);
    QSignalSpy loaded(&offline, &OfflineServices::loaded);
    offline.open(m_dir->filePath(u"app/casedesk.sqlite"_s));
    QVERIFY(loaded.wait(10000));
    QSet<QString> references;
    QSet<QString> noteTexts;
    QSet<QString> cancelled;
    for (const StoredOutboxItem& entry : offline.outbox()->entries()) {
        QVERIFY2(entry.item, qPrintable(entry.problem));
        QCOMPARE(entry.item->state, OutboxItem::State::Delivered);
        if (entry.item->kind == OutboxItem::Kind::Create)
            references << entry.item->reference;
        else if (entry.item->kind == OutboxItem::Kind::Cancel)
            cancelled << entry.item->caseNumber;
        else
            noteTexts << entry.item->note->text;
    }
    QVERIFY2(references.size() > g_kills / 2, qPrintable(QString::number(references.size())));
    QVERIFY2(!cancelled.isEmpty(), "no cancel was ever stored");
    const QJsonArray notes = notesOnTheCase();
    QVERIFY(!notes.isEmpty());
    const auto notesWithText = [&notes](const QString& text) {
        QJsonArray found;
        for (const QJsonValue& note : notes) {
            if (note[u"text"_s].toString() == text)
                found.append(note);
        }
        return found;
    };
    for (int run = 1; run <= g_kills; ++run) {
        for (const QString& reference : {u"CRASH-%1"_s.arg(run), u"MOVE-%1"_s.arg(run)})
            QCOMPARE(casesWithReference(reference), references.contains(reference) ? 1 : 0);
        const QString text = u"Crash note %1"_s.arg(run);
        const qsizetype same = notesWithText(text).size();
        QVERIFY2(same == (noteTexts.contains(text) ? 1 : 0), qPrintable(u"%1: %2 times"_s.arg(text).arg(same)));
        // The note with a file: once, with its one file, however often its upload was cut off.
        const QString fileText = u"Crash file note %1"_s.arg(run);
        const QJsonArray withFile = notesWithText(fileText);
        QVERIFY2(withFile.size() == (noteTexts.contains(fileText) ? 1 : 0),
                 qPrintable(u"%1: %2 times"_s.arg(fileText).arg(withFile.size())));
        if (!withFile.isEmpty())
            QCOMPARE(withFile.first()[u"attachments"_s].toArray().size(), 1);
        // The cancel: the case is cancelled once when the outbox took it, untouched otherwise.
        const QJsonObject answer = caseAnswer(m_cancelCases.at(run - 1));
        QVERIFY(!answer.isEmpty());
        int cancels = 0;
        for (const QJsonValue& entry : answer[u"otherDetails"_s][u"statusHistory"_s].toArray())
            cancels += entry[u"status"_s].toString().contains(u"cancel"_s, Qt::CaseInsensitive) ? 1 : 0;
        QCOMPARE(cancels, cancelled.contains(m_cancelCases.at(run - 1)) ? 1 : 0);
    }
}

int main(int argc, char* argv[])
{
    // `--kills N` is this test's own; the rest goes to QtTest.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (const qsizetype at = arguments.indexOf(u"--kills"_s); at > 0 && at + 1 < arguments.size()) {
        bool ok = false;
        const int kills = arguments.at(at + 1).toInt(&ok);
        if (!ok || kills < 1) {
            std::fprintf(stderr, "--kills wants a positive number, not %s\n", qPrintable(arguments.at(at + 1)));
            return 2;
        }
        g_kills = kills;
        arguments.remove(at, 2);
    }
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestCrashSafety test;
    return QTest::qExec(&test, arguments);
}
#include "tst_crashsafety.moc"

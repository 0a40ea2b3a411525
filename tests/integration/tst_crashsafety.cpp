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
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
constexpr int kRuns = 30;

struct DraftCheck
{
    int maybeSent = 0; // outbox items a kill left on the wire: the next start must ask before resending
    int notes = 0;
    int cases = 0;
    qsizetype noteLength = 0;
    qsizetype descriptionLength = 0;
    QStringList problems;
};
} // namespace

/*
 * Kill safety with the app's own classes in a child process (casedesk_crashdriver: the real store,
 * autosave, note composer, wizard and outbox, typing without pause and sending through a slow sandbox that
 * drops some answers), killed with SIGKILL at random moments, again and again. After every kill each draft
 * must read whole (a prefix of what was typed, never torn, never doubled, never shorter than before); at the
 * end, once what waits is sent, every case and note the outbox took exists exactly once on the sandbox.
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
    QJsonArray notesOnTheCase();
    int casesWithReference(const QString& reference);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_case;
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
    return {
        u"--store"_s, m_dir->filePath(u"app"_s), u"--server"_s, m_sandbox->baseUrl().toString(), u"--case"_s, m_case,
        u"--run"_s,   QString::number(run)};
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
    for (const StoredOutboxItem& entry : offline.outbox()->entries()) {
        if (!entry.item)
            check.problems << u"outbox item %1 does not read: %2"_s.arg(entry.id, entry.problem);
        else if (entry.item->isPending() && entry.item->mayHaveBeenSent())
            ++check.maybeSent;
    }
    for (const StoredDraft& entry : offline.drafts()->entries()) {
        if (!entry.draft) {
            check.problems << u"draft %1 does not read: %2"_s.arg(entry.id, entry.problem);
            continue;
        }
        const Draft& draft = *entry.draft;
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

QJsonArray TestCrashSafety::notesOnTheCase()
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return {};
    for (int attempt = 0; attempt < 20; ++attempt) { // answers are dropped now and then
        const HttpReply reply = direct.get(u"/support/v2/tickets/"_s + m_case);
        if (reply.status == 200)
            return reply.object().value(u"notes"_s).toArray();
    }
    return {};
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
    int killedWhileSending = 0;
    int leftOnTheWire = 0;
    for (int run = 1; run <= kRuns; ++run) {
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
        killedWhileSending += lifeMs < 700 ? 1 : 0;

        const DraftCheck check = checkDrafts();
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
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
    QVERIFY(killedWhileSending > 5);
    // The kills did hit writes on their way: otherwise this test would prove nothing about sending twice.
    QVERIFY2(leftOnTheWire >= 3, qPrintable(QString::number(leftOnTheWire)));
    qInfo("%d kills, %d of them with a write that may have reached the server", kRuns, leftOnTheWire);

    // A last, peaceful run sends everything that waits.
    QProcess drain;
    drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    drain.start(driverBinary, driverArguments(0) << u"--drain"_s);
    QVERIFY(drain.waitForFinished(60000));
    const QString drained = QString::fromUtf8(drain.readAllStandardOutput());
    QVERIFY2(drained.contains(u"drained 0"_s), qPrintable(drained));

    // What the outbox took went out exactly once; what a kill stopped before it was stored never went.
    OfflineServices offline(nullptr, nullptr);
    QSignalSpy loaded(&offline, &OfflineServices::loaded);
    offline.open(m_dir->filePath(u"app/casedesk.sqlite"_s));
    QVERIFY(loaded.wait(10000));
    QSet<QString> references;
    QSet<QString> noteTexts;
    for (const StoredOutboxItem& entry : offline.outbox()->entries()) {
        QVERIFY2(entry.item, qPrintable(entry.problem));
        QCOMPARE(entry.item->state, OutboxItem::State::Delivered);
        if (entry.item->kind == OutboxItem::Kind::Create)
            references << entry.item->reference;
        else
            noteTexts << entry.item->note->text;
    }
    QVERIFY2(references.size() > kRuns / 2, qPrintable(QString::number(references.size())));
    const QJsonArray notes = notesOnTheCase();
    for (int run = 1; run <= kRuns; ++run) {
        const QString reference = u"CRASH-%1"_s.arg(run);
        QCOMPARE(casesWithReference(reference), references.contains(reference) ? 1 : 0);
        const QString text = u"Crash note %1"_s.arg(run);
        const auto same = std::count_if(notes.begin(), notes.end(),
                                        [&](const QJsonValue& note) { return note[u"text"_s].toString() == text; });
        QVERIFY2(same == (noteTexts.contains(text) ? 1 : 0), qPrintable(u"%1: %2 times"_s.arg(text).arg(same)));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

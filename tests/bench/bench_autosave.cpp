// Measures what autosave costs with the durable writes of the outbox's promise (WAL, synchronous=FULL): one
// DraftStore::save of a note draft, from the call to its callback (JSON, the store thread, the transaction),
// beside its floor, an empty SQLite transaction with the same settings on the same disk, and beside a bare
// one-row write with FULL and with NORMAL (what FULL costs).
//
//     ninja -C build bench_autosave && build/bin/bench_autosave [saves]

#include "models/offline/Draft.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figuresOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {samples.at(samples.size() / 2), samples.at(qMin(samples.size() - 1, samples.size() * 95 / 100))};
}

// Times `step` `count` times on a bare connection to a fresh WAL file with `synchronous`.
Figures bareSqlite(const QString& path, const QString& synchronous, int count,
                   const std::function<void(QSqlDatabase&, int)>& step)
{
    QList<double> samples;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery setup(db);
        setup.exec(u"PRAGMA journal_mode=WAL"_s);
        setup.exec(u"PRAGMA synchronous="_s + synchronous);
        setup.exec(u"CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, edited_ms INTEGER, body BLOB)"_s);
        QElapsedTimer clock;
        for (int i = 0; i < count; ++i) {
            clock.start();
            step(db, i);
            samples.append(clock.nsecsElapsed() / 1e6);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"floor"_s);
    return figuresOf(samples);
}

// Ratios of the median to the empty transaction (it commits nothing, so it shows SQLite's own overhead) and
// to the bare one-row write with FULL (the same disk flush: what CaseDesk adds on top of it).
void row(const QString& what, const Figures& figures, double empty, double bareFull)
{
    out << u"%1 %2 ms %3 ms %4× %5×\n"_s.arg(what, -52)
               .arg(figures.median, 8, 'f', 3)
               .arg(figures.p95, 8, 'f', 3)
               .arg(empty > 0 ? figures.median / empty : 0, 7, 'f', 1)
               .arg(bareFull > 0 ? figures.median / bareFull : 0, 6, 'f', 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int saves = argc > 1 ? qMax(10, QString::fromLocal8Bit(argv[1]).toInt()) : 300;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QByteArray body(2000, 'x'); // a note of about 2,000 characters

    const Figures empty = bareSqlite(dir.filePath(u"empty.sqlite"_s), u"FULL"_s, saves, [](QSqlDatabase& db, int) {
        db.transaction();
        db.commit();
    });
    const auto oneRow = [&body](QSqlDatabase& db, int i) {
        db.transaction();
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO drafts (id, edited_ms, body) VALUES ('d', ?, ?)"_s);
        query.addBindValue(i);
        query.addBindValue(body);
        query.exec();
        db.commit();
    };
    const Figures rowFull = bareSqlite(dir.filePath(u"full.sqlite"_s), u"FULL"_s, saves, oneRow);
    const Figures rowNormal = bareSqlite(dir.filePath(u"normal.sqlite"_s), u"NORMAL"_s, saves, oneRow);

    // The real path: the offline store on its own thread, a note draft saved again and again as typing does.
    OfflineStore store;
    DraftStore drafts(&store);
    QSignalSpy opened(&store, &OfflineStore::opened);
    store.open(dir.filePath(u"casedesk.sqlite"_s));
    if (!opened.wait(10000) || !store.isOpen()) {
        out << "the store did not open\n";
        return 1;
    }
    NoteDraft note;
    note.caseNumber = u"11150929"_s;
    Draft draft = Draft::forNote(note);
    QList<double> samples;
    for (int i = 0; i < saves; ++i) {
        draft.note->text = QString::fromLatin1(body.left(1000 + i % 1000));
        draft.editedMs = 0;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        drafts.save(draft, &app, [&done](OfflineTables::SaveResult, const QString&) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    const Figures autosave = figuresOf(samples);

    out << u"autosave of a note draft, %1 saves, WAL on %2\n"_s.arg(saves).arg(dir.path());
    out << u"%1   median        p95  ÷empty ÷bare FULL\n"_s.arg(u"what"_s, -52);
    row(u"floor: empty SQLite transaction, synchronous=FULL"_s, empty, empty.median, rowFull.median);
    row(u"bare one-row write (2 KB), synchronous=NORMAL"_s, rowNormal, empty.median, rowFull.median);
    row(u"bare one-row write (2 KB), synchronous=FULL"_s, rowFull, empty.median, rowFull.median);
    row(u"DraftStore::save, call to callback (FULL)"_s, autosave, empty.median, rowFull.median);
    out << u"target: autosave median <= 5 ms: %1\n"_s.arg(autosave.median <= 5 ? u"met"_s : u"missed"_s);
    // One line for ./dev bench's summary: figure|floor|ratio|target|verdict.
    out << u"SUMMARY|autosave of a draft (FULL)|%1 ms|%2 ms (empty txn)|%3|<= 5 ms median|%4\n"_s
               .arg(autosave.median, 0, 'f', 2)
               .arg(empty.median, 0, 'f', 3)
               .arg(empty.median > 0 ? autosave.median / empty.median : 0, 0, 'f', 0)
               .arg(autosave.median <= 5 ? u"met"_s : u"missed"_s);
    out.flush();
    return 0;
}

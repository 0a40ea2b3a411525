// Measures CaseDesk's start-up from outside: the real casedesk binary on generated stores of 0, 50,000 and
// 200,000 cases, beside its floor, a bare QMainWindow with an empty QTableView (startup_floor), started the
// same way in the same run. Both print their own times (CASEDESK_TRACE_STARTUP=1, see ui/widgets/StartupTrace.h)
// with the monotonic clock, so each figure runs from the moment this bench starts the process (exec, the
// loading of shared libraries included) to the event:
//   exec -> first rows painted   the list's first paint with rows in it
//   exec -> list ready           every case loaded, sorted and filterable (CaseListModel::loaded)
//   resident memory              VmRSS once the list is ready (the floor's once its window is painted)
// The windows are shown on Xvfb when it is installed (the xcb platform, as on a desktop: X round trips and
// the flush of each frame included), else on Qt's offscreen platform. The app is pointed at a closed port,
// so no network traffic runs beside the start.
//
//     ninja -C build bench_startup && build/bin/bench_startup [runs] [sizes...]
//     (CASEDESK_BENCH_STORE_DIR=folder: generated stores are kept there and reused)

#include "tests/support/StoreGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

// What the app's store folder is for --base-url http://127.0.0.1:9 (EnvironmentRegistry::keyForUrl).
const QString kBaseUrl = u"http://127.0.0.1:9"_s;
const QString kEnvironmentKey = u"custom-127.0.0.1-9"_s;

struct Run
{
    std::map<QString, double> msFromExec; // event -> ms
    qint64 rssKb = 0;
};

qint64 residentKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Starts `program` in `home`, reads its trace until `until` is printed, notes its memory, ends it.
std::optional<Run> runOnce(const QString& program, const QStringList& arguments, const QString& home,
                           const QProcessEnvironment& base, const QString& until, QString* error)
{
    QProcessEnvironment environment = base;
    for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        environment.insert(QString::fromLatin1(name), home + u'/' + QString::fromLatin1(name).toLower());
    environment.insert(u"CASEDESK_TRACE_STARTUP"_s, u"1"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    const qint64 execMs = clock.msecsSinceReference();
    process.start(program, arguments);
    static const QRegularExpression line(u"^casedesk-trace: (.+) \\d+ ms since main, monotonic (\\d+) ms$"_s);
    Run run;
    QByteArray pending;
    while (clock.elapsed() < 120'000) {
        if (!process.waitForReadyRead(1000) && process.state() != QProcess::Running)
            break;
        pending += process.readAllStandardError();
        qsizetype end;
        bool done = false;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString text = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            const auto match = line.match(text);
            if (!match.hasMatch())
                continue;
            run.msFromExec[match.captured(1)] = double(match.captured(2).toLongLong() - execMs);
            if (match.captured(1) == until)
                done = true;
        }
        if (done) {
            // A moment for what the same turn of the event loop still allocates, then the memory.
            process.waitForFinished(300);
            run.rssKb = residentKb(process.processId());
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
    }
    *error = u"%1 did not print \"%2\" (stderr: %3)"_s.arg(program, until, QString::fromUtf8(pending.right(2000)));
    process.kill();
    process.waitForFinished(5000);
    return std::nullopt;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Xvfb on a free display (it names it through -displayfd); empty when Xvfb is missing.
QString startXvfb(QProcess& xvfb)
{
    const QString binary = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (binary.isEmpty())
        return {};
    xvfb.start(binary, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x1024x24"_s, u"-nolisten"_s, u"tcp"_s});
    QByteArray number;
    QElapsedTimer waited;
    waited.start();
    while (!number.contains('\n') && waited.elapsed() < 10'000 && xvfb.waitForReadyRead(1000))
        number += xvfb.readAllStandardOutput();
    number = number.trimmed();
    return number.isEmpty() ? QString() : u":"_s + QString::fromLatin1(number);
}

QString ms(double value)
{
    return QString::number(value, 'f', 0).rightJustified(7) + u" ms"_s;
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1).rightJustified(7) + u" MB"_s;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = arguments.size() > 1 ? qMax(1, arguments.at(1).toInt()) : 5;
    QList<int> sizes;
    for (qsizetype i = 2; i < arguments.size(); ++i)
        sizes.append(arguments.at(i).toInt());
    if (sizes.isEmpty())
        sizes = {0, 50'000, 200'000};

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess xvfb;
    // CASEDESK_BENCH_PLATFORM=offscreen measures on Qt's offscreen platform even where Xvfb is installed.
    const bool offscreen = qEnvironmentVariable("CASEDESK_BENCH_PLATFORM") == u"offscreen"_s;
    const QString display = offscreen ? QString() : startXvfb(xvfb);
    if (display.isEmpty()) {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        environment.insert(u"DISPLAY"_s, display);
    }
    QTemporaryDir root;
    QString error;

    out << "CaseDesk start-up bench: exec to event, median of " << runs << " runs, on "
        << (display.isEmpty() ? u"the offscreen platform"_s : u"Xvfb (xcb)"_s) << "\n";
    out.flush();

    // The floor first, then the app at each size; each run in a fresh home of its own with a copy of the store.
    std::vector<double> floorPaint;
    std::vector<double> floorRss;
    for (int r = 0; r < runs; ++r) {
        const QString home = root.filePath(u"floor-%1"_s.arg(r));
        QDir().mkpath(home);
        const auto run =
            runOnce(QStringLiteral(CASEDESK_FLOOR_BIN), {}, home, environment, u"window painted"_s, &error);
        if (!run) {
            out << error << "\n";
            return 1;
        }
        floorPaint.push_back(run->msFromExec.at(u"window painted"_s));
        floorRss.push_back(double(run->rssKb));
    }
    const double floorMs = median(floorPaint);
    const double floorKb = median(floorRss);

    struct Figures
    {
        int cases;
        double window, firstRows, ready, rssKb;
    };
    std::vector<Figures> figures;
    for (const int size : sizes) {
        // CASEDESK_BENCH_STORE_DIR keeps the generated stores there and reuses them on later runs.
        const QString keep = qEnvironmentVariable("CASEDESK_BENCH_STORE_DIR");
        const QString store = (keep.isEmpty() ? root.path() : keep) + u"/store-%1.sqlite"_s.arg(size);
        QElapsedTimer generated;
        generated.start();
        StoreGenerator generator;
        if (keep.isEmpty() || !QFile::exists(store)) {
            if (!generator.write(store, size, &error)) {
                out << "cannot generate the store: " << error << "\n";
                return 1;
            }
            out << "(store of " << size << " cases generated in " << generated.elapsed() << " ms, not measured)\n";
        }
        out.flush();
        std::vector<double> window, firstRows, ready, rss;
        for (int r = 0; r < runs; ++r) {
            const QString home = root.filePath(u"app-%1-%2"_s.arg(size).arg(r));
            const QString folder = home + u"/xdg_data_home/CaseDesk/CaseDesk/"_s + kEnvironmentKey;
            QDir().mkpath(folder);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::copy(store, folder + u"/casedesk.sqlite"_s);
            const auto run = runOnce(QStringLiteral(CASEDESK_APP_BIN), {u"--base-url"_s, kBaseUrl}, home, environment,
                                     u"list ready"_s, &error);
            if (!run) {
                out << error << "\n";
                return 1;
            }
            const auto at = [&](const QString& event) {
                const auto found = run->msFromExec.find(event);
                return found == run->msFromExec.end() ? 0.0 : found->second;
            };
            window.push_back(at(u"window painted"_s));
            firstRows.push_back(at(u"first rows painted"_s));
            ready.push_back(at(u"list ready"_s));
            rss.push_back(double(run->rssKb));
            QDir(home).removeRecursively();
        }
        figures.push_back({size, median(window), median(firstRows), median(ready), median(rss)});
    }
    xvfb.terminate();
    xvfb.waitForFinished(5000);

    out << "\n                      window painted   first rows painted   list ready   resident\n";
    out << "bare window (floor)      " << ms(floorMs) << "                                   " << mb(qint64(floorKb))
        << "\n";
    double zeroKb = 0;
    for (const Figures& f : figures) {
        if (f.cases == 0)
            zeroKb = f.rssKb;
        out << u"casedesk, %1 cases"_s.arg(f.cases).leftJustified(25) << ms(f.window) << "          "
            << (f.cases == 0 ? u"         -"_s : ms(f.firstRows)) << "   " << ms(f.ready) << "   "
            << mb(qint64(f.rssKb)) << "\n";
    }
    out << "\n";
    for (const Figures& f : figures) {
        if (f.cases == 0)
            continue;
        const double ratio = floorMs > 0 ? f.firstRows / floorMs : 0;
        const bool met = f.firstRows > 0 && ratio <= 1.5;
        out << u"SUMMARY|exec -> first rows painted, %1 cases|%2 ms|%3 ms|%4|<= 1.5x|%5\n"_s.arg(f.cases)
                   .arg(f.firstRows, 0, 'f', 0)
                   .arg(floorMs, 0, 'f', 0)
                   .arg(ratio, 0, 'f', 2)
                   .arg(met ? u"met"_s : u"missed"_s);
        const QString readyTarget = f.cases <= 50'000 ? u"<= 500 ms"_s : u"report"_s;
        const QString readyVerdict = f.cases <= 50'000 ? (f.ready <= 500 ? u"met"_s : u"missed"_s) : u"reported"_s;
        out << u"SUMMARY|exec -> list ready, %1 cases|%2 ms|%3 ms|%4|%5|%6\n"_s.arg(f.cases)
                   .arg(f.ready, 0, 'f', 0)
                   .arg(floorMs, 0, 'f', 0)
                   .arg(floorMs > 0 ? f.ready / floorMs : 0, 0, 'f', 2)
                   .arg(readyTarget, readyVerdict);
        if (zeroKb > 0) {
            // Growth per case over the app's own empty start; the fixed cost over the bare window is shown too.
            const double perCase = (f.rssKb - zeroKb) * 1024.0 / f.cases;
            out << u"SUMMARY|memory per case, %1 cases (RSS %2 MB, empty app %3 MB)|%4 B/case|floor %5 MB|-|"
                   "<= 1024 B/case|%6\n"_s.arg(f.cases)
                       .arg(f.rssKb / 1024, 0, 'f', 1)
                       .arg(zeroKb / 1024, 0, 'f', 1)
                       .arg(perCase, 0, 'f', 0)
                       .arg(floorKb / 1024, 0, 'f', 1)
                       .arg(perCase <= 1024 ? u"met"_s : u"missed"_s);
        }
    }
    return 0;
}

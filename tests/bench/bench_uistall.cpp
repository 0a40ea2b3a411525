// Measures the UI thread while CaseDesk refreshes 3,000 open cases: the real list (CaseListView over
// CaseListModel, shown), a store of 50,000 cases of which 3,000 are open and known to a casedesk-sandbox,
// and CaseRepository::refreshOpenCases() through ApiClient. A stall detector, a 1 ms timer on the UI thread,
// notes every gap between its ticks; a gap over 16 ms (one frame at 60 Hz) is a stall. The same detector
// runs first for as long with the list idle: on a shared machine the scheduler alone makes gaps, and that
// floor is printed beside the figure. It also notes the UI thread's own CPU time within each gap, which tells
// work on the UI thread apart from waiting for a core (the sandbox, the store thread and the network thread
// run beside it on the same machine).
//
//     ninja -C build bench_uistall casedesk-sandbox && build/bin/bench_uistall [open cases] [all cases]

#include "models/api/ApiClient.h"
#include "models/items/CaseListModel.h"
#include "models/items/SavedViews.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/StoreGenerator.h"
#include "ui/caselist/CaseListView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <vector>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kFrameMs = 16;

// Ticks every millisecond on the thread it lives on and keeps the gaps between ticks.
class StallDetector : public QObject
{
public:
    void start()
    {
        m_gapsNs.clear();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        m_cpuNs.clear();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_gapsNs.push_back(now - m_last);
            m_cpuNs.push_back(cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_timer.disconnect(this);
    }
    double longestMs() const
    {
        return m_gapsNs.empty() ? 0 : double(*std::max_element(m_gapsNs.begin(), m_gapsNs.end())) / 1e6;
    }
    int stallsOver(qint64 ms) const
    {
        return int(std::count_if(m_gapsNs.begin(), m_gapsNs.end(), [ms](qint64 gap) { return gap > ms * 1'000'000; }));
    }
    // The UI thread's own CPU time within its longest gaps: on a loaded machine a gap may be mostly waiting
    // for a core, which this tells apart from work.
    double longestCpuMs() const
    {
        return m_cpuNs.empty() ? 0 : double(*std::max_element(m_cpuNs.begin(), m_cpuNs.end())) / 1e6;
    }
    int cpuOver(qint64 ms) const
    {
        return int(std::count_if(m_cpuNs.begin(), m_cpuNs.end(), [ms](qint64 cpu) { return cpu > ms * 1'000'000; }));
    }
    // The UI thread's CPU time over the whole run, and in its five busiest gaps: steadier than the longest
    // gap alone on a shared machine, for comparing two builds.
    double totalCpuMs() const { return double(std::accumulate(m_cpuNs.begin(), m_cpuNs.end(), qint64(0))) / 1e6; }
    QString busiestCpuMs(int count) const
    {
        std::vector<qint64> sorted = m_cpuNs;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QStringList figures;
        for (size_t i = 0; i < std::min(sorted.size(), size_t(count)); ++i)
            figures.append(QString::number(double(sorted[i]) / 1e6, 'f', 1));
        return figures.join(u", "_s);
    }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_clock;
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    std::vector<qint64> m_gapsNs;
    std::vector<qint64> m_cpuNs; // the UI thread's CPU time within each gap
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int openCases = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3000;
    const int allCases = argc > 2 ? qMax(openCases, QByteArray(argv[2]).toInt()) : 50'000;
    QTextStream out(stdout);
    qputenv("CASEDESK_SANDBOX_BIN", QByteArrayLiteral(CASEDESK_SANDBOX_BIN));
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        out << "the sandbox did not start: " << sandbox.errorString() << "\n";
        return 1;
    }
    SandboxClient direct(sandbox.baseUrl());
    if (!direct.signIn()) {
        out << "cannot sign in to the sandbox\n";
        return 1;
    }
    // The open cases exist on the server (created over HTTP: the sandbox's own store); the client's store
    // is generated straight into SQLite around them.
    QElapsedTimer preparing;
    preparing.start();
    StoreGenerator generator;
    generator.onlyGivenOpen = true;
    for (int i = 0; i < openCases; ++i) {
        const QString number = direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s));
        if (number.isEmpty()) {
            out << "cannot create case " << i << " on the sandbox\n";
            return 1;
        }
        generator.caseNumbers.append(number);
    }
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"casedesk.sqlite"_s);
    QString error;
    if (!generator.write(storePath, allCases, &error)) {
        out << "cannot generate the store: " << error << "\n";
        return 1;
    }
    out << "(" << openCases << " cases created on the sandbox and a store of " << allCases << " generated in "
        << preparing.elapsed() << " ms, not measured)\n";

    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 30000));
    ApiCaseSource source(&client);
    CaseRepository repository(&source);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    SavedViews views(&settings);
    CaseListModel cases;
    CaseListView view(&cases, &views, &settings);
    view.resize(1100, 700);
    view.show();
    QSignalSpy loaded(&cases, &CaseListModel::loaded);
    cases.setRepository(&repository);
    repository.open(storePath);
    if (!loaded.wait(120'000) || cases.rowCount() != allCases) {
        out << "the list did not load (" << cases.rowCount() << " rows)\n";
        return 1;
    }
    spin(500);

    StallDetector detector;
    // The floor: the same detector, list shown and idle, for about as long as a refresh takes.
    detector.start();
    spin(3000);
    detector.stop();
    const double idleLongest = detector.longestMs();
    const int idleStalls = detector.stallsOver(kFrameMs);
    const double idleCpuLongest = detector.longestCpuMs();

    QSignalSpy idle(&repository, &CaseRepository::refreshIdle);
    QSignalSpy fetched(&repository, &CaseRepository::caseFetched);
    QSignalSpy failed(&repository, &CaseRepository::refreshFailed);
    detector.start();
    int queued = 0;
    repository.refreshOpenCases(&app, [&queued](int count) { queued = count; });
    QElapsedTimer waited;
    waited.start();
    while ((queued == 0 || fetched.size() + failed.size() < queued) && waited.elapsed() < 600'000)
        spin(50);
    detector.stop();
    const double refreshMs = detector.elapsedMs();

    const bool met = detector.longestMs() <= double(kFrameMs) && failed.isEmpty() && queued >= openCases;
    out << u"refresh of %1 open cases in a list of %2: %3 fetched, %4 failed, in %5 ms\n"_s.arg(queued)
               .arg(allCases)
               .arg(fetched.size())
               .arg(failed.size())
               .arg(refreshMs, 0, 'f', 0);
    out << u"UI thread, list idle 3 s (floor)   longest gap %1 ms, gaps over 16 ms: %2\n"_s.arg(idleLongest, 0, 'f', 1)
               .arg(idleStalls);
    out << u"UI thread during the refresh       longest gap %1 ms, gaps over 16 ms: %2\n"_s
               .arg(detector.longestMs(), 0, 'f', 1)
               .arg(detector.stallsOver(kFrameMs));
    out << u"UI thread's own CPU time in a gap  longest %1 ms, gaps with over 16 ms of it: %2 (idle: longest %3 ms)\n"_s
               .arg(detector.longestCpuMs(), 0, 'f', 1)
               .arg(detector.cpuOver(kFrameMs))
               .arg(idleCpuLongest, 0, 'f', 1);
    out << u"UI thread's CPU time in the refresh %1 ms in all; busiest gaps %2 ms\n"_s
               .arg(detector.totalCpuMs(), 0, 'f', 0)
               .arg(detector.busiestCpuMs(5));
    out << u"SUMMARY|UI stall, refresh of %1 open cases|longest %2 ms (%3 over 16 ms)|idle longest %4 ms|-|"
           "no stall > 16 ms|%5\n"_s.arg(queued)
               .arg(detector.longestMs(), 0, 'f', 1)
               .arg(detector.stallsOver(kFrameMs))
               .arg(idleLongest, 0, 'f', 1)
               .arg(met ? u"met"_s : u"missed"_s);
    return 0;
}

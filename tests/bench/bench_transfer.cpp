// Measures a 10 MB attachment's upload and download through ApiClient beside curl against the same
// casedesk-sandbox, in alternating rounds: the speed (curl's own time_total against the time from the call to
// the callback) and how much this process's peak resident memory grows during each transfer (VmHWM after
// the transfer, reset through /proc/self/clear_refs before it, against VmRSS before it): a streamed
// transfer holds a few buffers, not the file.
//
//     ninja -C build bench_transfer casedesk-sandbox && build/bin/bench_transfer [rounds] [up|down]
//
// `up` or `down` runs only that direction (to profile one; no summary lines then).

#include "models/api/ApiClient.h"
#include "models/api/Transfer.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kBytes = 10'000'000;

qint64 statusKb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Sets the peak (VmHWM) back to the current resident size; false when the kernel does not allow it.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

struct Measured
{
    double ms = 0;
    qint64 growthKb = 0;
    bool ok = false;
};

template <typename Start>
Measured measure(Start start)
{
    Measured m;
    resetPeak();
    const qint64 before = statusKb("VmRSS");
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    start([&](bool ok) {
        m.ok = ok;
        loop.quit();
    });
    loop.exec();
    m.ms = double(clock.nsecsElapsed()) / 1e6;
    m.growthKb = statusKb("VmHWM") - before;
    return m;
}

// curl's own transfer time in ms (time_total), or nullopt when it failed.
std::optional<double> curl(const QStringList& arguments)
{
    QProcess process;
    process.start(u"curl"_s, QStringList{u"-sS"_s, u"--fail"_s, u"-w"_s, u"%{time_total}"_s} + arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        return std::nullopt;
    bool ok = false;
    const double seconds = process.readAllStandardOutput().trimmed().split('\n').constLast().toDouble(&ok);
    return ok ? std::optional<double>(seconds * 1000) : std::nullopt;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString mbPerSecond(double ms)
{
    return QString::number(double(kBytes) / 1e6 / (ms / 1000), 'f', 0) + u" MB/s"_s;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // ApiClient logs every request as the app does (the formatting is measured); the lines are dropped here so
    // the bench's output stays readable.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    if (!only.isEmpty() && only != "up" && only != "down") {
        QTextStream(stderr) << "usage: bench_transfer [rounds] [up|down]\n";
        return 2;
    }
    QTextStream out(stdout);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()) {
        out << "curl is not installed (./dev installs it)\n";
        return 1;
    }
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
    QTemporaryDir dir;
    const QString source = dir.filePath(u"evidence.txt"_s);
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (qint64 written = 0; written < kBytes; written += chunk.size()) {
            random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), qMin<qint64>(chunk.size(), kBytes - written));
        }
    }
    // One stored copy on a case for the downloads.
    const HttpReply uploaded = direct.upload(u"evidence.txt"_s, [&] {
        QFile file(source);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    const QString attachmentId = uploaded.object().value(u"attachmentId"_s).toString();
    QJsonObject request = SandboxClient::caseRequest(u"0101-0000"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, attachmentId}, {u"name"_s, u"evidence.txt"_s}}});
    const QString caseNumber = direct.createCase(request);
    if (attachmentId.isEmpty() || caseNumber.isEmpty()) {
        out << "cannot prepare the attachment (upload answered " << uploaded.status << ")\n";
        return 1;
    }
    const QString uploadUrl = sandbox.baseUrl().toString() + u"/v1/attachments/file"_s;
    const QString downloadUrl =
        sandbox.baseUrl().toString() + u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(caseNumber, attachmentId);
    const QString bearer = u"Authorization: Bearer "_s + QString::fromLatin1(direct.token());

    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 60000));
    QObject context;
    const auto upload = [&](auto done) {
        client.uploadAttachment(source, &context,
                                [done](const ApiResult<AttachmentInfo>& result) { done(result.ok()); });
    };
    const QString target = dir.filePath(u"downloaded.bin"_s);
    const auto download = [&](auto done) {
        QFile::remove(target);
        client.downloadAttachment(caseNumber, attachmentId, target, 2 * kBytes, &context,
                                  [done](const ApiResult<QString>& result) { done(result.ok()); });
    };
    // Warm-up: the token, the connection, the code paths.
    measure(upload);
    measure(download);

    std::vector<double> upMs, downMs, curlUpMs, curlDownMs, upRatio, downRatio;
    qint64 upGrowth = 0, downGrowth = 0;
    QStringList upGrowths, downGrowths;
    int failures = 0;
    const bool peakResets = resetPeak();
    if (!only.isEmpty()) {
        std::vector<double> ms;
        QStringList growths;
        for (int round = 0; round < rounds; ++round) {
            const Measured m = measure(only == "up" ? std::function<void(std::function<void(bool)>)>(upload)
                                                    : std::function<void(std::function<void(bool)>)>(download));
            ms.push_back(m.ms);
            growths.append(QString::number(m.growthKb));
        }
        out << u"%1 only, %2 rounds: median %3 ms; peak memory growth per round, KB: %4\n"_s
                   .arg(QString::fromLatin1(only))
                   .arg(rounds)
                   .arg(median(ms), 0, 'f', 1)
                   .arg(growths.join(u", "_s));
        return 0;
    }
    for (int round = 0; round < rounds; ++round) {
        const auto cu =
            curl({u"-o"_s, u"/dev/null"_s, u"-H"_s, bearer, u"-F"_s, u"uploadFile=@"_s + source, uploadUrl});
        const Measured u = measure(upload);
        const auto cd = curl({u"-o"_s, dir.filePath(u"curl.bin"_s), u"-H"_s, bearer, downloadUrl});
        const Measured d = measure(download);
        if (!cu || !cd || !u.ok || !d.ok) {
            ++failures;
            continue;
        }
        curlUpMs.push_back(*cu);
        curlDownMs.push_back(*cd);
        upMs.push_back(u.ms);
        downMs.push_back(d.ms);
        upRatio.push_back(*cu / u.ms);
        downRatio.push_back(*cd / d.ms);
        upGrowth = qMax(upGrowth, u.growthKb);
        upGrowths.append(QString::number(u.growthKb));
        downGrowths.append(QString::number(d.growthKb));
        downGrowth = qMax(downGrowth, d.growthKb);
    }
    if (upMs.empty()) {
        out << "every round failed\n";
        return 1;
    }
    out << u"10 MB attachment, %1 alternating rounds (medians; memory: the largest growth), %2 failed%3\n"_s.arg(rounds)
               .arg(failures)
               .arg(peakResets ? QString() : u", peak memory could not be reset: growth figures are upper bounds"_s);
    out << u"                 ApiClient              curl        speed vs curl   peak memory growth\n"_s;
    out << u"upload      %1 ms (%2)   %3 ms   %4            %5 KB\n"_s.arg(median(upMs), 6, 'f', 0)
               .arg(mbPerSecond(median(upMs)))
               .arg(median(curlUpMs), 6, 'f', 0)
               .arg(median(upRatio), 0, 'f', 2)
               .arg(upGrowth);
    out << u"download    %1 ms (%2)   %3 ms   %4            %5 KB\n"_s.arg(median(downMs), 6, 'f', 0)
               .arg(mbPerSecond(median(downMs)))
               .arg(median(curlDownMs), 6, 'f', 0)
               .arg(median(downRatio), 0, 'f', 2)
               .arg(downGrowth);
    out << u"peak memory growth per round, KB: upload %1; download %2\n"_s.arg(upGrowths.join(u", "_s),
                                                                               downGrowths.join(u", "_s));
    for (const auto& [name, ms, curlMs, ratio, growth] :
         {std::tuple{u"upload"_s, median(upMs), median(curlUpMs), median(upRatio), upGrowth},
          std::tuple{u"download"_s, median(downMs), median(curlDownMs), median(downRatio), downGrowth}}) {
        out << u"SUMMARY|10 MB %1 through ApiClient, speed|%2 ms|curl %3 ms|%4|>= 0.8x curl's speed|%5\n"_s.arg(name)
                   .arg(ms, 0, 'f', 0)
                   .arg(curlMs, 0, 'f', 0)
                   .arg(ratio, 0, 'f', 2)
                   .arg(failures == 0 && ratio >= 0.8 ? u"met"_s : u"missed"_s);
        out << u"SUMMARY|10 MB %1 through ApiClient, peak memory growth|%2 KB|-|-|<= 1024 KB|%3\n"_s.arg(name)
                   .arg(growth)
                   .arg(failures == 0 && growth <= 1024 ? u"met"_s : u"missed"_s);
    }
    return 0;
}

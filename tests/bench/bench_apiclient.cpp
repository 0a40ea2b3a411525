// Measures 1,000 case GETs through ApiClient (token handling, limits, retries armed, the answer decoded into a
// Case) beside its floor: the same 1,000 GETs through a bare QNetworkAccessManager that only reads the bytes,
// at the same concurrency (8 in flight), against the same casedesk-sandbox, in alternating rounds.
//
//     ninja -C build bench_apiclient casedesk-sandbox && build/bin/bench_apiclient [rounds]

#include "models/api/ApiClient.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
constexpr int kGets = 1000;
constexpr int kInFlight = 8;

// Runs `kGets` calls of `start`, `kInFlight` at a time; `start(i, done)` calls done(ok) when call i ended.
double timeGets(const std::function<void(int, std::function<void(bool)>)>& start, int* failures)
{
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    std::function<void(bool)> done;
    done = [&](bool ok) {
        ++finished;
        if (!ok)
            ++*failures;
        if (started < kGets)
            start(started++, done);
        else if (finished == kGets)
            loop.quit();
    };
    QElapsedTimer clock;
    clock.start();
    while (started < kInFlight)
        start(started++, done);
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // ApiClient logs every request as the app does (the formatting is measured); the lines are dropped here so
    // the bench's output stays readable.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
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
    QStringList cases;
    for (int i = 0; i < 10; ++i)
        cases.append(direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s)));

    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 30000));
    QNetworkAccessManager bare;
    const QByteArray authorization = "Bearer " + direct.token();
    const QString base = sandbox.baseUrl().toString() + u"/support/v2/tickets/"_s;
    QObject context;

    const auto viaClient = [&](int i, std::function<void(bool)> done) {
        client.getCase(cases.at(i % cases.size()), &context,
                       [done](const ApiResult<Case>& result) { done(result.ok() && result.value->id.has_value()); });
    };
    const auto viaBare = [&](int i, std::function<void(bool)> done) {
        QNetworkRequest request(QUrl(base + cases.at(i % cases.size())));
        request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = bare.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            const QByteArray body = reply->readAll();
            const bool ok = reply->error() == QNetworkReply::NoError && !body.isEmpty();
            reply->deleteLater();
            done(ok);
        });
    };

    // A warm-up of each (connections, the token, the sandbox's answers), then alternating rounds.
    int failures = 0;
    timeGets(viaClient, &failures);
    timeGets(viaBare, &failures);
    std::vector<double> clientMs, bareMs, ratios;
    for (int round = 0; round < rounds; ++round) {
        const double b = timeGets(viaBare, &failures);
        const double c = timeGets(viaClient, &failures);
        bareMs.push_back(b);
        clientMs.push_back(c);
        ratios.push_back(c / b);
    }
    const double ratio = median(ratios);
    const bool met = failures == 0 && ratio <= 1.1;
    out << u"%1 case GETs, %2 in flight, %3 alternating rounds (medians), %4 failed\n"_s.arg(kGets)
               .arg(kInFlight)
               .arg(rounds)
               .arg(failures);
    out << u"floor: bare QNetworkAccessManager, bytes only   %1 ms\n"_s.arg(median(bareMs), 0, 'f', 1);
    out << u"ApiClient::getCase, decoded into a Case          %1 ms\n"_s.arg(median(clientMs), 0, 'f', 1);
    out << u"ratio %1 (target <= 1.1): %2\n"_s.arg(ratio, 0, 'f', 2).arg(met ? u"met"_s : u"missed"_s);
    out << u"SUMMARY|1,000 GETs through ApiClient, 8 in flight|%1 ms|%2 ms|%3|<= 1.1x|%4\n"_s
               .arg(median(clientMs), 0, 'f', 0)
               .arg(median(bareMs), 0, 'f', 0)
               .arg(ratio, 0, 'f', 2)
               .arg(met ? u"met"_s : u"missed"_s);
    return 0;
}

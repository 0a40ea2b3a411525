// Measures how many case GETs a second casedesk-sandbox answers on loopback, keep-alive, from 8 clients at
// once, beside its floor: a minimal QtHttpServer (this program again, with --floor-server) answering a fixed
// body of the same size, loaded by the same clients in the same run.
//
//     ninja -C build bench_sandbox casedesk-sandbox && build/bin/bench_sandbox [rounds]

#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QProcess>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kClients = 8;

// One keep-alive client: sends the request, reads one whole answer (head + Content-Length), sends again.
class LoadClient : public QObject
{
public:
    LoadClient(quint16 port, QByteArray request, qint64* answered, qint64* failed)
        : m_request(std::move(request))
        , m_answered(answered)
        , m_failed(failed)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::read);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { ++*m_failed; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void stop() { m_stopped = true; }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const QByteArray head = m_buffer.left(end).toLower();
            if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            if (!head.startsWith("http/1.1 200"))
                ++*m_failed;
            else
                ++*m_answered;
            m_buffer.remove(0, end + 4 + length);
            if (!m_stopped)
                m_socket.write(m_request);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    qint64* m_answered;
    qint64* m_failed;
    bool m_stopped = false;
};

struct Rate
{
    double perSecond = 0;
    qint64 failed = 0;
};

Rate load(quint16 port, const QByteArray& request, int milliseconds)
{
    qint64 answered = 0;
    qint64 failed = 0;
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < kClients; ++i)
        clients.push_back(std::make_unique<LoadClient>(port, request, &answered, &failed));
    // A moment to warm up (connections, caches), then the measured window.
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 before = answered;
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    const double rate = double(answered - before) * 1000.0 / double(clock.elapsed());
    for (auto& client : clients)
        client->stop();
    return {rate, failed};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

int floorServer(int bodySize)
{
    // The floor: Qt's HTTP server with one route and a fixed JSON body, nothing else.
    QHttpServer server;
    const QByteArray body = "{\"x\":\"" + QByteArray(qMax(0, bodySize - 8), 'x') + "\"}";
    server.route(u"/support/v2/tickets/<arg>"_s,
                 [body](const QString&) { return QHttpServerResponse("application/json", body); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return 1;
    std::printf("listening on %u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() > 2 && arguments.at(1) == u"--floor-server"_s)
        return floorServer(arguments.at(2).toInt());
    const int seconds = arguments.size() > 1 ? qMax(1, arguments.at(1).toInt()) : 7;
    QTextStream out(stdout);
    qputenv("CASEDESK_SANDBOX_BIN", QByteArrayLiteral(CASEDESK_SANDBOX_BIN));

    SandboxProcess sandbox({u"--seed-cases"_s, u"20"_s});
    if (!sandbox.start()) {
        out << "the sandbox did not start: " << sandbox.errorString() << "\n";
        return 1;
    }
    SandboxClient direct(sandbox.baseUrl());
    if (!direct.signIn()) {
        out << "cannot sign in to the sandbox\n";
        return 1;
    }
    const QString caseNumber = direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s));
    const HttpReply sample = direct.get(u"/support/v2/tickets/"_s + caseNumber);
    if (sample.status != 200) {
        out << "the case GET answered " << sample.status << "\n";
        return 1;
    }
    const quint16 sandboxPort = quint16(sandbox.baseUrl().port());
    const QByteArray path = "/support/v2/tickets/" + caseNumber.toLatin1();
    const QByteArray host = "Host: 127.0.0.1:";
    const QByteArray sandboxRequest = "GET " + path + " HTTP/1.1\r\n" + host + QByteArray::number(sandboxPort)
                                      + "\r\nAuthorization: Bearer " + direct.token()
                                      + "\r\nConnection: keep-alive\r\n\r\n";

    QProcess floor;
    floor.start(QCoreApplication::applicationFilePath(), {u"--floor-server"_s, QString::number(sample.body.size())});
    QByteArray line;
    QElapsedTimer waited;
    waited.start();
    while (!line.contains('\n') && waited.elapsed() < 10000 && floor.waitForReadyRead(1000))
        line += floor.readAllStandardOutput();
    const quint16 floorPort = quint16(line.mid(line.indexOf("on ") + 3).trimmed().toUInt());
    if (floorPort == 0) {
        out << "the floor server did not start\n";
        return 1;
    }
    const QByteArray floorRequest =
        "GET " + path + " HTTP/1.1\r\n" + host + QByteArray::number(floorPort) + "\r\nConnection: keep-alive\r\n\r\n";

    // Short rounds, floor and sandbox in turn, so load from other processes on the machine hits both alike;
    // the medians of the rounds are reported.
    std::vector<double> floorRates, sandboxRates, ratios;
    Rate floorRate, sandboxRate;
    for (int round = 0; round < seconds; ++round) {
        const Rate f = load(floorPort, floorRequest, 1000);
        const Rate c = load(sandboxPort, sandboxRequest, 1000);
        floorRates.push_back(f.perSecond);
        sandboxRates.push_back(c.perSecond);
        ratios.push_back(f.perSecond > 0 ? c.perSecond / f.perSecond : 0);
        floorRate.failed += f.failed;
        sandboxRate.failed += c.failed;
    }
    floorRate.perSecond = median(floorRates);
    sandboxRate.perSecond = median(sandboxRates);
    floor.kill();
    floor.waitForFinished();

    const double ratio = median(ratios);
    out << u"case GETs per second, %1 keep-alive clients, %2 rounds of 1 s each in turn (medians), body %3 bytes\n"_s
               .arg(kClients)
               .arg(seconds)
               .arg(sample.body.size());
    out << u"floor: minimal QtHttpServer, fixed body   %1/s (%2 failed)\n"_s.arg(floorRate.perSecond, 0, 'f', 0)
               .arg(floorRate.failed);
    out << u"casedesk-sandbox, GET a case              %1/s (%2 failed)\n"_s.arg(sandboxRate.perSecond, 0, 'f', 0)
               .arg(sandboxRate.failed);
    const bool met = ratio >= 0.8 && sandboxRate.perSecond >= 5000;
    out << u"ratio %1 (target >= 0.8 and >= 5000/s): %2\n"_s.arg(ratio, 0, 'f', 2).arg(met ? u"met"_s : u"missed"_s);
    out << u"SUMMARY|sandbox GETs/s, 8 clients|%1/s|%2/s|%3|>= 0.8x and >= 5000/s|%4\n"_s
               .arg(sandboxRate.perSecond, 0, 'f', 0)
               .arg(floorRate.perSecond, 0, 'f', 0)
               .arg(ratio, 0, 'f', 2)
               .arg(met ? u"met"_s : u"missed"_s);
    return 0;
}

#include "sandbox/http/GuardedSocket.h"

#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/ResponseWriter.h"

#include <charconv>
#include <cstdio>
#include <iterator>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

bool isTokenChar(char c)
{
    return c >= 'A' && c <= 'Z';
}

// `^[A-Z]{1,16} [^ ]+ HTTP/1\.[01]\r?$`, by hand: a regular expression here cost more than the rest of the
// guard on every request.
bool isRequestLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace < 1 || firstSpace > 16)
        return false;
    for (qsizetype i = 0; i < firstSpace; ++i) {
        if (!isTokenChar(line.at(i)))
            return false;
    }
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    if (secondSpace <= firstSpace + 1)
        return false;
    const QByteArrayView version = line.sliced(secondSpace + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

bool containsIgnoringCase(QByteArrayView text, QByteArrayView word)
{
    for (qsizetype at = 0; at + word.size() <= text.size(); ++at) {
        if (text.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Acknowledges what has arrived at once instead of after Linux's delayed-ACK wait. Qt 6.4's HTTP client writes
// a request body in 16 KB pieces with Nagle's algorithm on (it never sets TCP_NODELAY); on loopback, where a
// segment holds 64 KB, each piece is a "small" segment that waits for the ACK of the one before, so a 10 MB
// upload from CaseDesk took 2 to 3 times as long as from curl. The kernel falls back to delayed ACKs by
// itself, hence once per read.
void acknowledgeNow([[maybe_unused]] qintptr descriptor)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int on = 1;
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
}

} // namespace

GuardedSocket::GuardedSocket(const Limits& limits, QObject* parent)
    : QTcpSocket(parent)
    , m_limits(limits)
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(m_limits.requestTimeoutMs);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &GuardedSocket::onRequestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &GuardedSocket::onIdleTimeout);
    // Made before QAbstractHttpServer connects, so this sees each chunk first.
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspectIncoming);
    m_idleTimer.start();
}

void GuardedSocket::beginResponse()
{
    m_inRequest = false;
    m_headDone = false;
    m_head.clear();
    m_requestBytes = 0;
    m_responding = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
}

void GuardedSocket::endResponse()
{
    m_responding = false;
    if (!m_keepAlive) {
        disconnectFromHost();
        return;
    }
    m_idleTimer.start();
}

void GuardedSocket::inspectIncoming()
{
    if (m_rejected)
        return;
    const qint64 fresh = bytesAvailable();
    if (fresh <= 0)
        return;
    if (!m_inRequest) {
        m_inRequest = true;
        m_headDone = false;
        m_head.clear();
        m_requestBytes = 0;
        m_idleTimer.stop();
        m_requestTimer.start();
    }
    if (!m_headDone) {
        // peek() leaves the bytes for QtHttpServer's parser, which reads them right after this slot.
        const qint64 room = m_limits.maxHeadBytes + 4 - m_head.size();
        m_head += peek(qMin(fresh, qMax<qint64>(room, 0)));
        if (!inspectHead())
            return;
    }
    m_requestBytes += fresh;
    if (m_requestBytes > m_limits.maxHeadBytes + m_limits.maxBodyBytes)
        return reject(413, u"The request body is larger than the server accepts."_s);
    // Only while a body streams in: a GET would pay a system call for nothing.
    if (m_headDone && m_bodyExpected)
        acknowledgeNow(socketDescriptor());
}

// Returns false once the request was refused.
bool GuardedSocket::inspectHead()
{
    // Like QtHttpServer's parser, skip line breaks left over from a previous request.
    qsizetype start = 0;
    while (start < m_head.size() && (m_head.at(start) == '\r' || m_head.at(start) == '\n'))
        ++start;
    qsizetype methodEnd = start;
    while (methodEnd < m_head.size() && isTokenChar(m_head.at(methodEnd)))
        ++methodEnd;
    if (methodEnd - start > 16 || (methodEnd < m_head.size() && (methodEnd == start || m_head.at(methodEnd) != ' '))) {
        reject(400, u"The request is not HTTP."_s);
        return false;
    }
    const qsizetype lineEnd = m_head.indexOf('\n', start);
    if (lineEnd >= 0) {
        if (!isRequestLine(QByteArrayView(m_head).sliced(start, lineEnd - start))) {
            reject(400, u"The request line is not valid HTTP/1.1."_s);
            return false;
        }
    }
    qsizetype headEnd = m_head.indexOf("\n\r\n", start);
    const qsizetype bareEnd = m_head.indexOf("\n\n", start);
    if (headEnd < 0 || (bareEnd >= 0 && bareEnd < headEnd))
        headEnd = bareEnd;
    if (headEnd < 0) {
        if (m_head.size() > m_limits.maxHeadBytes) {
            reject(431, u"The header section is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
            return false;
        }
        return true;
    }
    m_headDone = true;
    m_bodyExpected = false;
    // Read in place, one view per line: copying and lower-casing every line cost about 5 % of a GET's time
    // in the sandbox (bench_sandbox).
    const QByteArrayView head = QByteArrayView(m_head).sliced(start, headEnd - start);
    qsizetype lineStart = head.indexOf('\n');
    const bool http10 = head.first(lineStart < 0 ? head.size() : lineStart).trimmed().endsWith("HTTP/1.0");
    m_keepAlive = !http10;
    bool expectContinue = false;
    int hostCount = 0;
    QByteArrayView host;
    while (lineStart >= 0) {
        const qsizetype lineEnd = head.indexOf('\n', lineStart + 1);
        const QByteArrayView line =
            head.sliced(lineStart + 1, (lineEnd < 0 ? head.size() : lineEnd) - lineStart - 1).trimmed();
        lineStart = lineEnd;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            m_bodyExpected = ok && length > 0;
            if (ok && length > m_limits.maxBodyBytes) {
                reject(413, u"The request body is larger than the server accepts."_s);
                return false;
            }
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            if (containsIgnoringCase(value, "close"))
                m_keepAlive = false;
            else if (containsIgnoringCase(value, "keep-alive"))
                m_keepAlive = true;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            ++hostCount;
            host = value;
        }
    }
    if (hostCount != 1) {
        reject(400, hostCount == 0 ? u"The request has no Host header."_s : u"The request has several Host headers."_s);
        return false;
    }
    if (!isLocalHost(host, localPort())) {
        // Not echoed: the log is for the owner, the name is whatever the sender chose.
        reject(421, u"The Host header must be 127.0.0.1:%1 or localhost:%1."_s.arg(localPort()));
        return false;
    }
    // QtHttpServer 6.4 ignores Expect; without this, curl waits a second before sending any body.
    if (expectContinue && !http10)
        write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    return true;
}

bool GuardedSocket::isLocalHost(QByteArrayView host, quint16 port)
{
    const qsizetype colon = host.lastIndexOf(':');
    const QByteArrayView name = colon < 0 ? host : host.first(colon);
    if (name.compare("127.0.0.1", Qt::CaseInsensitive) != 0 && name.compare("localhost", Qt::CaseInsensitive) != 0)
        return false;
    if (colon < 0)
        return port == 80;
    // Exactly the port's digits: no sign, no leading zero.
    char digits[8];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), port);
    return host.sliced(colon + 1) == QByteArrayView(digits, written.ptr - digits);
}

void GuardedSocket::reject(int status, const QString& reason)
{
    if (m_rejected)
        return;
    m_rejected = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    // Keep QtHttpServer's parser away from the rest of this request.
    disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
    setReadBufferSize(64 * 1024);
    std::fprintf(stderr, "- - %d 0ms (refused: %s)\n", status, qPrintable(reason));
    const ApiResponse response = ApiErrors::single(ErrorStyle::CaseApi, status, u"$"_s, reason);
    write(ResponseWriter::serialize(response, false));
    disconnectFromHost();
    // A client that keeps sending would hold the connection open; give the answer a moment, then cut.
    QTimer::singleShot(2000, this, [this] { abort(); });
}

void GuardedSocket::onRequestTimeout()
{
    if (m_inRequest && !m_responding)
        reject(408, u"The request was not complete after %1 ms."_s.arg(m_limits.requestTimeoutMs));
}

void GuardedSocket::onIdleTimeout()
{
    if (!m_inRequest && !m_responding)
        disconnectFromHost();
}

} // namespace Sandbox

#include "sandbox/http/ResponseWriter.h"

#include "sandbox/core/SandboxTime.h"

namespace Sandbox
{

QByteArray ResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray ResponseWriter::currentDate()
{
    // Formatted once a second at most: the header has whole seconds, and answers are many.
    static qint64 second = -1;
    static QByteArray text;
    const qint64 now = SandboxTime::nowMs() / 1000;
    if (now != second) {
        second = now;
        text = SandboxTime::httpDate(now * 1000);
    }
    return text;
}

QByteArray ResponseWriter::serialize(const ApiResponse& response, bool keepAlive, Body body)
{
    const QByteArray payload = body == Body::FirstHalf ? response.body.left(response.body.size() / 2) : response.body;
    QByteArray out;
    out.reserve(payload.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    out += "Date: " + currentDate() + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += payload;
    return out;
}

} // namespace Sandbox

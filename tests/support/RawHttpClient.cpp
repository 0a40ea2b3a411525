#include "tests/support/RawHttpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>

RawHttpClient::RawHttpClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(5000);
}

void RawHttpClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
    while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(5000)) {
    }
}

QByteArray RawHttpClient::readUntilClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState) {
        if (m_socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200))))
            m_received += m_socket.readAll();
    }
    m_received += m_socket.readAll();
    m_closed = m_socket.state() != QAbstractSocket::ConnectedState;
    return m_received;
}

QByteArray RawHttpClient::readResponse(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype length = headerOf(m_received, "content-length").toLongLong();
            if (m_received.size() >= headEnd + 4 + length) {
                const QByteArray response = m_received.left(headEnd + 4 + length);
                m_received.remove(0, response.size());
                return response;
            }
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_closed = true;
            break;
        }
        if (m_socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200))))
            m_received += m_socket.readAll();
    }
    m_received += m_socket.readAll();
    return m_received;
}

int RawHttpClient::statusOf(const QByteArray& response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

QByteArray RawHttpClient::bodyOf(const QByteArray& response)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
}

QByteArray RawHttpClient::headerOf(const QByteArray& response, const QByteArray& lowerCaseName)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = response.left(headEnd).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerCaseName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

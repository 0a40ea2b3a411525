#pragma once

#include <QByteArray>
#include <QTcpSocket>

/*
 * A plain TCP client for what QNetworkAccessManager will not do: send garbage, stop half-way, or see
 * exactly whether the server answered before it closed. (QNetworkAccessManager silently resends a request
 * when the connection closes before an answer, which would hide a dropped answer.)
 *
 *     RawHttpClient raw(port);
 *     raw.send("GET / HTTP/1.1\r\n" + raw.hostLine() + "\r\n");
 *     const QByteArray answer = raw.readUntilClosed(5000);
 */
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray& bytes);
    // Everything the server sends until it closes the connection or the time is up.
    QByteArray readUntilClosed(int timeoutMs);
    // One complete HTTP answer (head plus Content-Length bytes), or what arrived in time.
    QByteArray readResponse(int timeoutMs);
    bool closedByServer() const { return m_closed; }
    void close() { m_socket.abort(); }
    // "Host: 127.0.0.1:PORT\r\n", the only Host (with localhost:PORT) the sandbox serves.
    QByteArray hostLine() const { return "Host: 127.0.0.1:" + QByteArray::number(m_socket.peerPort()) + "\r\n"; }

    static int statusOf(const QByteArray& response);
    static QByteArray bodyOf(const QByteArray& response);
    static QByteArray headerOf(const QByteArray& response, const QByteArray& lowerCaseName);

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

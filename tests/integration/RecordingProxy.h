#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

/*
 * A tiny HTTP forward proxy for tests. Each connection is relayed, unchanged, to the host and port named in its
 * first request line (a proxied request names the whole URL, "GET http://127.0.0.1:PORT/path HTTP/1.1", which
 * HTTP/1.1 servers accept as it is), and everything that passes is recorded both ways.
 *
 *     RecordingProxy proxy;
 *     QVERIFY(proxy.listen());
 *     client.setProxy({ProxySettings::Mode::Manual, u"127.0.0.1"_s, proxy.port(), {}, {}});
 *     QTRY_VERIFY(proxy.requestLines().contains(u"CONNECT cases.example.test:443 HTTP/1.1"_s));
 *
 * CaseDesk never sends loopback traffic through a proxy, so a test proxy only ever sees requests for other hosts:
 * a CONNECT for an https server is recorded and answered 502 (there is no such host to tunnel to). With
 * relayTo(port) it is no proxy at all but a recording relay in front of a server on 127.0.0.1:port, for tests
 * that point the client straight at it to see what goes over the wire (its Host header is rewritten to the
 * server's port, which is all the server accepts).
 */
class RecordingProxy : public QObject
{
public:
    RecordingProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    // Every connection goes to 127.0.0.1:port as it is, whatever its request line says.
    void relayTo(quint16 port) { m_relayPort = port; }
    quint16 port() const { return m_server.serverPort(); }

    // Every request line sent through the proxy, in order.
    QStringList requestLines() const
    {
        static const QRegularExpression line(
            QStringLiteral("(?:^|\\r\\n)((?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT) \\S+ HTTP/1\\.1)\\r\\n"));
        QStringList lines;
        for (const auto& connection : m_connections) {
            auto matches = line.globalMatch(QString::fromLatin1(connection->sent));
            while (matches.hasNext())
                lines << matches.next().captured(1);
        }
        return lines;
    }
    // The access tokens the server handed out through the proxy.
    QStringList accessTokens() const
    {
        static const QRegularExpression token(QStringLiteral("\"access_token\"\\s*:\\s*\"([^\"]+)\""));
        QStringList tokens;
        for (const auto& connection : m_connections) {
            auto matches = token.globalMatch(QString::fromLatin1(connection->received));
            while (matches.hasNext())
                tokens << matches.next().captured(1);
        }
        tokens.removeDuplicates();
        return tokens;
    }
    QByteArray traffic() const
    {
        QByteArray all;
        for (const auto& connection : m_connections)
            all += connection->sent + connection->received;
        return all;
    }
    void clear() { m_connections.clear(); }

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        std::unique_ptr<QTcpSocket> upstream;
        QByteArray sent;     // client to server
        QByteArray received; // server to client
        QByteArray waiting;  // sent before the upstream connection was up
    };

    void relay(QTcpSocket* client)
    {
        auto connection = std::make_shared<Connection>();
        connection->client = client;
        connection->upstream = std::make_unique<QTcpSocket>();
        m_connections.append(connection);
        QTcpSocket* upstream = connection->upstream.get();
        connect(client, &QTcpSocket::readyRead, this, [this, connection, client, upstream] {
            QByteArray data = client->readAll();
            connection->sent += data;
            if (m_relayPort != 0) // the server serves only requests addressed to its own port
                data.replace(QByteArray("Host: 127.0.0.1:" + QByteArray::number(m_server.serverPort()) + "\r\n"),
                             QByteArray("Host: 127.0.0.1:" + QByteArray::number(m_relayPort) + "\r\n"));
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(data);
                return;
            }
            connection->waiting += data;
            if (upstream->state() != QAbstractSocket::UnconnectedState)
                return;
            if (m_relayPort != 0) {
                upstream->connectToHost(QHostAddress::LocalHost, m_relayPort);
                return;
            }
            if (connection->waiting.startsWith("CONNECT ")) {
                if (connection->waiting.contains("\r\n\r\n")) {
                    client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    client->disconnectFromHost();
                }
                return;
            }
            static const QRegularExpression target(QStringLiteral("^[A-Z]+ http://([^/:\\s]+):(\\d+)[/ ]"));
            const auto match = target.match(QString::fromLatin1(connection->waiting));
            if (!match.hasMatch())
                return;
            upstream->connectToHost(match.captured(1), quint16(match.captured(2).toUInt()));
        });
        connect(upstream, &QTcpSocket::connected, this,
                [connection, upstream] { upstream->write(std::exchange(connection->waiting, {})); });
        connect(upstream, &QTcpSocket::readyRead, this, [connection, upstream] {
            const QByteArray data = upstream->readAll();
            connection->received += data;
            if (connection->client)
                connection->client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, this, [connection] {
            if (connection->client)
                connection->client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, this, [connection] {
            if (connection->client)
                connection->client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, this, [connection, client] {
            connection->upstream->disconnectFromHost();
            client->deleteLater();
        });
    }

    QTcpServer m_server;
    QList<std::shared_ptr<Connection>> m_connections;
    quint16 m_relayPort = 0;
};

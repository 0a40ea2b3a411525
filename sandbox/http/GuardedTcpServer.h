#pragma once

#include "sandbox/http/GuardedSocket.h"

#include <QTcpServer>

#include <memory>

namespace Sandbox
{

/*
 * A QTcpServer whose connections are GuardedSockets; bind it to the QAbstractHttpServer after listen().
 * At most limits.maxConnections are open at once: each may hold a request body of up to maxBodyBytes, and
 * any local user can connect. One more is answered 503 and closed.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const GuardedSocket::Limits& limits, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    GuardedSocket::Limits m_limits;
    // Shared with the sockets' destroyed handlers, which may run while this server is being torn down.
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

} // namespace Sandbox

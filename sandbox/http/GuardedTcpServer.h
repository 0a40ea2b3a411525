#pragma once

#include "sandbox/http/GuardedSocket.h"

#include <QTcpServer>

namespace Sandbox
{

// A QTcpServer whose connections are GuardedSockets; bind it to the QAbstractHttpServer after listen().
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const GuardedSocket::Limits& limits, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    GuardedSocket::Limits m_limits;
};

} // namespace Sandbox

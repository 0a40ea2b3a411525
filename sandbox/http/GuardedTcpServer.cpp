#include "sandbox/http/GuardedTcpServer.h"

namespace Sandbox
{

GuardedTcpServer::GuardedTcpServer(const GuardedSocket::Limits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new GuardedSocket(m_limits, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

} // namespace Sandbox

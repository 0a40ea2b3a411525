#include "sandbox/http/GuardedTcpServer.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

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
    if (*m_open >= m_limits.maxConnections) {
        // Never handed to QtHttpServer: it goes when closed, or when refuse() cuts it.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->refuse(503, u"%1 connections are open; the server accepts no more at once."_s.arg(*m_open));
        return;
    }
    ++*m_open;
    connect(socket, &QObject::destroyed, [open = m_open] { --*open; });
    addPendingConnection(socket);
}

} // namespace Sandbox

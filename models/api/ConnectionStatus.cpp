#include "models/api/ConnectionStatus.h"

#include "models/api/ApiClient.h"

namespace CaseDesk
{

ConnectionStatus::ConnectionStatus(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &ApiClient::signedIn, this, [this](const QString& user) { setState(State::Connected, user); });
    connect(m_client, &ApiClient::serverReachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            setState(State::Connected, m_client->userName());
        else
            setState(State::Offline);
    });
    connect(m_client, &ApiClient::authenticationFailed, this,
            [this](const ApiError& error) { setState(State::Refused, error.userMessage()); });
}

void ConnectionStatus::setState(State state, const QString& detail)
{
    m_state = state;
    m_detail = detail;
    emit textChanged(text());
}

QString ConnectionStatus::textFor(State state, const QString& detail)
{
    switch (state) {
    case State::NotSignedIn:
        return tr("Not signed in");
    case State::StartingSandbox:
        return tr("Starting the local sandbox…");
    case State::SandboxUnavailable:
        return tr("Local sandbox unavailable");
    case State::Connecting:
        return tr("Connecting to %1…").arg(detail);
    case State::Connected:
        return tr("Connected as %1").arg(detail);
    case State::Offline:
        return tr("Offline: the server cannot be reached");
    case State::NotConnected:
        return tr("Not connected");
    case State::Refused:
        return detail;
    }
    return {};
}

} // namespace CaseDesk

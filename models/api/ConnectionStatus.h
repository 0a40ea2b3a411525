#pragma once

#include <QObject>

namespace CaseDesk
{

class ApiClient;

/*
 * The words the status bar shows for a session's connection. The session says what it is doing (starting the
 * local sandbox, connecting to an address, not signed in); the API client's own signals (signed in, server
 * reachable or not, credentials refused) move it on from there.
 *
 *     auto* status = new ConnectionStatus(client, session);
 *     connect(status, &ConnectionStatus::textChanged, window, &MainWindow::setConnectionText);
 *     status->setState(ConnectionStatus::State::Connecting, baseUrl.toDisplayString());
 */
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotSignedIn,
        StartingSandbox,
        SandboxUnavailable,
        Connecting,   // detail: the address
        Connected,    // detail: the user's name
        Offline,      // the server cannot be reached
        NotConnected, // the sign-in failed for another reason (the problem banner says which)
        Refused,      // detail: why the server refused the credentials
    };
    Q_ENUM(State)

    explicit ConnectionStatus(ApiClient* client, QObject* parent = nullptr);

    void setState(State state, const QString& detail = {});
    State state() const { return m_state; }
    QString text() const { return textFor(m_state, m_detail); }
    static QString textFor(State state, const QString& detail);

signals:
    void textChanged(const QString& text);

private:
    ApiClient* m_client;
    State m_state = State::NotSignedIn;
    QString m_detail;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"
#include "models/core/Backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace CaseDesk
{

class ApiClient;

/*
 * Knows whether the server answers. It listens to the API client (any answer, or a connection that failed),
 * to what callers report (noteResult), and where the platform has it to QNetworkInformation; while offline it
 * probes the server with a growing pause (1 s doubling to a minute) and says when it answers again.
 *
 *     monitor->watch(client);
 *     monitor->setProbe([client](QObject* context, auto done) { client->searchOrders(tiny, context, ...); });
 *     monitor->useSystemNetworkInformation();           // harmless where there is no backend
 *     connect(monitor, &ConnectivityMonitor::onlineChanged, this, [this](bool online) { ... });
 *
 * For a server on this computer (the local sandbox) the system's network state says nothing, so it is ignored.
 */
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    using ProbeDone = std::function<void(const ApiError& error)>;
    using Probe = std::function<void(QObject* context, ProbeDone done)>;

    explicit ConnectivityMonitor(QObject* parent = nullptr);

    void watch(ApiClient* client);
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    void setProbeDelays(int firstMs, int maxMs);
    // A server on loopback: the system's network state does not apply.
    void setServerIsLocal(bool local) { m_serverIsLocal = local; }
    // Loads the platform's reachability backend when there is one; false (and nothing changes) otherwise.
    bool useSystemNetworkInformation();
    bool hasSystemNetworkInformation() const { return m_systemInfo; }

    bool isOnline() const { return m_online; }
    // Why the app thinks it is offline, in words; empty while online.
    QString reason() const { return m_reason; }
    // Milliseconds until the next probe while offline, -1 when none is planned.
    int nextProbeInMs() const;

    // Whether an error means the server could not be reached at all (as opposed to answering with an error).
    static bool isUnreachable(const ApiError& error);

public slots:
    // Reports the outcome of any call: a failure to connect makes the app offline, any answer online.
    void noteResult(const ApiError& error);
    void probeNow();
    // What the system's backend reports (a QNetworkInformation::Reachability); tests play the backend here.
    void noteSystemReachability(int reachability);

signals:
    void onlineChanged(bool online);
    void probeStarted();
    void probeFinished(bool reachable);

private:
    void setOnline(bool online, const QString& reason = {});
    void scheduleProbe();

    Probe m_probe;
    QTimer m_probeTimer;
    QString m_reason;
    Backoff m_backoff{1000, 60000}; // no jitter: one client probes its own server
    qint64 m_failedProbes = 0;      // pauses scheduled since the server last answered
    int m_probeGeneration = 0;
    bool m_online = true;
    bool m_probing = false;
    bool m_serverIsLocal = false;
    bool m_systemInfo = false;
    bool m_systemDisconnected = false;
};

} // namespace CaseDesk

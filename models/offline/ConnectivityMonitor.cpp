#include "models/offline/ConnectivityMonitor.h"

#include "models/api/ApiClient.h"
#include "models/core/Logging.h"

#include <QNetworkInformation>

namespace CaseDesk
{

ConnectivityMonitor::ConnectivityMonitor(QObject* parent)
    : QObject(parent)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
}

void ConnectivityMonitor::watch(ApiClient* client)
{
    connect(client, &ApiClient::serverReachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            setOnline(true);
        else
            setOnline(false, ApiError::make(ApiError::Kind::Offline).userMessage());
    });
}

void ConnectivityMonitor::setProbeDelays(int firstMs, int maxMs)
{
    m_backoff = Backoff(qMax(1, firstMs), maxMs);
    m_failedProbes = 0;
}

bool ConnectivityMonitor::useSystemNetworkInformation()
{
    if (m_systemInfo)
        return true;
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcOutbox) << "no network information backend; relying on the server's answers alone";
        return false;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return false;
    m_systemInfo = true;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) { noteSystemReachability(int(reachability)); });
    noteSystemReachability(int(info->reachability()));
    return true;
}

void ConnectivityMonitor::noteSystemReachability(int value)
{
    const auto reachability = QNetworkInformation::Reachability(value);
    // Unknown means the backend cannot tell (no NetworkManager on the bus, for one): no information.
    const bool disconnected = reachability == QNetworkInformation::Reachability::Disconnected;
    const bool wasDisconnected = m_systemDisconnected;
    m_systemDisconnected = disconnected;
    if (m_serverIsLocal)
        return;
    if (disconnected)
        setOnline(false, tr("This computer is not connected to a network."));
    else if (wasDisconnected)
        probeNow(); // a network came back: ask the server at once rather than at the next pause
}

int ConnectivityMonitor::nextProbeInMs() const
{
    return m_probeTimer.isActive() ? m_probeTimer.remainingTime() : -1;
}

bool ConnectivityMonitor::isUnreachable(const ApiError& error)
{
    return error.kind == ApiError::Kind::Offline || error.kind == ApiError::Kind::Timeout;
}

void ConnectivityMonitor::noteResult(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled || error.kind == ApiError::Kind::InsecureUrl
        || error.kind == ApiError::Kind::Local)
        return; // says nothing about the server
    if (isUnreachable(error))
        setOnline(false, error.userMessage());
    else
        setOnline(true);
}

void ConnectivityMonitor::probeNow()
{
    m_probeTimer.stop();
    if (!m_probe) {
        // Nothing to ask with: the next real call decides.
        return;
    }
    if (m_probing)
        return;
    m_probing = true;
    const int generation = ++m_probeGeneration;
    emit probeStarted();
    m_probe(this, [this, generation](const ApiError& error) {
        if (generation != m_probeGeneration)
            return;
        m_probing = false;
        if (!isUnreachable(error)) {
            setOnline(true);
            emit probeFinished(true);
            return;
        }
        setOnline(false, error.userMessage()); // schedules the next probe, with a longer pause
        if (!m_probeTimer.isActive())
            scheduleProbe();
        emit probeFinished(false);
    });
}

void ConnectivityMonitor::setOnline(bool online, const QString& reason)
{
    if (!online && m_systemDisconnected && !m_serverIsLocal)
        m_reason = tr("This computer is not connected to a network.");
    else
        m_reason = online ? QString() : reason;
    const bool changed = online != m_online;
    m_online = online;
    if (online) {
        m_probeTimer.stop();
        m_failedProbes = 0;
    } else if (!m_probeTimer.isActive() && !m_probing) {
        scheduleProbe();
    }
    if (!changed)
        return;
    qCInfo(lcOutbox) << (online ? "the server answers again" : "the server cannot be reached");
    emit onlineChanged(online);
}

void ConnectivityMonitor::scheduleProbe()
{
    if (m_online || !m_probe)
        return;
    // The n-th pause since the server last answered: the first one is firstMs.
    ++m_failedProbes;
    m_probeTimer.start(int(m_backoff.delayMs(m_failedProbes)));
}

} // namespace CaseDesk

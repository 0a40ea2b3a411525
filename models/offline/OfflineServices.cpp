#include "models/offline/OfflineServices.h"

#include "models/api/ApiClient.h"
#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "models/offline/OutboxTransport.h"
#include "models/store/CaseRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

namespace CaseDesk
{

OfflineServices::OfflineServices(ApiClient* client, CaseRepository* repository, QObject* parent,
                                 OutboxTransport* transport)
    : QObject(parent)
    , m_store(new OfflineStore(repository ? repository->storeThread() : nullptr, this))
    , m_drafts(new DraftStore(m_store, this))
    , m_outbox(new Outbox(m_store, m_drafts, this))
    , m_transport(transport ? transport : new ApiOutboxTransport(client, this))
    , m_monitor(new ConnectivityMonitor(this))
    , m_sender(new OutboxSender(m_outbox, m_transport, m_monitor, this))
    , m_serverKnown(transport != nullptr) // a transport of the caller's own has no address to wait for
{
    m_sender->setRepository(repository);
    if (client) {
        m_monitor->watch(client);
        // The cheapest question the server answers: one order-history hit.
        m_monitor->setProbe([client](QObject* context, ConnectivityMonitor::ProbeDone done) {
            OrderHistoryQuery query;
            query.page = OrderHistoryQuery::Page{0, 1};
            client->searchOrders(query, context,
                                 [done](const ApiResult<OrderHistoryPage>& result) { done(result.error); });
        });
    }
    connect(m_store, &OfflineStore::opened, this, &OfflineServices::opened);
    connect(m_drafts, &DraftStore::draftsChanged, this, &OfflineServices::checkLoaded);
    connect(m_outbox, &Outbox::itemsChanged, this, &OfflineServices::checkLoaded);
}

void OfflineServices::setTiming(const Timing& timing)
{
    m_monitor->setProbeDelays(timing.probeFirstMs, timing.probeMaxMs);
    m_sender->setBackoff(timing.retryFirstMs, timing.retryMaxMs);
    m_sender->setArrivalCheck(timing.arrivalWindowMs, timing.checkIntervalMs);
}

void OfflineServices::setServerUrl(const QUrl& url)
{
    const QString host = url.host();
    m_monitor->setServerIsLocal(host == QLatin1String("localhost") || QHostAddress(host).isLoopback());
    m_serverKnown = url.isValid();
    checkLoaded();
}

void OfflineServices::open(const QString& path)
{
    m_store->open(path);
}

bool OfflineServices::isOpen() const
{
    return m_store->isOpen();
}

bool OfflineServices::isLoaded() const
{
    return m_drafts->isLoaded() && m_outbox->isLoaded();
}

QSet<QString> OfflineServices::referencedFiles() const
{
    QSet<QString> hashes = m_drafts->referencedFiles();
    for (const StoredOutboxItem& entry : m_outbox->entries()) {
        if (!entry.item || !entry.item->isPending())
            continue;
        QList<DraftAttachment> files = entry.item->files.value_or(QList<DraftAttachment>());
        if (entry.item->caseDraft)
            files += entry.item->caseDraft->attachments;
        for (const DraftAttachment& file : files) {
            const QFileInfo info(file.localPath);
            hashes.insert(info.completeBaseName());
            hashes.insert(info.dir().dirName());
        }
    }
    return hashes;
}

void OfflineServices::checkLoaded()
{
    if (!isLoaded())
        return;
    // Before the session knows its server (the local sandbox still starting) every send would fail for
    // nothing, and an item would be marked failed: the sender waits for the address.
    if (m_serverKnown && !m_sender->isStarted())
        m_sender->start();
    if (m_announced)
        return;
    m_announced = true;
    emit loaded();
}

} // namespace CaseDesk

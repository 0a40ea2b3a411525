#pragma once

#include <QObject>
#include <QSet>
#include <QUrl>

namespace CaseDesk
{

class ApiClient;
class CaseRepository;
class ConnectivityMonitor;
class DraftStore;
class OfflineStore;
class Outbox;
class OutboxSender;
class OutboxTransport;

/*
 * Drafts, the outbox and connectivity for one environment, built together: the one object the composition
 * root makes and hands to views and actions.
 *
 *     auto* offline = new OfflineServices(client, repository, this);
 *     connect(repository, &CaseRepository::opened, offline, [=](bool ok) { if (ok) offline->open(path); });
 *     actions->setOutbox(offline->sender());
 *     auto* draftsView = new DraftsView(offline->drafts());
 *
 * It works on the case repository's store thread and connection (one owner for casedesk.sqlite): open() after
 * the repository has opened the file. It starts the sender once the outbox has loaded, and probes the server
 * while it does not answer. Destroy it before the repository.
 */
class OfflineServices : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int probeFirstMs = 1000;
        int probeMaxMs = 60000;
        int retryFirstMs = 1000;
        int retryMaxMs = 60000;
        int arrivalWindowMs = 120000; // Preferences::arrivalWindow()
        int checkIntervalMs = 10000;
    };

    // `transport` (optional) replaces the API client for sending; tests use it to control answers.
    OfflineServices(ApiClient* client, CaseRepository* repository, QObject* parent = nullptr,
                    OutboxTransport* transport = nullptr);

    void setTiming(const Timing& timing);
    // The server's address: sending starts once it is known (and the outbox is read); whether the system's
    // network state matters depends on it (not for loopback).
    void setServerUrl(const QUrl& url);
    void open(const QString& path);
    bool isOpen() const;
    bool isLoaded() const;

    DraftStore* drafts() const { return m_drafts; }
    Outbox* outbox() const { return m_outbox; }
    OutboxSender* sender() const { return m_sender; }
    ConnectivityMonitor* monitor() const { return m_monitor; }

    // Stash hashes that drafts and unsent items still need (AttachmentStash::prune keeps them).
    QSet<QString> referencedFiles() const;

signals:
    void opened(bool ok, const QString& error);
    // Drafts and the outbox are read: counts are right, referencedFiles() is complete.
    void loaded();

private:
    void checkLoaded();

    OfflineStore* m_store;
    DraftStore* m_drafts;
    Outbox* m_outbox;
    OutboxTransport* m_transport;
    ConnectivityMonitor* m_monitor;
    OutboxSender* m_sender;
    bool m_serverKnown = false;
    bool m_announced = false;
};

} // namespace CaseDesk

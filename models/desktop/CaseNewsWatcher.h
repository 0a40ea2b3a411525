#pragma once

#include "models/desktop/CaseNews.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace CaseDesk
{

class CaseRepository;
struct CaseNote;
struct CaseSummary;

/*
 * What is news on the user's cases, from the repository's signals: a case that moves to another status, and
 * notes of the provider that a refresh brings. News that arrives together (one refresh round) is handed on
 * as one batch; notifiers (ui/notifications) turn it into desktop notifications.
 *
 *     auto* watcher = new CaseNewsWatcher(this);
 *     watcher->setEnabled(preferences.statusNotifications());
 *     watcher->watch(session->repository()); // again for each new session
 *     connect(watcher, &CaseNewsWatcher::newsArrived, this, [](const QList<CaseNewsItem>& items) { ... });
 *
 * Only cases whose full answer was seen before count: the first answer of a case (an order-history hit
 * fetched, a case opened by number) is not a change, and neither are the notes it brings.
 */
class CaseNewsWatcher : public QObject
{
    Q_OBJECT

public:
    explicit CaseNewsWatcher(QObject* parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void watch(CaseRepository* repository);
    // How long news waits for more of its round (ms).
    void setBatchInterval(int ms) { m_batch.setInterval(ms); }

signals:
    void newsArrived(const QList<CaseNewsItem>& items);

private:
    void remember(const QList<CaseSummary>& summaries);
    void onCaseChanged(const CaseSummary& summary);
    void onProviderNotes(const QString& caseNumber, const QList<CaseNote>& notes);
    void add(const CaseNewsItem& item);
    void flush();

    QPointer<CaseRepository> m_repository;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, QString> m_statuses; // case number -> last status seen in a full answer
    QList<CaseNewsItem> m_pending;
    QTimer m_batch;
    bool m_enabled = false;
};

} // namespace CaseDesk

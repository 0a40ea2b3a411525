#pragma once

#include "models/api/ApiResult.h"
#include "models/domain/Case.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace CaseDesk
{

class CaseSource;

/*
 * The GET requests of CaseRepository: at most maxInFlight() at once, and at most one per id. Asking for
 * an id that is already waiting or running joins that request instead of sending another. Urgent requests
 * (the user opening a case) go ahead of a long background refresh.
 *
 * Each answer goes to the handler given at construction, once per request; idle() follows the last one.
 */
class FetchQueue : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QString& id, const ApiResult<Case>& result)>;

    FetchQueue(CaseSource* source, Handler handler, QObject* parent = nullptr);

    void setMaxInFlight(int max);
    int maxInFlight() const { return m_maxInFlight; }

    // Returns false when `id` joined a request already waiting or running.
    bool enqueue(const QString& id, bool urgent);
    bool contains(const QString& id) const { return m_running.contains(id) || m_waitingSet.contains(id); }
    int runningCount() const { return int(m_running.size()); }
    int waitingCount() const { return int(m_waiting.size()); }
    bool isIdle() const { return m_running.isEmpty() && m_waiting.isEmpty(); }

signals:
    void idle();

private:
    void pump();

    CaseSource* m_source;
    Handler m_handler;
    int m_maxInFlight = 4;
    QStringList m_waiting;      // in order
    QSet<QString> m_waitingSet; // the same ids, for joining in O(1) during a refresh of thousands
    QSet<QString> m_running;
};

} // namespace CaseDesk

#pragma once

#include "models/store/CaseStore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace CaseDesk
{

/*
 * Runs jobs against one CaseStore on a thread of its own, one at a time, in the order they were posted;
 * results come back on the thread that owns this object. The CaseStore and its SQL connection are created,
 * used and closed on the store thread only.
 *
 *     thread.run<QList<CaseSummary>>([](CaseStore& store) { return store.summaries(); },
 *                                    [this](const QList<CaseSummary>& rows) { show(rows); });
 *
 * When the store is not open, `work` is skipped and `done` receives a default-constructed result.
 */
class StoreThread : public QObject
{
    Q_OBJECT

public:
    explicit StoreThread(QObject* parent = nullptr);
    // Lets the jobs already posted finish (writes are never dropped), closes the database and joins the
    // thread. This waits at most for the SQL already queued; it runs once, when the app shuts down.
    ~StoreThread() override;

    // Opens (or reopens) the store at `path`; `done` gets the error text, empty on success.
    void open(const QString& path, std::function<void(const QString& error)> done);

    template <typename Result>
    void run(std::function<Result(CaseStore&)> work, std::function<void(const Result&)> done)
    {
        post([this, work = std::move(work), done = std::move(done)](CaseStore* store) {
            Result result = store && store->isOpen() ? work(*store) : Result{};
            QMetaObject::invokeMethod(
                this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void(CaseStore*)> job);

    QThread m_thread;
    QObject* m_worker;
    std::unique_ptr<CaseStore> m_store; // touched on the store thread only
};

} // namespace CaseDesk

#pragma once

#include "models/offline/OfflineTables.h"
#include "models/store/StoreThread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace CaseDesk
{

/*
 * Drafts and the outbox on the environment's casedesk.sqlite, through the store thread that owns that file:
 * the case repository's (CaseRepository::storeThread()), so the whole file has one connection and one writer,
 * and a draft saved and then submitted is written in that order. Jobs run one at a time in the order posted.
 *
 *     OfflineStore store(repository->storeThread());
 *     store.open(path);   // shared: reports once the repository has opened the file
 *     store.run<int>([](OfflineTables& tables) { QString e; return tables.drafts(&e).size(); },
 *                    [](int count) { ... });
 *     store.runWithCases<bool>([](CaseStore& cases, OfflineTables& tables) { ... one transaction ... }, done);
 *
 * Without a shared thread (tests of the offline tables alone) it opens the file on a thread of its own.
 */
class OfflineStore : public QObject
{
    Q_OBJECT

public:
    explicit OfflineStore(StoreThread* shared = nullptr, QObject* parent = nullptr);
    ~OfflineStore() override;

    void open(const QString& path);
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    // `work` runs on the store thread (skipped when the store is not open: `done` gets Result{}); `done` runs
    // on this object's thread.
    template <typename Result>
    void run(std::function<Result(OfflineTables&)> work, std::function<void(const Result&)> done)
    {
        runWithCases<Result>([work = std::move(work)](CaseStore&, OfflineTables& tables) { return work(tables); },
                             std::move(done));
    }

    // The same with the case tables too, on the same connection: a pending note and its outbox item are
    // written in one transaction.
    template <typename Result>
    void runWithCases(std::function<Result(CaseStore&, OfflineTables&)> work, std::function<void(const Result&)> done)
    {
        m_thread->run<Result>(
            [work = std::move(work)](CaseStore& store) {
                OfflineTables tables(store.database().connectionName());
                return work(store, tables);
            },
            std::move(done));
    }

signals:
    void opened(bool ok, const QString& error);

private:
    std::unique_ptr<StoreThread> m_own;
    StoreThread* m_thread;
    bool m_open = false;
    QString m_error;
};

} // namespace CaseDesk

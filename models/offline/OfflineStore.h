#pragma once

#include "models/offline/OfflineTables.h"
#include "models/store/StoreThread.h"

#include <QObject>

#include <functional>

namespace CaseDesk
{

/*
 * The store thread of drafts and the outbox: a connection of its own to the environment's casedesk.sqlite
 * (the same file as the case store, in WAL mode), on a thread of its own, running jobs one at a time in the
 * order they were posted. DraftStore and Outbox share one OfflineStore, so a draft saved and then submitted
 * is written in that order, and the move of a draft into the outbox is one transaction.
 *
 *     store.open(CaseRepository::defaultPath(u"local"_s));
 *     store.run<int>([](OfflineTables& tables) { QString e; return tables.drafts(&e).size(); },
 *                    [](int count) { ... });
 *
 * Open it after the case repository has opened the same file, so the two never run migrations at once.
 */
class OfflineStore : public QObject
{
    Q_OBJECT

public:
    explicit OfflineStore(QObject* parent = nullptr);

    void open(const QString& path);
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    // `work` runs on the store thread (skipped when the store is not open: `done` gets Result{}); `done` runs
    // on this object's thread.
    template <typename Result>
    void run(std::function<Result(OfflineTables&)> work, std::function<void(const Result&)> done)
    {
        m_thread.run<Result>(
            [work = std::move(work)](CaseStore& store) {
                OfflineTables tables(store.database().connectionName());
                return work(tables);
            },
            std::move(done));
    }

signals:
    void opened(bool ok, const QString& error);

private:
    StoreThread m_thread;
    bool m_open = false;
    QString m_error;
};

} // namespace CaseDesk

#include "models/offline/OfflineStore.h"

#include "models/core/Logging.h"

namespace CaseDesk
{

OfflineStore::OfflineStore(StoreThread* shared, QObject* parent)
    : QObject(parent)
    , m_own(shared ? nullptr : std::make_unique<StoreThread>())
    , m_thread(shared ? shared : m_own.get())
{}

OfflineStore::~OfflineStore() = default;

void OfflineStore::open(const QString& path)
{
    auto report = [this](const QString& error) {
        m_open = error.isEmpty();
        m_error = error;
        if (!m_open)
            qCWarning(lcDrafts).noquote() << "the drafts and outbox store did not open:" << error;
        emit opened(m_open, error);
    };
    if (m_own) {
        m_own->open(path, report);
        return;
    }
    // The owner opens the file; this job runs after its open job, on the same thread.
    m_thread->run<bool>(
        [](CaseStore& store) { return store.isOpen(); },
        [this, report](const bool& open) { report(open ? QString() : tr("The local store is not open.")); });
}

} // namespace CaseDesk

#include "models/offline/OfflineStore.h"

#include "models/core/Logging.h"

namespace CaseDesk
{

OfflineStore::OfflineStore(QObject* parent)
    : QObject(parent)
{}

void OfflineStore::open(const QString& path)
{
    m_thread.open(path, [this](const QString& error) {
        m_open = error.isEmpty();
        m_error = error;
        if (!m_open)
            qCWarning(lcDrafts).noquote() << "the drafts and outbox store did not open:" << error;
        emit opened(m_open, error);
    });
}

} // namespace CaseDesk

#include "models/api/Transfer.h"

namespace CaseDesk
{

Transfer::Transfer(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_fileName(fileName)
{}

void Transfer::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    emit cancelRequested();
}

void Transfer::setProgress(qint64 done, qint64 total)
{
    if (done == m_done && total == m_total)
        return;
    m_done = done;
    m_total = total;
    emit progressChanged(done, total);
}

} // namespace CaseDesk

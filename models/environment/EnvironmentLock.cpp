#include "models/environment/EnvironmentLock.h"

#include "models/core/Logging.h"
#include "models/core/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

EnvironmentLock::EnvironmentLock(const QString& dataFolder)
    : m_dataFolder(dataFolder)
    , m_path(fileNameIn(dataFolder))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // Long-lived: never stale by age, only when its process is gone (QLockFile checks the pid).
    m_lock->setStaleLockTime(0);
}

EnvironmentLock::~EnvironmentLock() = default;

QString EnvironmentLock::fileNameIn(const QString& dataFolder)
{
    return QDir(dataFolder).filePath(u"casedesk.lock"_s);
}

bool EnvironmentLock::acquire()
{
    if (m_lock->isLocked())
        return true;
    PrivateFiles::makeFolder(m_dataFolder);
    if (m_lock->tryLock(100)) {
        // QLockFile creates the file with the process umask; it names this user's process and host.
        PrivateFiles::restrictFile(m_path);
        m_error = QLockFile::NoError;
        return true;
    }
    m_error = m_lock->error();
    QString app;
    m_holderPid = 0;
    if (!m_lock->getLockInfo(&m_holderPid, &m_holderHost, &app))
        m_holderPid = 0;
    qCWarning(lcApp).noquote() << "the data folder" << QFileInfo(m_path).absolutePath() << "is in use by process"
                               << m_holderPid << "on" << m_holderHost << "(" << m_error << ")";
    return false;
}

bool EnvironmentLock::isHeld() const
{
    return m_lock->isLocked();
}

QString EnvironmentLock::explanation(const QString& environmentName) const
{
    if (m_error == QLockFile::LockFailedError) {
        const QString who =
            m_holderPid > 0 ? tr("another CaseDesk (process %1)").arg(m_holderPid) : tr("another CaseDesk");
        return tr("“%1” is already open in %2. Its cases, drafts and outbox can be used by one CaseDesk at a "
                  "time, so that nothing is sent twice: switch to that window, or close it and choose “%1” "
                  "again from the Environment menu.")
            .arg(environmentName, who);
    }
    return tr("The data folder of “%1” cannot be locked (%2), so CaseDesk does not use it: check that %3 can "
              "be written.")
        .arg(environmentName, m_error == QLockFile::PermissionError ? tr("permission denied") : tr("unknown error"),
             QFileInfo(m_path).absolutePath());
}

} // namespace CaseDesk

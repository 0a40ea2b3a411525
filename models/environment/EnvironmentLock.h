#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace CaseDesk
{

/*
 * One CaseDesk process per environment's data: a lock file in the environment's data folder, held for as
 * long as a session works on it, so a second copy never sends from the same outbox. A lock left by a copy
 * that crashed is recognised by its process id and taken over; a lock of a running copy is never stolen,
 * however old.
 *
 *     EnvironmentLock lock(Session::dataFolderFor(key));
 *     if (!lock.acquire()) return showProblem(lock.explanation(environmentName));
 */
class EnvironmentLock
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentLock)

public:
    explicit EnvironmentLock(const QString& dataFolder);
    ~EnvironmentLock();
    Q_DISABLE_COPY_MOVE(EnvironmentLock)

    static QString fileNameIn(const QString& dataFolder);
    QString dataFolder() const { return m_dataFolder; }

    bool acquire();
    bool isHeld() const;
    // The process that holds it (0 when unknown or none).
    qint64 holderPid() const { return m_holderPid; }
    // A sentence for the user of the second copy: who holds the data, and what to do.
    QString explanation(const QString& environmentName) const;

private:
    QString m_dataFolder;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QLockFile::LockError m_error = QLockFile::NoError;
};

} // namespace CaseDesk

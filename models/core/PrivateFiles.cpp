#include "models/core/PrivateFiles.h"

#include "models/core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace CaseDesk
{

bool PrivateFiles::makeFolder(const QString& path)
{
    if (path.isEmpty())
        return false;
    QString current = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    while (!QFileInfo(current).exists()) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        // Made with its mode, never 0755 for a moment; another thread may have made it meanwhile.
        if (!QDir().mkdir(folder, kFolderMode) && !QFileInfo(folder).isDir())
            return false;
    }
    if (!QFileInfo(path).isDir())
        return false;
    return QFile::setPermissions(path, kFolderMode);
}

bool PrivateFiles::createFile(const QString& path)
{
    if (!makeFolder(QFileInfo(path).absolutePath()))
        return false;
    if (QFileInfo::exists(path))
        return restrictFile(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode) && !QFileInfo::exists(path))
        return false;
    file.close();
    return restrictFile(path);
}

bool PrivateFiles::restrictFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return true; // a link's own mode means nothing; its target is made private where it is created
    return QFile::setPermissions(path, kFileMode);
}

void PrivateFiles::secureAppFolders()
{
    const bool hasOrganizationFolder = !QCoreApplication::organizationName().isEmpty();
    // AppLocalDataLocation is AppDataLocation except on Windows, where the latter roams.
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                                QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (folder.isEmpty())
            continue;
        // <base>/<organization>/<application>: the organization folder is CaseDesk's too (the main settings
        // file lives there), never <base> itself.
        if (hasOrganizationFolder && !makeFolder(QFileInfo(folder).path()))
            qCWarning(lcApp) << "cannot make" << QFileInfo(folder).path() << "private";
        if (!makeFolder(folder))
            qCWarning(lcApp) << "cannot make" << folder << "private";
    }
}

} // namespace CaseDesk

#pragma once

#include <QFileDevice>
#include <QString>

namespace CaseDesk
{

/*
 * CaseDesk's files are for the user who runs it only: folders 0700, files 0600 (README, "Security").
 * main() sets umask(077), which covers everything this process creates; these functions say it where
 * CaseDesk creates its folders and files, so it holds in tests and libraries without main(), and tighten
 * what an older version (or another umask) left behind.
 *
 *     if (!PrivateFiles::makeFolder(folder)) ...      // instead of QDir().mkpath(folder)
 *     PrivateFiles::createFile(databasePath);         // before SQLite, QSettings or QProcess open it
 *     PrivateFiles::restrictFile(downloadedPath);     // after another writer created it
 */
class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions kFolderMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates `path` and every missing folder above it with mode 0700, and makes `path` itself 0700.
    static bool makeFolder(const QString& path);
    // Makes the file's folder as makeFolder() does (it must be CaseDesk's own), then creates an empty file with
    // mode 0600 if there is none, or makes the existing one 0600.
    static bool createFile(const QString& path);
    // Makes a file 0600; true when there is no such file.
    static bool restrictFile(const QString& path);
    // CaseDesk's data, configuration and cache folders, and the organization folders above them: made 0700.
    static void secureAppFolders();
};

} // namespace CaseDesk

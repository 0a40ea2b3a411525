#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace CaseDesk
{

/*
 * The log of one run: while installed, every message Qt's logging lets through (qDebug(), the casedesk.*
 * categories at their levels, Qt's own warnings) is also written to a file, and still goes wherever it went
 * before (stderr).
 *
 *     LogFile log(LogFile::defaultFolder()); // in main(), for the whole run
 *     if (!log.install())
 *         qCWarning(lcApp) << log.errorString();
 *
 * Each run writes its own `casedesk-<UTC date and time>-<pid>.log`, created 0600 in a 0700 folder. At
 * install the oldest runs' files are deleted so that `keep` remain, this run's included, and a file stops
 * growing at `maxBytes` with a closing line: the logs never take more than keep × maxBytes. Lines go to disk
 * from a thread of their own, so whoever logs (the UI thread too) never waits on the disk; a fatal message
 * is written before the handler returns. One LogFile is installed at a time.
 */
class LogFile
{
public:
    static constexpr int kDefaultKeep = 5;
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;

    explicit LogFile(const QString& folder, int keep = kDefaultKeep, qint64 maxBytes = kDefaultMaxBytes);
    // Uninstalls, writes what is queued and closes the file.
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Rotates, creates this run's file and installs the message handler. False, with errorString(), when the
    // folder or the file cannot be made; messages then reach the previous handler only.
    bool install();
    bool isInstalled() const;
    QString filePath() const;
    QString errorString() const;
    // Returns once every message logged so far is in the file.
    void flush();

    // AppLocalDataLocation/logs: beside the environments' data, never roaming (Windows).
    static QString defaultFolder();
    // The installed LogFile's file, or empty when none is installed.
    static QString currentFilePath();
    // The names this class gives its files (for the rotation, and for tests).
    static bool isLogFileName(const QString& fileName);

    struct Writer;

private:
    QString m_folder;
    int m_keep;
    qint64 m_maxBytes;
    QString m_filePath;
    QString m_error;
    std::unique_ptr<Writer> m_writer;
};

} // namespace CaseDesk

#include "models/core/LogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

// The queue between whoever logs and the thread that writes, and that thread.
struct LogFile::Writer
{
    explicit Writer(std::unique_ptr<QFile> file, qint64 maxBytes)
        : file(std::move(file))
        , maxBytes(maxBytes)
    {
        thread = std::thread([this] { run(); });
    }

    ~Writer()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        thread.join();
    }

    void push(QByteArray line)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(line));
            ++queued;
        }
        wake.notify_all();
    }

    void flush()
    {
        if (std::this_thread::get_id() == thread.get_id())
            return; // the writer itself logged (a QFile warning): waiting for itself would never end
        std::unique_lock lock(mutex);
        const quint64 target = queued;
        written.wait(lock, [this, target] { return done >= target || stopping; });
    }

    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return !queue.empty() || stopping; });
            if (queue.empty() && stopping)
                return;
            std::deque<QByteArray> lines;
            lines.swap(queue);
            lock.unlock();
            for (const QByteArray& line : lines)
                write(line);
            file->flush();
            lock.lock();
            done += lines.size();
            written.notify_all();
        }
    }

    void write(const QByteArray& line)
    {
        if (full)
            return;
        static const QByteArray closing =
            "… this run's log reached its size limit; later messages are not kept (see LogFile.h)\n"_ba;
        if (bytes + line.size() + closing.size() > maxBytes) {
            file->write(closing);
            full = true;
            return;
        }
        file->write(line);
        bytes += line.size();
    }

    std::unique_ptr<QFile> file;
    const qint64 maxBytes;
    qint64 bytes = 0;  // the writer thread's own
    bool full = false; // the writer thread's own
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable written;
    std::deque<QByteArray> queue;
    quint64 queued = 0;
    quint64 done = 0;
    bool stopping = false;
};

namespace
{

std::mutex g_installLock;
LogFile::Writer* g_writer = nullptr; // the installed LogFile's, under g_installLock
QString g_currentPath;
QtMessageHandler g_previous = nullptr;

QByteArray levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug"_ba;
    case QtInfoMsg:
        return "info"_ba;
    case QtWarningMsg:
        return "warning"_ba;
    case QtCriticalMsg:
        return "critical"_ba;
    case QtFatalMsg:
        return "fatal"_ba;
    }
    return "?"_ba;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageHandler previous = nullptr;
    {
        std::lock_guard lock(g_installLock);
        previous = g_previous;
        if (g_writer) {
            // One message a line, continuation lines indented, so a reader (and grep) sees where each starts.
            QString text = message;
            text.replace(u'\n', u"\n    "_s);
            g_writer->push(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type)
                           + ' ' + QByteArray(context.category ? context.category : "default") + ": " + text.toUtf8()
                           + '\n');
            if (type == QtFatalMsg) // the previous handler aborts: the line must be on disk first
                g_writer->flush();
        }
    }
    if (previous) // never null: qInstallMessageHandler() hands out Qt's default handler when there was none
        previous(type, context, message);
}

} // namespace

LogFile::LogFile(const QString& folder, int keep, qint64 maxBytes)
    : m_folder(folder)
    , m_keep(qMax(1, keep))
    , m_maxBytes(qMax<qint64>(4096, maxBytes))
{}

LogFile::~LogFile()
{
    if (!m_writer)
        return;
    {
        std::lock_guard lock(g_installLock);
        g_writer = nullptr;
        g_currentPath.clear();
        // Hand the previous handler back, unless someone installed theirs after ours (it may call ours, which
        // now only passes messages on).
        const QtMessageHandler current = qInstallMessageHandler(g_previous);
        if (current != &handleMessage)
            qInstallMessageHandler(current);
    }
    m_writer.reset(); // writes what is queued
}

QString LogFile::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"logs"_s);
}

QString LogFile::currentFilePath()
{
    std::lock_guard lock(g_installLock);
    return g_currentPath;
}

bool LogFile::isLogFileName(const QString& fileName)
{
    static const QRegularExpression pattern(u"^casedesk-\\d{8}-\\d{6}-\\d{3}-\\d+\\.log$"_s);
    return pattern.match(fileName).hasMatch();
}

bool LogFile::isInstalled() const
{
    return m_writer != nullptr;
}

QString LogFile::filePath() const
{
    return m_filePath;
}

QString LogFile::errorString() const
{
    return m_error;
}

bool LogFile::install()
{
    if (m_writer)
        return true;
    {
        std::lock_guard lock(g_installLock);
        if (g_writer) {
            m_error = u"another log file is installed: %1"_s.arg(g_currentPath);
            return false;
        }
    }
    constexpr QFileDevice::Permissions ownerOnlyFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QDir folder(m_folder);
    const bool made = folder.exists()
                      || (QDir().mkpath(QFileInfo(m_folder).absolutePath()) && QDir().mkdir(m_folder, ownerOnlyFolder));
    if (!made) {
        m_error = u"the folder %1 cannot be created"_s.arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, ownerOnlyFolder); // also when an older version made it

    // The oldest runs go first: names start with the UTC time, so name order is age order.
    QStringList previous = folder.entryList({u"casedesk-*.log"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    previous.removeIf([](const QString& name) { return !isLogFileName(name); });
    while (previous.size() > m_keep - 1)
        QFile::remove(folder.filePath(previous.takeFirst()));

    const QString name = u"casedesk-%1-%2.log"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s),
                                                     QString::number(QCoreApplication::applicationPid()));
    auto file = std::make_unique<QFile>(folder.filePath(name));
    // Created with the owner's rights only: there is no moment at which others could read it.
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = u"the log file %1 cannot be created: %2"_s.arg(file->fileName(), file->errorString());
        return false;
    }
    m_filePath = file->fileName();
    m_writer = std::make_unique<Writer>(std::move(file), m_maxBytes);
    std::lock_guard lock(g_installLock); // a message from another thread meanwhile waits for all three
    g_writer = m_writer.get();
    g_currentPath = m_filePath;
    g_previous = qInstallMessageHandler(&handleMessage);
    return true;
}

void LogFile::flush()
{
    if (m_writer)
        m_writer->flush();
}

} // namespace CaseDesk

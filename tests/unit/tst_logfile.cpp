#include "models/core/LogFile.h"
#include "models/core/Logging.h"
#include "tests/support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QMutex g_lock;
QStringList g_seen; // what reached the handler installed before the log file's
QtMessageHandler g_default = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker locker(&g_lock);
        g_seen << message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_default(type, context, message);
}

QStringList seen()
{
    QMutexLocker locker(&g_lock);
    return g_seen;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr QFileDevice::Permissions kOwnerBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kUserBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

// The permission bits, without Qt's "current user" ones (a copy of the owner's for a file of ours).
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFileInfo(path).permissions() & ~kUserBits;
}

bool touch(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("old run\n") > 0;
}
} // namespace

/*
 * LogFile: a run's messages land in a file of the owner's only, next to where they went before; old runs are
 * rotated out by name and foreign files are left alone; a file stops at its size; threads do not tear lines.
 */
class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRunsMessagesGoToAFileOnlyItsOwnerCanRead();
    void messagesStillReachThePreviousHandler();
    void afterTheRunMessagesGoOnlyToThePreviousHandler();
    void continuationLinesAreIndented();
    void rotationKeepsTheNewestRunsAndNothingElseIsTouched_data();
    void rotationKeepsTheNewestRunsAndNothingElseIsTouched();
    void anExistingFolderIsMadeTheOwnersOnly();
    void aFileStopsGrowingAtItsLimit();
    void linesFromManyThreadsArriveWhole();
    void aFolderThatCannotBeMadeIsReported();
    void onlyOneLogFileIsInstalledAtATime();
    void theDefaultFolderIsInTheLocalDataFolder();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogFile::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    g_default = qInstallMessageHandler(capture);
}

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QMutexLocker locker(&g_lock);
    g_seen.clear();
}

void TestLogFile::cleanup()
{
    QCOMPARE(LogFile::currentFilePath(), QString()); // every test's LogFile is gone again
}

void TestLogFile::aRunsMessagesGoToAFileOnlyItsOwnerCanRead()
{
    const QString folder = m_dir->filePath(u"data/logs"_s); // its parent does not exist yet either
    LogFile log(folder);
    QVERIFY2(log.install(), qPrintable(log.errorString()));
    QVERIFY(log.isInstalled());
    QCOMPARE(LogFile::currentFilePath(), log.filePath());
    QCOMPARE(QFileInfo(log.filePath()).absolutePath(), QDir(folder).absolutePath());
    QVERIFY2(LogFile::isLogFileName(QFileInfo(log.filePath()).fileName()), qPrintable(log.filePath()));

    qCInfo(lcApi) << "GET /support/v2/tickets/11150929 -> 200";
    qCWarning(lcStore) << "store is busy";
    log.flush();
    const QByteArray text = readAll(log.filePath());
    QVERIFY2(text.contains(" info casedesk.api: GET /support/v2/tickets/11150929 -> 200\n"), text.constData());
    QVERIFY2(text.contains(" warning casedesk.store: store is busy\n"), text.constData());
    QVERIFY(text.startsWith(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s).toLatin1()));

#ifdef Q_OS_UNIX
    QCOMPARE(modeOf(log.filePath()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(modeOf(folder), kOwnerBits);
#endif
}

void TestLogFile::messagesStillReachThePreviousHandler()
{
    LogFile log(m_dir->filePath(u"logs"_s));
    QVERIFY(log.install());
    qCInfo(lcApp) << "both places";
    QVERIFY(seen().contains(u"both places"_s));
}

void TestLogFile::afterTheRunMessagesGoOnlyToThePreviousHandler()
{
    QString path;
    {
        LogFile log(m_dir->filePath(u"logs"_s));
        QVERIFY(log.install());
        path = log.filePath();
        qCInfo(lcApp) << "during the run";
    } // written and closed here
    QtMessageHandler current = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(current);
    QVERIFY(current == &capture); // the handler from before is back
    qCInfo(lcApp) << "after the run";
    const QByteArray text = readAll(path);
    QVERIFY(text.contains("during the run"));
    QVERIFY(!text.contains("after the run"));
    QVERIFY(seen().contains(u"after the run"_s));
}

void TestLogFile::continuationLinesAreIndented()
{
    LogFile log(m_dir->filePath(u"logs"_s));
    QVERIFY(log.install());
    qCInfo(lcApp).noquote() << "first\nsecond";
    log.flush();
    QVERIFY(readAll(log.filePath()).contains(" info casedesk.app: first\n    second\n"));
}

void TestLogFile::rotationKeepsTheNewestRunsAndNothingElseIsTouched_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QStringList>("remaining"); // besides this run's own file

    const QString a = u"casedesk-20261201-080000-000-100.log"_s;
    const QString b = u"casedesk-20261202-080000-000-99.log"_s;
    const QString c = u"casedesk-20261203-080000-000-7.log"_s;
    const QString d = u"casedesk-20261204-090000-500-12345.log"_s;
    QTest::newRow("empty folder") << QStringList{} << 3 << QStringList{};
    QTest::newRow("room left") << QStringList{a} << 3 << QStringList{a};
    QTest::newRow("oldest go") << QStringList{c, a, d, b} << 3 << QStringList{c, d};
    QTest::newRow("keep one: only this run") << QStringList{a, b} << 1 << QStringList{};
    QTest::newRow("zero counts as one") << QStringList{a} << 0 << QStringList{};
    // Foreign names are not ours to delete, and do not count.
    const QStringList foreign{u"notes.txt"_s,
                              u"casedesk.log"_s,
                              u"casedesk-latest.log"_s,
                              u"casedesk-20261201-080000-000-1.log.bak"_s,
                              u"casedesk-2026120-080000-000-1.log"_s,
                              u"casedesk-20261201-080000-000-.log"_s,
                              u"CASEDESK-20261201-080000-000-1.LOG"_s};
    QTest::newRow("foreign files stay") << (foreign + QStringList{a, b, c}) << 2 << (foreign + QStringList{c});
}

void TestLogFile::rotationKeepsTheNewestRunsAndNothingElseIsTouched()
{
    QFETCH(QStringList, existing);
    QFETCH(int, keep);
    QFETCH(QStringList, remaining);
    const QDir folder(m_dir->filePath(u"logs"_s));
    QVERIFY(QDir().mkpath(folder.path()));
    for (const QString& name : std::as_const(existing))
        QVERIFY(touch(folder.filePath(name)));
    QVERIFY(QDir().mkpath(folder.filePath(u"casedesk-20261130-080000-000-1.log"_s))); // a folder, not a run

    LogFile log(folder.path(), keep);
    QVERIFY(log.install());
    QStringList expected = remaining;
    expected << QFileInfo(log.filePath()).fileName();
    expected.sort();
    QStringList files = folder.entryList(QDir::Files, QDir::Name);
    files.sort();
    QCOMPARE(files, expected);
    QVERIFY(QFileInfo(folder.filePath(u"casedesk-20261130-080000-000-1.log"_s)).isDir());
}

void TestLogFile::anExistingFolderIsMadeTheOwnersOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    const QString folder = m_dir->filePath(u"logs"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, kOwnerBits | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther));
    LogFile log(folder);
    QVERIFY(log.install());
    QCOMPARE(modeOf(folder), kOwnerBits);
#endif
}

void TestLogFile::aFileStopsGrowingAtItsLimit()
{
    const qint64 limit = 8192;
    LogFile log(m_dir->filePath(u"logs"_s), 5, limit);
    QVERIFY(log.install());
    const QString filler(100, u'x');
    for (int i = 0; i < 500; ++i)
        qCInfo(lcApp).noquote() << u"message %1 "_s.arg(i) << filler;
    log.flush();
    const QByteArray text = readAll(log.filePath());
    QVERIFY2(text.size() <= limit, QByteArray::number(text.size()).constData());
    QVERIFY(text.size() > limit - 300); // filled, not stopped early
    QVERIFY(text.contains("message 0 "));
    QVERIFY(!text.contains("message 499 "));
    QVERIFY2(text.endsWith("later messages are not kept (see LogFile.h)\n"), text.right(200).constData());
    QCOMPARE(text.count("size limit"), 1);
}

void TestLogFile::linesFromManyThreadsArriveWhole()
{
    LogFile log(m_dir->filePath(u"logs"_s));
    QVERIFY(log.install());
    constexpr int threads = 4;
    constexpr int perThread = 200;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([t] {
            for (int i = 0; i < perThread; ++i)
                qCInfo(lcApp).noquote() << u"thread %1 line %2 end"_s.arg(t).arg(i);
        }));
        workers.back()->start();
    }
    for (const auto& worker : workers)
        QVERIFY(worker->wait(30000));
    log.flush();
    const QList<QByteArray> lines = readAll(log.filePath()).split('\n');
    int count = 0;
    for (const QByteArray& line : lines) {
        if (line.contains(" thread ")) {
            QVERIFY2(line.endsWith(" end") && line.contains(" info casedesk.app: thread "), line.constData());
            ++count;
        }
    }
    QCOMPARE(count, threads * perThread);
}

void TestLogFile::aFolderThatCannotBeMadeIsReported()
{
    const QString blocker = m_dir->filePath(u"a-file"_s);
    QVERIFY(touch(blocker));
    LogFile log(blocker + u"/logs"_s);
    QVERIFY(!log.install());
    QVERIFY(!log.isInstalled());
    QVERIFY2(log.errorString().contains(u"a-file/logs"_s), qPrintable(log.errorString()));
    QCOMPARE(LogFile::currentFilePath(), QString());
    qCInfo(lcApp) << "still heard";
    QVERIFY(seen().contains(u"still heard"_s));
}

void TestLogFile::onlyOneLogFileIsInstalledAtATime()
{
    LogFile first(m_dir->filePath(u"one"_s));
    QVERIFY(first.install());
    LogFile second(m_dir->filePath(u"two"_s));
    QVERIFY(!second.install());
    QVERIFY2(second.errorString().contains(first.filePath()), qPrintable(second.errorString()));
    QCOMPARE(LogFile::currentFilePath(), first.filePath());
}

void TestLogFile::theDefaultFolderIsInTheLocalDataFolder()
{
    QCOMPARE(LogFile::defaultFolder(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"logs"_s));
    QVERIFY(LogFile::defaultFolder().startsWith(m_home->path()));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"

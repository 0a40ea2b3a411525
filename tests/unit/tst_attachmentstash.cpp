#include "models/attachments/AttachmentStash.h"
#include "tests/support/TestHome.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <optional>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QString writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sampleBytes(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + seed * 7) & 0xff);
    return bytes;
}
} // namespace

// The stash keeps one copy of every attached file's content, off the UI thread, named by its hash.
class TestAttachmentStash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rootIsPerEnvironmentInTheDataFolder();
    void addCopiesAndHashesOnAWorkerAndCallsBackOnTheCallersThread();
    void sameContentIsKeptOnceUnderEveryName();
    void copyOutlivesChangesToTheOriginal();
    void refusalsNameTheFile_data();
    void refusalsNameTheFile();
    void goneContextIsNeverCalledBack();
    void blobIsFoundByItsHash();
    void pruneRemovesOldCopiesNobodyKeeps();

private:
    std::unique_ptr<TestHome> m_home;
    QTemporaryDir m_dir;
};

void TestAttachmentStash::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_dir.isValid());
}

void TestAttachmentStash::rootIsPerEnvironmentInTheDataFolder()
{
    const QString root = AttachmentStash::defaultRoot(u"local-sandbox"_s);
    QVERIFY(root.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(root.endsWith(u"/local-sandbox/attachments"_s));
    QVERIFY(root.startsWith(m_home->path())); // test mode: never the developer's own folder
    QVERIFY(AttachmentStash::defaultRoot(u"production"_s) != root);
#ifdef Q_OS_LINUX
    // The data moved from AppDataLocation to AppLocalDataLocation (not roaming on Windows); here both are the
    // same folder, so nobody's data needed to move.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
#endif
}

void TestAttachmentStash::addCopiesAndHashesOnAWorkerAndCallsBackOnTheCallersThread()
{
    const QByteArray bytes = sampleBytes(3 * 1024 * 1024 + 17, 1);
    const QString source = writeFile(m_dir.filePath(u"in/rack photo.png"_s), bytes);
    QVERIFY(!source.isEmpty());
    const AttachmentStash stash(m_dir.filePath(u"stash1"_s));
    QObject context;
    std::optional<StashedFile> result;
    QThread* calledOn = nullptr;
    stash.add(source, u"rack photo.png"_s, &context, [&](const StashedFile& file) {
        result = file;
        calledOn = QThread::currentThread();
    });
    QVERIFY(!result); // never from inside add()
    QTRY_VERIFY(result);
    QCOMPARE(calledOn, QThread::currentThread());
    QVERIFY2(result->ok(), qPrintable(result->error));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(result->sha256, sha);
    QCOMPARE(result->size, qint64(bytes.size()));
    QCOMPARE(result->blobPath, QDir(stash.root()).filePath(sha + u".png"_s));
    QCOMPARE(readFile(result->blobPath), bytes);
    QCOMPARE(QFileInfo(result->namedPath).fileName(), u"rack photo.png"_s);
    QCOMPARE(readFile(result->namedPath), bytes);
    // Nothing half-written is left behind.
    QCOMPARE(QDir(stash.root()).entryList({u"incoming-*"_s}, QDir::Files).size(), 0);
}

void TestAttachmentStash::sameContentIsKeptOnceUnderEveryName()
{
    const QByteArray bytes = sampleBytes(4096, 2);
    const AttachmentStash stash(m_dir.filePath(u"stash2"_s));
    const StashedFile first = stash.addNow(writeFile(m_dir.filePath(u"a/log.txt"_s), bytes), u"log.txt"_s);
    const StashedFile second = stash.addNow(writeFile(m_dir.filePath(u"b/copy.txt"_s), bytes), u"copy.txt"_s);
    QVERIFY2(first.ok() && second.ok(), qPrintable(first.error + second.error));
    QCOMPARE(second.blobPath, first.blobPath);
    QVERIFY(second.namedPath != first.namedPath);
    QCOMPARE(readFile(second.namedPath), bytes);
    QCOMPARE(QDir(stash.root()).entryList(QDir::Files).size(), 1);
}

void TestAttachmentStash::copyOutlivesChangesToTheOriginal()
{
    const QByteArray bytes = sampleBytes(1000, 3);
    const QString source = writeFile(m_dir.filePath(u"c/switch.txt"_s), bytes);
    const AttachmentStash stash(m_dir.filePath(u"stash3"_s));
    const StashedFile file = stash.addNow(source, u"switch.txt"_s);
    QVERIFY(file.ok());
    QVERIFY(QFile::remove(source));
    QCOMPARE(readFile(file.namedPath), bytes);
}

void TestAttachmentStash::refusalsNameTheFile_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << m_dir.filePath(u"nowhere/gone.png"_s) << u"gone.png"_s << u"could not be read"_s;
    QTest::newRow("empty") << writeFile(m_dir.filePath(u"d/empty.txt"_s), {}) << u"empty.txt"_s << u"is empty"_s;
    QTest::newRow("directory") << m_dir.filePath(u"d"_s) << u"d.txt"_s << u"could not be read"_s;
}

void TestAttachmentStash::refusalsNameTheFile()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, fragment);
    const AttachmentStash stash(m_dir.filePath(u"stash4"_s));
    const StashedFile file = stash.addNow(source, name);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(u"“"_s + name + u"”"_s), qPrintable(file.error));
    QVERIFY2(file.error.contains(fragment), qPrintable(file.error));
    QVERIFY(QDir(stash.root()).entryList({u"*.*"_s}, QDir::Files).isEmpty());
}

void TestAttachmentStash::goneContextIsNeverCalledBack()
{
    const QString source = writeFile(m_dir.filePath(u"e/late.txt"_s), sampleBytes(2 * 1024 * 1024, 4));
    const AttachmentStash stash(m_dir.filePath(u"stash5"_s));
    bool called = false;
    {
        QObject context;
        stash.add(source, u"late.txt"_s, &context, [&](const StashedFile&) { called = true; });
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestAttachmentStash::blobIsFoundByItsHash()
{
    const AttachmentStash stash(m_dir.filePath(u"stash6"_s));
    const StashedFile file = stash.addNow(writeFile(m_dir.filePath(u"f/x.pdf"_s), "%PDF-1.4"), u"x.pdf"_s);
    QVERIFY(file.ok());
    QCOMPARE(stash.blobFor(file.sha256), file.blobPath);
    QVERIFY(stash.blobFor(u"../../etc/passwd"_s).isEmpty());
    QVERIFY(stash.blobFor(QString(64, u'0')).isEmpty());
}

void TestAttachmentStash::pruneRemovesOldCopiesNobodyKeeps()
{
    const AttachmentStash stash(m_dir.filePath(u"stash7"_s));
    const StashedFile fresh = stash.addNow(writeFile(m_dir.filePath(u"g/1.txt"_s), "fresh"), u"fresh.txt"_s);
    const StashedFile kept = stash.addNow(writeFile(m_dir.filePath(u"g/2.txt"_s), "kept old"), u"kept.txt"_s);
    const StashedFile stale = stash.addNow(writeFile(m_dir.filePath(u"g/3.txt"_s), "stale"), u"stale.txt"_s);
    QVERIFY(fresh.ok() && kept.ok() && stale.ok());
    for (const QString& path : {kept.blobPath, stale.blobPath}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-41), QFileDevice::FileModificationTime));
    }
    bool done = false;
    int removed = -1;
    QObject context;
    stash.prune(40, {kept.sha256}, &context, [&](int count) {
        removed = count;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(removed, 1);
    QVERIFY(QFile::exists(fresh.blobPath));
    QVERIFY(QFile::exists(kept.blobPath));
    QVERIFY(!QFile::exists(stale.blobPath));
    QVERIFY(!QFileInfo::exists(QFileInfo(stale.namedPath).path()));
}

QTEST_GUILESS_MAIN(TestAttachmentStash)
#include "tst_attachmentstash.moc"

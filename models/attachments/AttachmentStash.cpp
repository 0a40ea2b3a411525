#include "models/attachments/AttachmentStash.h"

#include "models/attachments/Background.h"
#include "models/core/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kChunk = 256 * 1024;

bool isDigest(const QString& name)
{
    static const QRegularExpression digest(u"^[0-9a-f]{64}$"_s);
    return digest.match(name).hasMatch();
}

// Marks a copy as used now, so prune() keeps it.
void touch(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}
} // namespace

AttachmentStash::AttachmentStash(const QString& root)
    : m_root(root)
{}

QString AttachmentStash::defaultRoot(const QString& environment)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(environment + u"/attachments"_s);
}

QString AttachmentStash::scratchPath() const
{
    return QDir(m_root).filePath(u"scratch"_s);
}

void AttachmentStash::add(const QString& sourcePath, const QString& name, QObject* context, Callback done) const
{
    const AttachmentStash stash = *this;
    runInBackground<StashedFile>(
        context, [stash, sourcePath, name] { return stash.addNow(sourcePath, name); }, std::move(done));
}

StashedFile AttachmentStash::addNow(const QString& sourcePath, const QString& name) const
{
    StashedFile out;
    QString fileName = name;
    fileName.replace(u'/', u'_').replace(u'\\', u'_'); // it becomes a path component
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        out.error = tr("“%1” could not be read: %2").arg(name, source.errorString());
        return out;
    }
    if (!PrivateFiles::makeFolder(m_root)) {
        out.error = tr("“%1” could not be kept: the folder %2 cannot be created.").arg(name, m_root);
        return out;
    }
    // Copy and hash in one pass; the copy gets its final name only once it is complete. QTemporaryFile makes
    // it 0600, and the rename keeps that.
    QTemporaryFile incoming(QDir(m_root).filePath(u"incoming-XXXXXX"_s));
    if (!incoming.open()) {
        out.error = tr("“%1” could not be kept: %2").arg(name, incoming.errorString());
        return out;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(chunk.data(), kChunk);
        if (got < 0) {
            out.error = tr("“%1” could not be read: %2").arg(name, source.errorString());
            return out;
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), got));
        if (incoming.write(chunk.constData(), got) != got) {
            out.error = tr("“%1” could not be kept: %2").arg(name, incoming.errorString());
            return out;
        }
        out.size += got;
    }
    if (out.size == 0) {
        out.error = tr("“%1” is empty: empty files cannot be attached.").arg(name);
        return out;
    }
    if (!incoming.flush()) {
        out.error = tr("“%1” could not be kept: %2").arg(name, incoming.errorString());
        return out;
    }
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    const QString suffix = QFileInfo(name).suffix().toLower();
    out.blobPath = QDir(m_root).filePath(suffix.isEmpty() ? out.sha256 : out.sha256 + u'.' + suffix);
    if (QFileInfo::exists(out.blobPath)) {
        touch(out.blobPath); // the same content is already here: keep one copy
    } else {
        incoming.close();
        if (!incoming.rename(out.blobPath) && !QFileInfo::exists(out.blobPath)) {
            out.error = tr("“%1” could not be kept: %2").arg(name, incoming.errorString());
            return out;
        }
        incoming.setAutoRemove(false);
    }

    const QString namedDir = QDir(m_root).filePath(u"named/"_s + out.sha256);
    out.namedPath = QDir(namedDir).filePath(fileName);
    if (!PrivateFiles::makeFolder(QFileInfo(namedDir).path()) || !PrivateFiles::makeFolder(namedDir)) {
        out.error = tr("“%1” could not be kept: the folder %2 cannot be created.").arg(name, namedDir);
        return out;
    }
    const QFileInfo named(out.namedPath);
    if (named.isSymLink() && !named.exists())
        QFile::remove(out.namedPath); // a dangling link from a pruned copy
    if (!named.exists()) {
#ifdef Q_OS_UNIX
        const bool made = QFile::link(out.blobPath, out.namedPath);
#else
        const bool made = QFile::copy(out.blobPath, out.namedPath) // links there are .lnk files
                          && PrivateFiles::restrictFile(out.namedPath);
#endif
        if (!made && !QFileInfo::exists(out.namedPath)) {
            out.error = tr("“%1” could not be kept under its name in %2.").arg(name, namedDir);
            return out;
        }
    }
    return out;
}

QString AttachmentStash::blobFor(const QString& sha256) const
{
    if (!isDigest(sha256))
        return {};
    const QStringList found =
        QDir(m_root).entryList({sha256, sha256 + u".*"_s}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    return found.isEmpty() ? QString() : QDir(m_root).filePath(found.first());
}

void AttachmentStash::prune(int maxAgeDays, const QSet<QString>& keep, QObject* context,
                            std::function<void(int)> done) const
{
    const AttachmentStash stash = *this;
    runInBackground<int>(
        context, [stash, maxAgeDays, keep] { return stash.pruneNow(maxAgeDays, keep); },
        [done = std::move(done)](const int& removed) {
            if (done)
                done(removed);
        });
}

int AttachmentStash::pruneNow(int maxAgeDays, const QSet<QString>& keep) const
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-maxAgeDays);
    const QDir root(m_root);
    int removed = 0;
    const QFileInfoList files = root.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& file : files) {
        const QString sha = file.fileName().section(u'.', 0, 0);
        if (!isDigest(sha) || keep.contains(sha) || file.lastModified().toUTC() >= cutoff)
            continue;
        if (QFile::remove(file.filePath())) {
            QDir(root.filePath(u"named/"_s + sha)).removeRecursively();
            ++removed;
        }
    }
    // Leftovers of conversions that never finished; a day old at least, so none still running.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList scratch = QDir(scratchPath()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : scratch) {
        if (entry.lastModified().toUTC() < dayAgo)
            entry.isDir() ? void(QDir(entry.filePath()).removeRecursively()) : void(QFile::remove(entry.filePath()));
    }
    return removed;
}

} // namespace CaseDesk

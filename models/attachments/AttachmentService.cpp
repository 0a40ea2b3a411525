#include "models/attachments/AttachmentService.h"

#include "models/api/ApiClient.h"
#include "models/attachments/Background.h"
#include "models/attachments/DownloadMark.h"
#include "models/core/Logging.h"
#include "models/core/NumberConversion.h"
#include "models/core/OutsideText.h"
#include "models/core/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeType>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Names come from the server: they must never leave the cache folder, hide as dot files, or show another
// extension than the one the desktop will act on.
QString safeComponent(const QString& text)
{
    QString name = OutsideText::name(text);
    for (QChar& c : name) {
        if (u"/\\:*?\"<>|"_s.contains(c))
            c = u'_';
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' ')) // Windows drops them, and with them the extension
        name.chop(1);
    return name.isEmpty() ? u"attachment"_s : OutsideText::shortened(name, 150);
}

void mark(const QString& path, const QUrl& origin)
{
    QString problem;
    if (!DownloadMark::apply(path, origin, &problem))
        qCInfo(lcApi).noquote() << "download not marked as from" << origin.host() << ":" << problem;
}

// Keeps the download at `staging` as `cached` when it is the attachment: `size` bytes (when known) with the
// SHA-256 `sha256` (when known). Otherwise deletes it and says why.
QString keepDownload(const QString& staging, const QString& cached, std::optional<qint64> size, const QString& sha256,
                     const QUrl& origin)
{
    const qint64 actual = QFileInfo(staging).size();
    QString problem;
    if (size && actual != *size) {
        problem = AttachmentService::tr("The server sent %L1 bytes, but the attachment has %L2. The download was "
                                        "deleted.")
                      .arg(actual)
                      .arg(*size);
    } else if (!sha256.isEmpty()) {
        QFile file(staging);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            problem = AttachmentService::tr("The download cannot be read back: %1").arg(file.errorString());
        else if (QString::fromLatin1(hash.result().toHex()) != sha256.toLower())
            problem = AttachmentService::tr("Its content is not the file that was uploaded (the SHA-256 differs). "
                                            "The download was deleted.");
    }
    if (!problem.isEmpty()) {
        QFile::remove(staging);
        return problem;
    }
    QFile::remove(cached);
    if (!QFile::rename(staging, cached)) {
        QFile::remove(staging);
        return AttachmentService::tr("The download cannot be kept as %1.").arg(cached);
    }
    mark(cached, origin);
    return {};
}

// The SHA-256 a stashed upload is filed under: <stash>/named/<sha256>/<name>.
QString stashedDigest(const AttachmentStash& stash, const QString& path)
{
    static const QRegularExpression digest(u"^[0-9a-f]{64}$"_s);
    const QFileInfo file(path);
    const QString folder = file.dir().dirName();
    const bool inStash = QDir::cleanPath(file.dir().absolutePath())
                         == QDir::cleanPath(QDir(stash.root()).absoluteFilePath(u"named/"_s + folder));
    return inStash && digest.match(folder).hasMatch() ? folder : QString();
}

// The server's attachmentSize is a JSON number: a size only when it is a whole number of bytes, 0 or more.
std::optional<qint64> sizeOf(double attachmentSize)
{
    const std::optional<qint64> size = NumberConversion::exactInteger(attachmentSize);
    return size && *size >= 0 ? size : std::nullopt;
}

QString copyFile(const QString& from, const QString& to)
{
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return {};
    QFile::remove(to + u".part"_s);
    QFile source(from);
    if (!source.copy(to + u".part"_s)) // the copy takes the cached file's mode, 0600
        return source.errorString();
    QFile::remove(to);
    if (!QFile::rename(to + u".part"_s, to)) {
        QFile::remove(to + u".part"_s);
        return AttachmentService::tr("cannot write %1").arg(to);
    }
    return {};
}
} // namespace

AttachmentService::AttachmentService(ApiClient* client, const AttachmentStash& stash, const QString& cacheRoot,
                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_stash(stash)
    , m_cacheRoot(cacheRoot)
    , m_policy(AttachmentPolicy::bundled())
{}

QString AttachmentService::defaultCacheRoot(const QString& environment)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(environment.isEmpty() ? u"attachments"_s : environment + u"/attachments"_s);
}

Transfer* AttachmentService::upload(const QString& path, QObject* context, ApiCallback<AttachmentInfo> callback)
{
    if (!m_client) {
        QTimer::singleShot(0, context, [callback] {
            ApiResult<AttachmentInfo> result;
            result.error = ApiError::make(ApiError::Kind::Offline, tr("No connection has been set up."));
            callback(result);
        });
        return nullptr;
    }
    const QPointer<AttachmentService> self(this);
    const QString digest = stashedDigest(m_stash, path);
    return m_client->uploadAttachment(path, context, [self, digest, callback](const ApiResult<AttachmentInfo>& result) {
        if (self && result.ok() && result.value->attachmentSize)
            self->remember(result.value->attachmentId, sizeOf(*result.value->attachmentSize));
        if (self && result.ok() && !digest.isEmpty()) // what comes back under this id must be this file
            self->m_hashes.insert(result.value->attachmentId, digest);
        callback(result);
    });
}

void AttachmentService::discard(const QString& attachmentId, QObject* context, std::function<void(bool gone)> done)
{
    auto finish = [guard = QPointer<QObject>(context), tied = context != nullptr, done](bool gone) {
        if (done && (!tied || guard))
            done(gone);
    };
    if (!m_client || attachmentId.isEmpty())
        return finish(false);
    deleteOnce(attachmentId, 0, finish);
}

void AttachmentService::deleteOnce(const QString& attachmentId, int attempt, const std::function<void(bool)>& finish)
{
    m_client->deleteAttachment(attachmentId, this, [this, attachmentId, attempt, finish](const ApiResult<bool>& r) {
        if (r.ok() || r.error.kind == ApiError::Kind::NotFound)
            return finish(true);
        if (!r.error.isTransient() || attempt + 1 >= kDiscardAttempts) {
            qCWarning(lcApi) << "attachment" << attachmentId << "left to expire:" << r.error.kind;
            return finish(false);
        }
        // Before deleting again, ask whether the first one was carried out (a gateway may have acted, then
        // answered 502): a 404 for it means it is gone.
        QTimer::singleShot(kDiscardRetryMs << attempt, this, [this, attachmentId, attempt, finish] {
            m_client->attachmentInfo(attachmentId, this,
                                     [this, attachmentId, attempt, finish](const ApiResult<AttachmentInfo>& info) {
                                         if (info.error.kind == ApiError::Kind::NotFound)
                                             return finish(true);
                                         if (!info.ok())
                                             return finish(false);
                                         deleteOnce(attachmentId, attempt + 1, finish);
                                     });
        });
    });
}

QString AttachmentService::cachePath(const QString& caseNumber, const AttachmentRef& attachment) const
{
    return QDir(m_cacheRoot)
        .filePath(safeComponent(caseNumber) + u'/' + safeComponent(attachment.id) + u'-'
                  + safeComponent(attachment.name));
}

QString AttachmentService::fileNameFor(const QString& name)
{
    return safeComponent(name);
}

bool AttachmentService::isCached(const QString& caseNumber, const AttachmentRef& attachment) const
{
    const QFileInfo cached(cachePath(caseNumber, attachment));
    return cached.isFile() && cached.size() > 0;
}

Transfer* AttachmentService::fetch(const QString& caseNumber, const AttachmentRef& attachment,
                                   const QString& destination, QObject* context, ApiCallback<QString> callback)
{
    const QString cached = cachePath(caseNumber, attachment);
    const QUrl origin = m_client ? m_client->endpoint().baseUrl : QUrl();
    auto deliverCopy = [context, cached, destination, origin, callback] {
        if (destination == cached) {
            ApiResult<QString> result;
            result.value = destination;
            return callback(result);
        }
        runInBackground<QString>(
            context,
            [cached, destination, origin] {
                const QString problem = copyFile(cached, destination);
                if (problem.isEmpty())
                    mark(destination, origin); // a copy saved elsewhere comes from the server too
                return problem;
            },
            [destination, callback](const QString& problem) {
                ApiResult<QString> result;
                if (problem.isEmpty())
                    result.value = destination;
                else
                    result.error = ApiError::make(ApiError::Kind::Local, problem);
                callback(result);
            });
    };
    if (isCached(caseNumber, attachment)) {
        // Attachments never change under their id: the cached copy is the attachment.
        QTimer::singleShot(0, context, deliverCopy);
        return nullptr;
    }
    // The cache root too, not only the folders made below it: one an older version made may be 0755.
    const bool folderMade = (m_cacheRoot.isEmpty() || PrivateFiles::makeFolder(m_cacheRoot))
                            && PrivateFiles::makeFolder(QFileInfo(cached).path());
    if (!m_client || !folderMade) {
        QTimer::singleShot(0, context, [callback, cached, hasClient = bool(m_client)] {
            ApiResult<QString> result;
            result.error = hasClient ? ApiError::make(ApiError::Kind::Local, tr("cannot create %1").arg(cached))
                                     : ApiError::make(ApiError::Kind::Offline, tr("No connection has been set up."));
            callback(result);
        });
        return nullptr;
    }
    // Downloaded beside the cache and kept there only once it proves to be the attachment.
    const QString staging = cached + u".download"_s;
    QFile::remove(staging);
    const QPointer<AttachmentService> self(this);
    const std::optional<qint64> size = knownSize(attachment.id);
    const QString sha256 = m_hashes.value(attachment.id);
    return m_client->downloadAttachment(
        caseNumber, attachment.id, staging, m_policy.maxDownloadBytes(), context,
        [self, context, id = attachment.id, staging, cached, size, sha256, origin, deliverCopy,
         callback](const ApiResult<QString>& result) {
            if (!result.ok()) {
                QFile::remove(staging);
                return callback(result);
            }
            runInBackground<QString>(
                context,
                [staging, cached, size, sha256, origin] { return keepDownload(staging, cached, size, sha256, origin); },
                [self, id, cached, deliverCopy, callback](const QString& problem) {
                    if (!problem.isEmpty()) {
                        ApiResult<QString> refused;
                        refused.error = ApiError::badPayload(problem);
                        return callback(refused);
                    }
                    PrivateFiles::restrictFile(cached); // written by QSaveFile, with the process's umask
                    if (self)
                        self->remember(id, QFileInfo(cached).size());
                    deliverCopy();
                });
        });
}

void AttachmentService::checkOpening(const QString& path, const AttachmentRef& attachment, QObject* context,
                                     std::function<void(const AttachmentOpenCheck&)> done) const
{
    const AttachmentPolicy policy = m_policy;
    runInBackground<AttachmentOpenCheck>(
        context,
        [path, policy, name = attachment.name] {
            AttachmentOpenCheck check = policy.openCheck(name, AttachmentPolicy::contentTypeOf(path));
            // The desktop goes by the file's own name: it must end as the name that was judged.
            const QString judged = QFileInfo(OutsideText::name(name)).suffix();
            if (check.mayOpen && QFileInfo(path).suffix().compare(judged, Qt::CaseInsensitive) != 0) {
                check.mayOpen = false;
                check.message = AttachmentService::tr("“%1” was not opened: its file name changed on the way to "
                                                      "disk.")
                                    .arg(OutsideText::name(name));
            }
            return check;
        },
        std::move(done));
}

std::optional<qint64> AttachmentService::knownSize(const QString& attachmentId) const
{
    return m_sizes.value(attachmentId);
}

void AttachmentService::lookUpSize(const QString& attachmentId, QObject* context,
                                   std::function<void(std::optional<qint64>)> callback)
{
    if (m_sizes.contains(attachmentId) || !m_client) {
        QTimer::singleShot(0, context, [callback, size = m_sizes.value(attachmentId)] { callback(size); });
        return;
    }
    const QPointer<AttachmentService> self(this);
    m_client->attachmentInfo(attachmentId, context,
                             [self, attachmentId, callback](const ApiResult<AttachmentInfo>& result) {
                                 std::optional<qint64> size;
                                 if (result.ok() && result.value->attachmentSize)
                                     size = sizeOf(*result.value->attachmentSize);
                                 // Only a clear answer is remembered; a network failure may be asked again.
                                 if (self
                                     && (result.ok() || result.error.kind == ApiError::Kind::Forbidden
                                         || result.error.kind == ApiError::Kind::NotFound))
                                     self->remember(attachmentId, size);
                                 callback(size);
                             });
}

void AttachmentService::remember(const QString& attachmentId, std::optional<qint64> size)
{
    if (!size && m_sizes.value(attachmentId))
        return; // never forget a size we knew
    m_sizes.insert(attachmentId, size);
}

} // namespace CaseDesk

#include "models/attachments/AttachmentService.h"

#include "models/api/ApiClient.h"
#include "models/attachments/Background.h"
#include "models/core/NumberConversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Names come from the server: they must never leave the cache folder or hide as dot files.
QString safeComponent(QString name)
{
    for (QChar& c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.isEmpty() ? u"attachment"_s : name.left(150);
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
    if (!source.copy(to + u".part"_s))
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
    return m_client->uploadAttachment(path, context, [self, callback](const ApiResult<AttachmentInfo>& result) {
        if (self && result.ok() && result.value->attachmentSize)
            self->remember(result.value->attachmentId, sizeOf(*result.value->attachmentSize));
        callback(result);
    });
}

void AttachmentService::discard(const QString& attachmentId)
{
    if (m_client && !attachmentId.isEmpty())
        m_client->deleteAttachment(attachmentId, this, [](const ApiResult<bool>&) {});
}

QString AttachmentService::cachePath(const QString& caseNumber, const AttachmentRef& attachment) const
{
    return QDir(m_cacheRoot)
        .filePath(safeComponent(caseNumber) + u'/' + safeComponent(attachment.id) + u'-'
                  + safeComponent(attachment.name));
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
    auto deliverCopy = [context, cached, destination, callback] {
        if (destination == cached) {
            ApiResult<QString> result;
            result.value = destination;
            return callback(result);
        }
        runInBackground<QString>(
            context, [cached, destination] { return copyFile(cached, destination); },
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
    if (!m_client || !QDir().mkpath(QFileInfo(cached).path())) {
        QTimer::singleShot(0, context, [callback, cached, hasClient = bool(m_client)] {
            ApiResult<QString> result;
            result.error = hasClient ? ApiError::make(ApiError::Kind::Local, tr("cannot create %1").arg(cached))
                                     : ApiError::make(ApiError::Kind::Offline, tr("No connection has been set up."));
            callback(result);
        });
        return nullptr;
    }
    const QPointer<AttachmentService> self(this);
    return m_client->downloadAttachment(
        caseNumber, attachment.id, cached, context,
        [self, id = attachment.id, cached, deliverCopy, callback](const ApiResult<QString>& result) {
            if (!result.ok())
                return callback(result);
            if (self)
                self->remember(id, QFileInfo(cached).size());
            deliverCopy();
        });
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

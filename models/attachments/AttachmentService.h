#pragma once

#include "models/api/ApiResult.h"
#include "models/attachments/AttachmentOpenCheck.h"
#include "models/attachments/AttachmentPolicy.h"
#include "models/attachments/AttachmentStash.h"
#include "models/domain/AttachmentInfo.h"
#include "models/domain/AttachmentRef.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CaseDesk
{

class ApiClient;
class Transfer;

/*
 * Everything attachment lists and case panels need from the outside world, in one object the composition
 * root builds per environment and hands to widgets: the API client (uploads, downloads, deletes), the stash
 * (copies of added files), the cache of downloaded attachments, and the policy. Widgets never see the
 * network; tests pass their own folders.
 *
 * A download is kept in the cache only when its size (and SHA-256, for files uploaded from here) is the
 * attachment's; it is then marked as coming from the server (DownloadMark). Whether it may be opened is
 * judged by what its bytes are, never by its name alone (checkOpening()).
 *
 *     auto* attachments = new AttachmentService(client, AttachmentStash(AttachmentStash::defaultRoot(env)),
 *                                               AttachmentService::defaultCacheRoot(env), this);
 *     caseView->setAttachmentService(attachments);
 */
class AttachmentService : public QObject
{
    Q_OBJECT

public:
    AttachmentService(ApiClient* client, const AttachmentStash& stash, const QString& cacheRoot,
                      QObject* parent = nullptr);

    // CacheLocation/<environment>/attachments: per environment, like the stash, since case numbers and
    // attachment ids of a sandbox may also exist in production. CacheLocation/attachments without one.
    static QString defaultCacheRoot(const QString& environment = {});

    const AttachmentStash& stash() const { return m_stash; }
    QString cacheRoot() const { return m_cacheRoot; }
    const AttachmentPolicy& policy() const { return m_policy; }
    void setPolicy(const AttachmentPolicy& policy) { m_policy = policy; }

    // Streams a file to the Attachments API; see ApiClient::uploadAttachment.
    Transfer* upload(const QString& path, QObject* context, ApiCallback<AttachmentInfo> callback);
    // Deletes an upload nobody will refer to (removed from a list before sending), in the background. An
    // answer that does not say it was done or refused (a 5xx, a drop) is followed by asking the server
    // whether the attachment is still there before deleting again; a few tries at most, then it is left to
    // expire (ids are the uploader's own, and expire after 40 days). `done` (optional) gets whether it is gone.
    void discard(const QString& attachmentId, QObject* context = nullptr, std::function<void(bool gone)> done = {});

    // Where an attachment of a case is kept once downloaded: <cacheRoot>/<case>/<id>-<name>.
    QString cachePath(const QString& caseNumber, const AttachmentRef& attachment) const;
    // The attachment's name as a file name: without bidi or other disguising characters, controls, path or
    // Windows-reserved characters and leading dots, at most 150 characters with the real extension kept.
    static QString fileNameFor(const QString& name);
    bool isCached(const QString& caseNumber, const AttachmentRef& attachment) const;
    // Puts the attachment in the cache (downloading it unless it is there already) and, when `destination`
    // is not the cache, copies it there too. `callback` gets the destination path. Returns the download for
    // progress and cancel, or nullptr when no download was needed. A download whose size or hash is not the
    // attachment's fails (BadPayload, the reason in technicalDetails) and leaves nothing behind.
    Transfer* fetch(const QString& caseNumber, const AttachmentRef& attachment, const QString& destination,
                    QObject* context, ApiCallback<QString> callback);
    // Reads what the downloaded file at `path` really is (off the UI thread) and says whether the desktop
    // may open it (AttachmentPolicy::openCheck), naming it by the attachment's name.
    void checkOpening(const QString& path, const AttachmentRef& attachment, QObject* context,
                      std::function<void(const AttachmentOpenCheck&)> done) const;

    // The size of an attachment when known: from an upload of ours, a download, or the API's metadata (which
    // answers only for attachments this client uploaded). `callback` gets nothing when it cannot be known.
    std::optional<qint64> knownSize(const QString& attachmentId) const;
    void lookUpSize(const QString& attachmentId, QObject* context, std::function<void(std::optional<qint64>)> callback);

private:
    static constexpr int kDiscardAttempts = 3;
    static constexpr int kDiscardRetryMs = 500;
    void deleteOnce(const QString& attachmentId, int attempt, const std::function<void(bool)>& finish);

    void remember(const QString& attachmentId, std::optional<qint64> size);

    QPointer<ApiClient> m_client;
    AttachmentStash m_stash;
    QString m_cacheRoot;
    AttachmentPolicy m_policy;
    QHash<QString, std::optional<qint64>> m_sizes; // also remembers "not knowable", so we ask once
    QHash<QString, QString> m_hashes;              // attachment id -> SHA-256 (hex) of the file we uploaded
};

} // namespace CaseDesk

#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>

class QObject;

namespace CaseDesk
{

// A file copied into the stash, or why it could not be.
struct StashedFile
{
    QString error;     // translated, names the file; empty on success
    QString sha256;    // hex digest of the content: the stash key
    QString blobPath;  // <root>/<sha256>.<ext>: the content, shared by every draft and list that adds it
    QString namedPath; // <root>/named/<sha256>/<name>: the same bytes under the name to upload them as
    qint64 size = 0;

    bool ok() const { return error.isEmpty(); }
};

/*
 * A content-addressed copy of every attached file, in the app's data folder per environment
 * (AppLocalDataLocation/<environment>/attachments). Attachment ids expire after 40 days and originals move or
 * change, so drafts and unsent notes refer to these copies by hash; uploads stream from them.
 *
 * add() copies and hashes in one pass on a worker thread and calls back on the context's thread:
 *
 *     AttachmentStash stash(AttachmentStash::defaultRoot(u"local-sandbox"_s));
 *     stash.add(path, u"rack.png"_s, this, [this](const StashedFile& file) { upload(file.namedPath); });
 *
 * The same content added twice is stored once. prune() removes copies nobody refers to any more.
 */
class AttachmentStash
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStash)

public:
    using Callback = std::function<void(const StashedFile&)>;

    explicit AttachmentStash(const QString& root);

    static QString defaultRoot(const QString& environment);
    QString root() const { return m_root; }
    // A scratch folder inside the stash (same disk, so files made there are cheap to add).
    QString scratchPath() const;

    // Copies `sourcePath` in under `name` on a worker; `done` runs on `context`'s thread unless it is gone.
    void add(const QString& sourcePath, const QString& name, QObject* context, Callback done) const;
    // The same, blocking: for workers and tests.
    StashedFile addNow(const QString& sourcePath, const QString& name) const;
    // The stashed content for a hash, if present (any extension).
    QString blobFor(const QString& sha256) const;

    // Removes copies not used for `maxAgeDays` days whose hash is not in `keep`; `done` gets how many went.
    void prune(int maxAgeDays, const QSet<QString>& keep, QObject* context, std::function<void(int)> done) const;
    int pruneNow(int maxAgeDays, const QSet<QString>& keep) const;

private:
    QString m_root;
};

} // namespace CaseDesk

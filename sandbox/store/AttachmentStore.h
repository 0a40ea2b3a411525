#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sandbox
{

class SandboxDatabase;

// An uploaded file: AttachmentInfo metadata plus, when asked for, its bytes.
struct StoredAttachment
{
    QString id;
    QString name;
    QString type; // extension, lower case
    qint64 size = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString createdBy;
    QString purpose;
    bool deleted = false;
    QByteArray data;

    // The attachmentsv1 AttachmentInfo answer; its keys are spelled here only.
    QJsonObject toJson() const;
};

// Uploaded files in the sandbox database.
class AttachmentStore
{
public:
    explicit AttachmentStore(SandboxDatabase& database);

    bool insert(const StoredAttachment& attachment);
    std::optional<StoredAttachment> find(const QString& id, bool withData = false) const;
    // Marks it deleted; drops the bytes unless a case still refers to it.
    bool markDeleted(const QString& id, bool keepData, qint64 atMs);

private:
    SandboxDatabase& m_database;
};

} // namespace Sandbox

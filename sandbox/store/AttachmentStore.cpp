#include "sandbox/store/AttachmentStore.h"

#include "sandbox/core/SandboxTime.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace Sandbox
{

using namespace Qt::StringLiterals;

QJsonObject StoredAttachment::toJson() const
{
    return QJsonObject{
        {u"attachmentId"_s, id},
        {u"attachmentName"_s, name},
        {u"attachmentType"_s, type},
        {u"attachmentSize"_s, double(size)},
        {u"createdDate"_s, SandboxTime::toIso(createdMs)},
        {u"createdBy"_s, createdBy},
        {u"lastUpdatedDate"_s, SandboxTime::toIso(updatedMs)},
    };
}

AttachmentStore::AttachmentStore(SandboxDatabase& database)
    : m_database(database)
{}

bool AttachmentStore::insert(const StoredAttachment& attachment)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO attachments (id, name, type, size, created_ms, updated_ms, created_by, purpose,"
                  " deleted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"_s);
    query.addBindValue(attachment.id);
    query.addBindValue(attachment.name);
    query.addBindValue(attachment.type);
    query.addBindValue(attachment.size);
    query.addBindValue(attachment.createdMs);
    query.addBindValue(attachment.updatedMs);
    query.addBindValue(attachment.createdBy);
    query.addBindValue(attachment.purpose.isEmpty() ? QVariant() : QVariant(attachment.purpose));
    query.addBindValue(attachment.data);
    return SandboxDatabase::run(query);
}

std::optional<StoredAttachment> AttachmentStore::find(const QString& id, bool withData) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, name, type, size, created_ms, updated_ms, created_by, purpose, deleted"_s
                  + (withData ? u", data"_s : QString()) + u" FROM attachments WHERE id = ?"_s);
    query.addBindValue(id);
    if (!SandboxDatabase::run(query) || !query.next())
        return std::nullopt;
    StoredAttachment attachment;
    attachment.id = query.value(0).toString();
    attachment.name = query.value(1).toString();
    attachment.type = query.value(2).toString();
    attachment.size = query.value(3).toLongLong();
    attachment.createdMs = query.value(4).toLongLong();
    attachment.updatedMs = query.value(5).toLongLong();
    attachment.createdBy = query.value(6).toString();
    attachment.purpose = query.value(7).toString();
    attachment.deleted = query.value(8).toInt() != 0;
    if (withData)
        attachment.data = query.value(9).toByteArray();
    return attachment;
}

bool AttachmentStore::markDeleted(const QString& id, bool keepData, qint64 atMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(keepData ? u"UPDATE attachments SET deleted = 1, updated_ms = ? WHERE id = ?"_s
                           : u"UPDATE attachments SET deleted = 1, updated_ms = ?, data = NULL WHERE id = ?"_s);
    query.addBindValue(atMs);
    query.addBindValue(id);
    return SandboxDatabase::run(query);
}

} // namespace Sandbox

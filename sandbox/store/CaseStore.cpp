#include "sandbox/store/CaseStore.h"

#include "sandbox/store/SandboxDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

CaseStore::CaseStore(SandboxDatabase& database)
    : m_database(database)
{}

CaseStore::~CaseStore() = default;

QSqlQuery& CaseStore::prepared(std::unique_ptr<QSqlQuery>& slot, const QString& sql) const
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_database.connection());
        slot->setForwardOnly(true);
        slot->prepare(sql);
    }
    return *slot;
}

bool CaseStore::insert(const CaseRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO cases (case_number, order_number, case_id, code, trouble, status, ibx,"
                  " customer_reference, contact_last_names, ordering_contact, purchase_orders, account_number,"
                  " account_name, channel, created_ms, updated_ms, created_by, updated_by, request, presentation)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.caseNumber);
    query.addBindValue(record.orderNumber.isEmpty() ? QVariant() : QVariant(record.orderNumber));
    query.addBindValue(record.caseId);
    query.addBindValue(record.code);
    query.addBindValue(record.isTrouble() ? 1 : 0);
    query.addBindValue(record.status);
    query.addBindValue(record.ibx);
    query.addBindValue(record.customerReference);
    query.addBindValue(record.contactLastNames().join(u'\n').toLower());
    query.addBindValue(record.orderingContactLastName().toLower());
    query.addBindValue(record.presentation.purchaseOrders.join(u'\n').toLower());
    query.addBindValue(record.accountNumber);
    query.addBindValue(record.accountName);
    query.addBindValue(record.channel);
    query.addBindValue(record.createdMs);
    query.addBindValue(record.updatedMs);
    query.addBindValue(record.createdBy);
    query.addBindValue(record.updatedBy);
    query.addBindValue(toText(record.request));
    query.addBindValue(toText(record.presentation.toStorage()));
    if (!SandboxDatabase::run(query))
        return false;
    QSqlQuery history(m_database.connection());
    history.prepare(u"INSERT INTO status_history (case_number, seq, status, created_ms) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < record.history.size(); ++i) {
        history.addBindValue(record.caseNumber);
        history.addBindValue(i);
        history.addBindValue(record.history.at(i).status);
        history.addBindValue(record.history.at(i).atMs);
        if (!SandboxDatabase::run(history))
            return false;
    }
    for (const CaseNoteRecord& note : record.notes) {
        if (!addNote(note, {}, record.updatedMs, record.updatedBy, false))
            return false;
    }
    return insertAttachmentRefs(record.caseNumber, record.attachments);
}

bool CaseStore::insertAttachmentRefs(const QString& caseNumber, const QList<CaseAttachmentRef>& attachments)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO case_attachments (case_number, attachment_id, name, source, note_id, seq)"
                  " VALUES (?, ?, ?, ?, ?, (SELECT COUNT(*) FROM case_attachments WHERE case_number = ?))"_s);
    for (const CaseAttachmentRef& attachment : attachments) {
        query.addBindValue(caseNumber);
        query.addBindValue(attachment.id);
        query.addBindValue(attachment.name);
        query.addBindValue(attachment.source);
        query.addBindValue(attachment.noteId.isEmpty() ? QVariant() : QVariant(attachment.noteId));
        query.addBindValue(caseNumber);
        if (!SandboxDatabase::run(query))
            return false;
    }
    return true;
}

std::optional<CaseRecord> CaseStore::find(const QString& id) const
{
    QSqlQuery& query =
        prepared(m_findCase, u"SELECT case_number, order_number, case_id, code, status, ibx, customer_reference,"
                             " account_number, account_name, channel, created_ms, updated_ms, created_by, updated_by,"
                             " request, presentation, customer_replied, ticks_in_status FROM cases"
                             " WHERE case_number = ? OR order_number = ? OR case_id = ? LIMIT 1"_s);
    for (int i = 0; i < 3; ++i)
        query.bindValue(i, id);
    if (!SandboxDatabase::run(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    CaseRecord record;
    record.caseNumber = query.value(0).toString();
    record.orderNumber = query.value(1).toString();
    record.caseId = query.value(2).toString();
    record.code = query.value(3).toString();
    record.status = query.value(4).toString();
    record.ibx = query.value(5).toString();
    record.customerReference = query.value(6).toString();
    record.accountNumber = query.value(7).toString();
    record.accountName = query.value(8).toString();
    record.channel = query.value(9).toString();
    record.createdMs = query.value(10).toLongLong();
    record.updatedMs = query.value(11).toLongLong();
    record.createdBy = query.value(12).toString();
    record.updatedBy = query.value(13).toString();
    record.request = QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object();
    record.presentation =
        CasePresentation::fromStorage(QJsonDocument::fromJson(query.value(15).toString().toUtf8()).object());
    record.customerReplied = query.value(16).toInt() != 0;
    record.ticksInStatus = query.value(17).toInt();
    query.finish(); // ends the statement's read, so a kept statement holds no snapshot between GETs
    loadChildren(record);
    return record;
}

void CaseStore::loadChildren(CaseRecord& record) const
{
    QSqlQuery& history =
        prepared(m_findHistory, u"SELECT status, created_ms FROM status_history WHERE case_number = ? ORDER BY seq"_s);
    history.bindValue(0, record.caseNumber);
    if (SandboxDatabase::run(history)) {
        while (history.next())
            record.history.append(StatusChange{history.value(0).toString(), history.value(1).toLongLong()});
    }
    history.finish();
    QSqlQuery& notes =
        prepared(m_findNotes, u"SELECT id, created_ms, visible_ms, text, type, visibility, attachments, author"
                              " FROM notes WHERE case_number = ? ORDER BY created_ms, id"_s);
    notes.bindValue(0, record.caseNumber);
    if (SandboxDatabase::run(notes)) {
        while (notes.next()) {
            CaseNoteRecord note;
            note.id = notes.value(0).toString();
            note.caseNumber = record.caseNumber;
            note.createdMs = notes.value(1).toLongLong();
            note.visibleMs = notes.value(2).toLongLong();
            note.text = notes.value(3).toString();
            note.type = notes.value(4).toString();
            note.visibility = notes.value(5).toString();
            note.attachments = QJsonDocument::fromJson(notes.value(6).toString().toUtf8()).array();
            note.author = notes.value(7).toString();
            record.notes.append(note);
        }
    }
    notes.finish();
    QSqlQuery& attachments = prepared(m_findAttachments, u"SELECT attachment_id, name, source, note_id"
                                                         " FROM case_attachments WHERE case_number = ? ORDER BY seq"_s);
    attachments.bindValue(0, record.caseNumber);
    if (SandboxDatabase::run(attachments)) {
        while (attachments.next()) {
            record.attachments.append(
                CaseAttachmentRef{attachments.value(0).toString(), attachments.value(1).toString(),
                                  attachments.value(2).toString(), attachments.value(3).toString()});
        }
    }
    attachments.finish();
}

qint64 CaseStore::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM cases"_s);
    return SandboxDatabase::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList CaseStore::openCaseNumbers() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT case_number FROM cases WHERE status IN (?, ?, ?, ?) ORDER BY created_ms"_s);
    for (const QString& status :
         {CaseStatus::Submitted, CaseStatus::InProgress, CaseStatus::ActionRequired, CaseStatus::Resolved})
        query.addBindValue(status);
    QStringList numbers;
    if (SandboxDatabase::run(query)) {
        while (query.next())
            numbers.append(query.value(0).toString());
    }
    return numbers;
}

bool CaseStore::changeStatus(const QString& caseNumber, const QString& status, qint64 atMs, const QString& updatedBy)
{
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE cases SET status = ?, updated_ms = ?, updated_by = ?, ticks_in_status = 0,"
                   " customer_replied = 0 WHERE case_number = ?"_s);
    update.addBindValue(status);
    update.addBindValue(atMs);
    update.addBindValue(updatedBy);
    update.addBindValue(caseNumber);
    if (!SandboxDatabase::run(update))
        return false;
    QSqlQuery history(m_database.connection());
    history.prepare(u"INSERT INTO status_history (case_number, seq, status, created_ms) VALUES (?,"
                    " (SELECT COUNT(*) FROM status_history WHERE case_number = ?), ?, ?)"_s);
    history.addBindValue(caseNumber);
    history.addBindValue(caseNumber);
    history.addBindValue(status);
    history.addBindValue(atMs);
    return SandboxDatabase::run(history);
}

bool CaseStore::addNote(const CaseNoteRecord& note, const QList<CaseAttachmentRef>& attachments, qint64 atMs,
                        const QString& updatedBy, bool fromCustomer)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO notes (id, case_number, created_ms, visible_ms, text, type, visibility,"
                  " attachments, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(note.id);
    query.addBindValue(note.caseNumber);
    query.addBindValue(note.createdMs);
    query.addBindValue(note.visibleMs);
    query.addBindValue(note.text);
    query.addBindValue(note.type);
    query.addBindValue(note.visibility);
    query.addBindValue(toText(note.attachments));
    query.addBindValue(note.author);
    if (!SandboxDatabase::run(query))
        return false;
    QSqlQuery touch(m_database.connection());
    touch.prepare(u"UPDATE cases SET updated_ms = MAX(updated_ms, ?), updated_by = ?,"
                  " customer_replied = CASE WHEN ? AND status = ? THEN 1 ELSE customer_replied END"
                  " WHERE case_number = ?"_s);
    touch.addBindValue(atMs);
    touch.addBindValue(updatedBy);
    touch.addBindValue(fromCustomer ? 1 : 0);
    touch.addBindValue(CaseStatus::ActionRequired);
    touch.addBindValue(note.caseNumber);
    return SandboxDatabase::run(touch) && insertAttachmentRefs(note.caseNumber, attachments);
}

bool CaseStore::setTicksInStatus(const QString& caseNumber, int ticks)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE cases SET ticks_in_status = ? WHERE case_number = ?"_s);
    query.addBindValue(ticks);
    query.addBindValue(caseNumber);
    return SandboxDatabase::run(query);
}

bool CaseStore::hasAttachment(const QString& caseNumber, const QString& attachmentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM case_attachments WHERE case_number = ? AND attachment_id = ?"_s);
    query.addBindValue(caseNumber);
    query.addBindValue(attachmentId);
    return SandboxDatabase::run(query) && query.next();
}

bool CaseStore::isAttachmentReferenced(const QString& attachmentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM case_attachments WHERE attachment_id = ? LIMIT 1"_s);
    query.addBindValue(attachmentId);
    return SandboxDatabase::run(query) && query.next();
}

CaseStore::SearchResult CaseStore::search(const Search& search) const
{
    SearchResult result;
    if (search.matchNothing)
        return result;
    QStringList where{u"created_ms >= ?"_s};
    QVariantList binds{search.sinceMs};
    if (search.untilMs > 0) {
        where.append(u"created_ms <= ?"_s);
        binds.append(search.untilMs);
    }
    if (search.trouble.has_value()) {
        where.append(u"trouble = ?"_s);
        binds.append(*search.trouble ? 1 : 0);
    }
    const auto addIn = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& value : values) {
            marks.append(u"?"_s);
            binds.append(value);
        }
        where.append(column + u" IN ("_s + marks.join(u", "_s) + u')');
    };
    if (!search.ibxs.isEmpty())
        addIn(u"ibx"_s, search.ibxs);
    if (!search.statuses.isEmpty())
        addIn(u"status"_s, search.statuses);
    if (!search.text.isEmpty() && !search.textColumns.isEmpty()) {
        QStringList matches;
        for (const QString& column : search.textColumns) {
            matches.append(u"lower(COALESCE("_s + column + u", '')) LIKE ? ESCAPE '\\'"_s);
            binds.append(likePattern(search.text));
        }
        where.append(u'(' + matches.join(u" OR "_s) + u')');
    }
    const QString condition = where.join(u" AND "_s);
    QSqlQuery count(m_database.connection());
    count.prepare(u"SELECT COUNT(*) FROM cases WHERE "_s + condition);
    for (const QVariant& bind : std::as_const(binds))
        count.addBindValue(bind);
    if (!SandboxDatabase::run(count) || !count.next())
        return result;
    result.total = count.value(0).toLongLong();

    QStringList order;
    for (const auto& [column, descending] : search.sorts)
        order.append(column + (descending ? u" DESC"_s : u" ASC"_s));
    order.append(u"case_number DESC"_s);
    QSqlQuery page(m_database.connection());
    page.prepare(u"SELECT case_number FROM cases WHERE "_s + condition + u" ORDER BY "_s + order.join(u", "_s)
                 + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant& bind : std::as_const(binds))
        page.addBindValue(bind);
    page.addBindValue(search.limit);
    page.addBindValue(search.offset);
    if (SandboxDatabase::run(page)) {
        while (page.next())
            result.caseNumbers.append(page.value(0).toString());
    }
    return result;
}

} // namespace Sandbox

#pragma once

#include "sandbox/store/CaseRecord.h"

#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Sandbox
{

class SandboxDatabase;

/*
 * Cases, their status history, notes and attachment references in the sandbox database.
 *
 *     CaseStore store(database);
 *     store.insert(record);
 *     std::optional<CaseRecord> found = store.find(u"1-204976070710"_s); // case, order or record id
 */
class CaseStore
{
public:
    explicit CaseStore(SandboxDatabase& database);
    ~CaseStore();

    bool insert(const CaseRecord& record);
    // By case number, order number or record id (CaseId).
    std::optional<CaseRecord> find(const QString& id) const;
    qint64 count() const;
    QStringList openCaseNumbers() const;

    bool changeStatus(const QString& caseNumber, const QString& status, qint64 atMs, const QString& updatedBy);
    // A note from the customer on an ACTION_REQUIRED case lets CaseLifecycle move it back to IN_PROGRESS.
    bool addNote(const CaseNoteRecord& note, const QList<CaseAttachmentRef>& attachments, qint64 atMs,
                 const QString& updatedBy, bool fromCustomer);
    bool setTicksInStatus(const QString& caseNumber, int ticks);
    bool hasAttachment(const QString& caseNumber, const QString& attachmentId) const;
    // Whether any case refers to the attachment (its bytes are then kept after a delete).
    bool isAttachmentReferenced(const QString& attachmentId) const;

    // The order-history search, as SQL over the cases table.
    struct Search
    {
        qint64 sinceMs = 0;
        qint64 untilMs = 0; // 0: no upper bound
        QStringList ibxs;
        std::optional<bool> trouble; // only trouble tickets (true), only cases (false), or both
        bool matchNothing = false;
        QStringList statuses;                  // case statuses; empty: any
        QString text;                          // partial, case-insensitive
        QStringList textColumns;               // columns the text is looked for in (OR)
        QList<std::pair<QString, bool>> sorts; // column, descending
        qint64 offset = 0;
        qint64 limit = 10;
    };
    struct SearchResult
    {
        QStringList caseNumbers;
        qint64 total = 0;
    };
    SearchResult search(const Search& search) const;

private:
    bool insertAttachmentRefs(const QString& caseNumber, const QList<CaseAttachmentRef>& attachments);
    void loadChildren(CaseRecord& record) const;
    // find()'s statements, prepared once on the first call: a GET then parses no SQL.
    QSqlQuery& prepared(std::unique_ptr<QSqlQuery>& slot, const QString& sql) const;

    SandboxDatabase& m_database;
    mutable std::unique_ptr<QSqlQuery> m_findCase;
    mutable std::unique_ptr<QSqlQuery> m_findHistory;
    mutable std::unique_ptr<QSqlQuery> m_findNotes;
    mutable std::unique_ptr<QSqlQuery> m_findAttachments;
};

} // namespace Sandbox

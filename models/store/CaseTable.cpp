#include "models/store/CaseTable.h"

#include "models/store/SqlText.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The summary columns, in the order readSummary() expects them.
const QString kSummaryColumns =
    u"case_number, order_number, code, status, ibx, created_ms, updated_ms, customer_reference, description,"
    " last_seen_ms, last_fetched_ms, source, seen_status, seen_updated_ms, answer IS NOT NULL,"
    " marked_unseen"_s;
constexpr int kAnswerColumn = 16;

CaseSummary readSummary(const QSqlQuery& query)
{
    CaseSummary s;
    s.caseNumber = query.value(0).toString();
    s.orderNumber = query.value(1).toString();
    s.code = query.value(2).toString();
    s.status = query.value(3).toString();
    s.ibx = query.value(4).toString();
    s.createdMs = query.value(5).toLongLong();
    s.updatedMs = query.value(6).toLongLong();
    s.customerReference = query.value(7).toString();
    s.description = query.value(8).toString();
    s.lastSeenMs = query.value(9).toLongLong();
    s.lastFetchedMs = query.value(10).toLongLong();
    s.source = static_cast<CaseSummary::Source>(query.value(11).toInt());
    s.seenStatus = query.value(12).toString();
    s.seenUpdatedMs = query.value(13).toLongLong();
    s.hasFullAnswer = query.value(14).toBool();
    s.markedUnseen = query.value(15).toBool();
    return s;
}
} // namespace

CaseTable::CaseTable(QSqlDatabase& db)
    : m_db(db)
{}

bool CaseTable::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

std::optional<CaseTable::Row> CaseTable::row(const QString& key, bool withAnswer)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kSummaryColumns + (withAnswer ? u", answer"_s : QString())
                  + u" FROM cases WHERE case_number = ?"_s);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Row stored{readSummary(query), {}};
    if (withAnswer)
        stored.answer = query.value(kAnswerColumn).toByteArray();
    return stored;
}

bool CaseTable::write(const CaseSummary& s, const QByteArray* answer, bool exists)
{
    QSqlQuery query(m_db);
    if (exists) {
        query.prepare(u"UPDATE cases SET order_number = ?, code = ?, status = ?, ibx = ?, created_ms = ?,"
                      " updated_ms = ?, customer_reference = ?, description = ?, last_seen_ms = ?,"
                      " last_fetched_ms = ?, source = ?, seen_status = ?, seen_updated_ms = ?, marked_unseen = ?"_s
                      + (answer ? u", answer = ?"_s : QString()) + u" WHERE case_number = ?"_s);
    } else {
        query.prepare(u"INSERT INTO cases (order_number, code, status, ibx, created_ms, updated_ms,"
                      " customer_reference, description, last_seen_ms, last_fetched_ms, source, seen_status,"
                      " seen_updated_ms, marked_unseen, answer, case_number)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    for (const QVariant& value :
         {sqlText(s.orderNumber), sqlText(s.code), sqlText(s.status), sqlText(s.ibx), QVariant(s.createdMs),
          QVariant(s.updatedMs), sqlText(s.customerReference), sqlText(s.description), QVariant(s.lastSeenMs),
          QVariant(s.lastFetchedMs), QVariant(static_cast<int>(s.source)), sqlText(s.seenStatus),
          QVariant(s.seenUpdatedMs), QVariant(s.markedUnseen ? 1 : 0)}) {
        query.addBindValue(value);
    }
    if (answer || !exists)
        query.addBindValue(answer ? QVariant(*answer) : QVariant(QMetaType::fromType<QByteArray>()));
    query.addBindValue(s.caseNumber);
    return exec(query);
}

bool CaseTable::rename(const QString& from, const QString& to)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE cases SET case_number = ? WHERE case_number = ?"_s);
    query.addBindValue(to);
    query.addBindValue(from);
    return exec(query);
}

bool CaseTable::remove(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM cases WHERE case_number = ?"_s);
    query.addBindValue(key);
    return exec(query);
}

bool CaseTable::hasFullAnswerFor(const QString& orderNumber, bool* ok)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM cases WHERE order_number = ? AND answer IS NOT NULL LIMIT 1"_s);
    query.addBindValue(orderNumber);
    *ok = exec(query);
    return *ok && query.next();
}

bool CaseTable::markSeen(const QString& key, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE cases SET last_seen_ms = ?, seen_status = status, seen_updated_ms = updated_ms,"
                  " marked_unseen = 0 WHERE case_number = ?"_s);
    query.addBindValue(nowMs);
    query.addBindValue(key);
    return exec(query);
}

bool CaseTable::markUnseen(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE cases SET marked_unseen = 1 WHERE case_number = ?"_s);
    query.addBindValue(key);
    return exec(query);
}

QList<CaseSummary> CaseTable::summaries()
{
    QList<CaseSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kSummaryColumns + u" FROM cases"_s);
    if (!exec(query))
        return result;
    // Statuses, codes and IBXs repeat over thousands of rows: one shared copy of each (implicit sharing)
    // instead of one per row keeps a large list's memory down.
    QSet<QString> pool;
    const auto intern = [&pool](QString& text) {
        const auto known = pool.constFind(text);
        if (known != pool.constEnd())
            text = *known;
        else
            pool.insert(text);
    };
    while (query.next()) {
        CaseSummary summary = readSummary(query);
        intern(summary.code);
        intern(summary.status);
        intern(summary.ibx);
        intern(summary.seenStatus);
        result.append(std::move(summary));
    }
    return result;
}

QList<CaseSummary> CaseTable::firstSummaries(CaseSummary::IndexedOrder order, int limit)
{
    QString orderBy;
    switch (order) {
    case CaseSummary::IndexedOrder::UpdatedNewest:
        orderBy = u"updated_ms DESC, case_number DESC"_s;
        break;
    case CaseSummary::IndexedOrder::UpdatedOldest:
        orderBy = u"updated_ms ASC, case_number ASC"_s;
        break;
    case CaseSummary::IndexedOrder::CreatedNewest:
        orderBy = u"created_ms DESC, case_number DESC"_s;
        break;
    case CaseSummary::IndexedOrder::CreatedOldest:
        orderBy = u"created_ms ASC, case_number ASC"_s;
        break;
    }
    QList<CaseSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kSummaryColumns + u" FROM cases ORDER BY "_s + orderBy + u" LIMIT ?"_s);
    query.addBindValue(limit);
    if (!exec(query))
        return result;
    while (query.next())
        result.append(readSummary(query));
    return result;
}

QStringList CaseTable::openCaseKeys()
{
    QStringList keys;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT case_number, status FROM cases ORDER BY last_fetched_ms, case_number"_s);
    if (!exec(query))
        return keys;
    // Filtered here with CaseSummary::isOpen(), so "final" is defined in one place (CaseStatus).
    CaseSummary probe;
    while (query.next()) {
        probe.status = query.value(1).toString();
        if (probe.isOpen())
            keys.append(query.value(0).toString());
    }
    return keys;
}

int CaseTable::changedCount()
{
    // Must agree with CaseSummary::changedSinceSeen(); tst_casestore checks that it does.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM cases WHERE marked_unseen <> 0 OR (last_seen_ms > 0 AND answer IS NOT NULL"
                  " AND (status <> seen_status OR updated_ms <> seen_updated_ms))"_s);
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace CaseDesk

#include "models/store/WriteTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Open transactions per connection on this thread (connections belong to one thread).
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> open;
    return open;
}
} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    if (!m_db.isOpen()) {
        m_error = m_db.lastError().text();
        if (m_error.isEmpty())
            m_error = u"the database is not open"_s;
        return;
    }
    int& depth = depths()[m_db.connectionName()];
    m_depth = depth + 1;
    // The store writes one file from one connection now, but a second process may hold it: an immediate
    // transaction waits for the write lock (busy_timeout) instead of failing on a stale read later.
    m_savepoint = u"nested_"_s + QString::number(m_depth);
    m_active = exec(m_depth == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (m_active)
        depth = m_depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = exec(m_depth == 1 ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth - 1;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 1) {
        exec(u"ROLLBACK"_s);
    } else {
        // Undo this level's writes, then drop the savepoint; the outer transaction goes on.
        exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth - 1;
}

} // namespace CaseDesk

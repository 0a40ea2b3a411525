#include "sandbox/store/SandboxDatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS cases ("
    " case_number TEXT PRIMARY KEY, order_number TEXT UNIQUE, case_id TEXT UNIQUE, code TEXT NOT NULL,"
    " trouble INTEGER NOT NULL, status TEXT NOT NULL, ibx TEXT NOT NULL, customer_reference TEXT,"
    " contact_last_names TEXT, ordering_contact TEXT, purchase_orders TEXT, account_number TEXT,"
    " account_name TEXT, channel TEXT, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
    " created_by TEXT, updated_by TEXT, request TEXT NOT NULL, presentation TEXT NOT NULL,"
    " customer_replied INTEGER NOT NULL DEFAULT 0, ticks_in_status INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS cases_created ON cases (created_ms)",
    "CREATE INDEX IF NOT EXISTS cases_status ON cases (status)",
    "CREATE TABLE IF NOT EXISTS status_history ("
    " case_number TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL, created_ms INTEGER NOT NULL,"
    " PRIMARY KEY (case_number, seq))",
    "CREATE TABLE IF NOT EXISTS notes ("
    " id TEXT PRIMARY KEY, case_number TEXT NOT NULL, created_ms INTEGER NOT NULL, visible_ms INTEGER NOT NULL,"
    " text TEXT NOT NULL, type TEXT NOT NULL, visibility TEXT NOT NULL, attachments TEXT NOT NULL, author TEXT)",
    "CREATE INDEX IF NOT EXISTS notes_case ON notes (case_number)",
    "CREATE TABLE IF NOT EXISTS case_attachments ("
    " case_number TEXT NOT NULL, attachment_id TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL,"
    " note_id TEXT, seq INTEGER NOT NULL, PRIMARY KEY (case_number, attachment_id))",
    "CREATE TABLE IF NOT EXISTS attachments ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL,"
    " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, created_by TEXT NOT NULL, purpose TEXT,"
    " deleted INTEGER NOT NULL DEFAULT 0, data BLOB)",
};

QAtomicInt connectionCounter;
std::atomic<quint64> writes{0};

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"casedesk-sandbox-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

SandboxDatabase::~SandboxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::open(const QString& path, QString* error)
{
    if (!path.isEmpty() && !makePrivate(path, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!db.open()) {
        *error = u"cannot open database %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    if (!path.isEmpty()) {
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    pragma.exec(u"PRAGMA foreign_keys=ON"_s);
    return createSchema(error);
}

bool SandboxDatabase::makePrivate(const QString& path, QString* error)
{
    // Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
    // An existing file (an older run, another umask) is tightened, with the -wal/-shm it left behind.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *error = u"cannot create database %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.close();
    for (const QString& name : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFile::exists(name) && !QFile::setPermissions(name, ownerOnly)) {
            *error = u"cannot make %1 private (mode 0600)"_s.arg(name);
            return false;
        }
    }
    return true;
}

bool SandboxDatabase::createSchema(QString* error)
{
    QSqlQuery query(connection());
    for (const char* statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = u"cannot create the database schema: %1"_s.arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 SandboxDatabase::nextCounter(const QString& name, qint64 first)
{
    QSqlQuery select(connection());
    select.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    select.addBindValue(name);
    qint64 value = first;
    if (run(select) && select.next())
        value = select.value(0).toLongLong();
    QSqlQuery upsert(connection());
    upsert.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    upsert.addBindValue(name);
    upsert.addBindValue(value + 1);
    run(upsert);
    return value;
}

quint64 SandboxDatabase::writeGeneration()
{
    return writes.load(std::memory_order_acquire);
}

bool SandboxDatabase::run(QSqlQuery& query)
{
    const bool ok = query.exec();
    // A failed statement may still have changed something (a constraint hit half-way): counted too.
    if (!ok || !query.isSelect())
        writes.fetch_add(1, std::memory_order_acq_rel);
    if (ok)
        return true;
    std::fprintf(stderr, "casedesk-sandbox: database error: %s\n", qPrintable(query.lastError().text()));
    return false;
}

SandboxDatabase::Transaction::Transaction(SandboxDatabase& database)
    : m_database(database)
{
    m_database.connection().transaction();
}

SandboxDatabase::Transaction::~Transaction()
{
    if (!m_done) {
        m_database.connection().rollback();
        writes.fetch_add(1, std::memory_order_acq_rel);
    }
}

bool SandboxDatabase::Transaction::commit()
{
    m_done = true;
    const bool ok = m_database.connection().commit();
    writes.fetch_add(1, std::memory_order_acq_rel);
    return ok;
}

} // namespace Sandbox

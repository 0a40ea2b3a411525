#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace Sandbox
{

/*
 * The sandbox's SQLite database: a file given by --db (WAL mode, so data survives a restart) or memory.
 * Owns the connection and the schema; CaseStore and AttachmentStore run the queries.
 *
 *     SandboxDatabase db;
 *     if (!db.open(path, &error)) ...
 *     SandboxDatabase::Transaction tx(db); ...; tx.commit();
 */
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    // An empty path opens a private in-memory database. A file is kept mode 0600, as are its -wal and -shm.
    bool open(const QString& path, QString* error);
    QSqlDatabase connection() const;

    // A persistent counter: returns `first` the first time, then one more on each call.
    qint64 nextCounter(const QString& name, qint64 first);

    // Runs a prepared query; logs and returns false on failure.
    static bool run(QSqlQuery& query);

    // Moves on with every statement run() executes that is not a SELECT and with every commit and rollback, in
    // any sandbox database of this process: an answer built from the database stays right while it stands.
    static quint64 writeGeneration();

    // Rolls back unless commit() was called.
    class Transaction
    {
    public:
        explicit Transaction(SandboxDatabase& database);
        ~Transaction();
        bool commit();

    private:
        SandboxDatabase& m_database;
        bool m_done = false;
    };

private:
    static bool makePrivate(const QString& path, QString* error);
    bool createSchema(QString* error);

    QString m_connectionName;
};

} // namespace Sandbox

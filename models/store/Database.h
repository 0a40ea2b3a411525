#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace CaseDesk
{

/*
 * One SQLite connection to the store file, for the thread that creates it (Qt SQL connections belong to
 * one thread). open() creates the folder and the file as needed, switches to WAL, enables foreign keys and
 * brings the schema to Migrations::latestVersion() in one transaction. A file from a newer CaseDesk
 * (higher user_version) is refused and left untouched.
 *
 * Code on the same thread reaches the connection with QSqlDatabase::database(db.connectionName()).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(const QString& path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    bool open();
    bool isOpen() const { return m_open; }
    void close();

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QString journalMode() const;

private:
    bool configure();
    bool migrate();
    bool fail(const QString& what, const QString& detail);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};

} // namespace CaseDesk

#include "models/store/Database.h"

#include "models/core/Logging.h"
#include "models/core/PrivateFiles.h"
#include "models/store/Migrations.h"
#include "models/store/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"casedesk-store-"_s + QString::number(++counter);
}

// Runs one statement, returning its first value (PRAGMAs answer with one row).
bool execute(QSqlDatabase& db, const QString& sql, QString* error, QVariant* firstValue = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text() + u" ["_s + sql.left(80) + u']';
        return false;
    }
    if (firstValue && query.next())
        *firstValue = query.value(0);
    return true;
}
} // namespace

Database::Database(const QString& path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool Database::fail(const QString& what, const QString& detail)
{
    m_error = what + u": "_s + detail;
    qCWarning(lcStore).noquote() << m_path << m_error;
    return false;
}

bool Database::open()
{
    m_error.clear();
    const QFileInfo info(m_path);
    if (!PrivateFiles::makeFolder(info.absolutePath()))
        return fail(tr("Cannot create the folder of the local store"), info.absolutePath());
    // 0600 before SQLite opens it, since SQLite gives the -wal and -shm files the database file's mode; any an
    // older run left behind are tightened too.
    if (!PrivateFiles::createFile(m_path) || !PrivateFiles::restrictFile(m_path + u"-wal"_s)
        || !PrivateFiles::restrictFile(m_path + u"-shm"_s))
        return fail(tr("Cannot open the local store"), m_path);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(tr("Cannot open the local store"), db.lastError().text());
    m_open = configure() && migrate();
    if (!m_open)
        db.close();
    return m_open;
}

bool Database::configure()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    QVariant mode;
    if (!execute(db, u"PRAGMA journal_mode=WAL"_s, &error, &mode))
        return fail(tr("Cannot configure the local store"), error);
    if (mode.toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return fail(tr("Cannot configure the local store"), u"journal_mode is "_s + mode.toString());
    // FULL: a commit is on the disk before it returns, so the outbox's "may have been sent" mark and every
    // draft survive a power cut, not only a crash of CaseDesk (NORMAL may lose the last commits then).
    for (const QString& pragma :
         {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=5000"_s}) {
        if (!execute(db, pragma, &error))
            return fail(tr("Cannot configure the local store"), error);
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    QVariant version;
    if (!db.isOpen() || !execute(db, u"PRAGMA user_version"_s, &error, &version))
        return -1;
    return version.toInt();
}

QString Database::journalMode() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    QVariant mode;
    if (!db.isOpen() || !execute(db, u"PRAGMA journal_mode"_s, &error, &mode))
        return {};
    return mode.toString();
}

bool Database::migrate()
{
    const int latest = Migrations::latestVersion();
    if (schemaVersion() == latest)
        return true; // the common case, without taking the write lock
    // Decide what to run only once the write lock is held: another connection (a second process, an older
    // CaseDesk) may be migrating the same file right now.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(tr("Cannot upgrade the local store"), transaction.errorString());
    const int current = schemaVersion();
    if (current < 0)
        return fail(tr("Cannot read the version of the local store"), m_path);
    if (current > latest) {
        return fail(tr("The local store was written by a newer version of CaseDesk"),
                    QString::number(current) + u" > "_s + QString::number(latest));
    }
    if (current == latest)
        return true; // someone else upgraded it while we waited for the lock
    QString error;
    for (const MigrationStep& step : Migrations::steps()) {
        if (step.version <= current)
            continue;
        const QStringList statements = step.statements();
        bool ok = true;
        for (const QString& sql : statements) {
            if (!(ok = execute(db, sql, &error)))
                break;
        }
        // user_version cannot be bound as a parameter; the number is ours.
        if (ok)
            ok = execute(db, u"PRAGMA user_version = "_s + QString::number(step.version), &error);
        if (!ok) {
            return fail(tr("Cannot upgrade the local store"), u"step "_s + QString::number(step.version) + u" ("_s
                                                                  + QString::fromUtf8(step.purpose) + u"): "_s + error);
        }
        qCDebug(lcStore).noquote() << "ran step" << step.version << step.purpose;
    }
    if (!transaction.commit())
        return fail(tr("Cannot upgrade the local store"), transaction.errorString());
    if (current > 0)
        qCInfo(lcStore).noquote() << "upgraded" << m_path << "from version" << current << "to" << latest;
    return true;
}

} // namespace CaseDesk

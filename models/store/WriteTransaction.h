#pragma once

#include <QSqlDatabase>
#include <QString>

namespace CaseDesk
{

/*
 * One write transaction on the store's connection, that rolls back unless commit() succeeded, so every early
 * return leaves the file as it was. Transactions nest: the outermost takes the write lock at once
 * (BEGIN IMMEDIATE), inner ones are savepoints, so a pending note and its outbox item are written together
 * by code that also writes each on its own.
 *
 *     WriteTransaction transaction(db);
 *     if (!transaction.isActive()) return fail(transaction.errorString());
 *     ... statements ...
 *     return transaction.commit();
 *
 * For the store thread only (the nesting depth is kept per thread and connection).
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_depth == 1; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString& sql);

    QSqlDatabase m_db;
    QString m_savepoint;
    QString m_error;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace CaseDesk

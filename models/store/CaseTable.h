#pragma once

#include "models/store/CaseSummary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
class QSqlQuery;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * The SQL of the cases table, for CaseStore (same thread, same connection, inside its transactions):
 * one row per case, its list columns and its last full answer (NULL for a partial row).
 */
class CaseTable
{
public:
    struct Row
    {
        CaseSummary summary;
        QByteArray answer; // read only when asked for
    };

    explicit CaseTable(QSqlDatabase& db);

    std::optional<Row> row(const QString& key, bool withAnswer);
    // Inserts, or updates when `exists`. A null `answer` leaves the stored answer as it is on update.
    bool write(const CaseSummary& summary, const QByteArray* answer, bool exists);
    bool rename(const QString& from, const QString& to);
    bool remove(const QString& key);
    // Whether the case with this order number is stored with a full answer.
    bool hasFullAnswerFor(const QString& orderNumber, bool* ok);
    // Seen now, in its current state (clears a mark set by markUnseen).
    bool markSeen(const QString& key, qint64 nowMs);
    bool markUnseen(const QString& key);

    QList<CaseSummary> summaries();
    // The first `limit` rows in `order`, through the index on that column.
    QList<CaseSummary> firstSummaries(CaseSummary::IndexedOrder order, int limit);
    QStringList openCaseKeys();
    int changedCount();

    QString lastError() const { return m_lastError; }

private:
    bool exec(QSqlQuery& query);

    QSqlDatabase& m_db;
    QString m_lastError;
};

} // namespace CaseDesk

#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace CaseDesk
{

/*
 * How the app's lists of records (the Drafts and Outbox views) look and behave, set up in one place: whole
 * rows selected one at a time, read-only, alternating rows, one line per row, no row numbers, and Tab leaving
 * the table instead of walking its cells.
 *
 *     RecordTable::setUp(m_table, m_model, tr("Drafts"));
 */
class RecordTable
{
public:
    static void setUp(QTableView* table, QAbstractItemModel* model, const QString& accessibleName);
};

} // namespace CaseDesk

#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace CaseDesk
{

void RecordTable::setUp(QTableView* table, QAbstractItemModel* model, const QString& accessibleName)
{
    table->setTabKeyNavigation(false);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
}

} // namespace CaseDesk

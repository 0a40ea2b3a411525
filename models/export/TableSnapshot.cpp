#include "models/export/TableSnapshot.h"

#include <QAbstractItemModel>

namespace CaseDesk
{

TableSnapshot TableSnapshot::of(const QAbstractItemModel* model, const QList<int>& columns, int dateRole)
{
    TableSnapshot table;
    for (int column : columns)
        table.headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    const int rows = model->rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QList<Cell> cells;
        cells.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            Cell cell{index.data(Qt::DisplayRole).toString(), {}};
            if (dateRole != 0) {
                const QVariant when = index.data(dateRole);
                if (when.metaType().id() == QMetaType::QDateTime)
                    cell.when = when.toDateTime();
            }
            cells.append(cell);
        }
        table.rows.append(cells);
    }
    return table;
}

} // namespace CaseDesk

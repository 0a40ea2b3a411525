#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * A table as a view shows it at one moment, copied out of its model on the UI thread so a worker can write
 * it to a file while the view goes on changing: the header texts and, per row, each cell's text and (for
 * date columns) its date and time.
 *
 *     // The visible columns in the order the header shows them:
 *     TableSnapshot table = TableSnapshot::of(proxy, {0, 4, 2}, CaseListModel::DateTimeRole);
 */
struct TableSnapshot
{
    struct Cell
    {
        QString text;
        QDateTime when; // valid for date cells
        bool operator==(const Cell&) const = default;
    };

    QStringList headers;
    QList<QList<Cell>> rows;

    // Every row of `model` (top level), the given columns in the given order. `dateRole`, when not 0, is read
    // for a QDateTime beside the display text.
    static TableSnapshot of(const QAbstractItemModel* model, const QList<int>& columns, int dateRole = 0);
};

} // namespace CaseDesk

#pragma once

#include "models/export/ListExport.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * File ▸ Export list…: writes a table as its view shows it (the rows its filters let through, in its sort
 * order, the visible columns in the header's order) to CSV or XLSX. The file dialog's type chooses the
 * format: CSV, CSV with a byte-order mark for spreadsheet programs, or an Excel workbook. The rows are
 * copied when the dialog is accepted and written on a worker.
 *
 *     auto* exports = new ListExportUi(window, this);
 *     exports->exportTable(listView->table(), CaseListModel::DateTimeRole);
 */
class ListExportUi : public QObject
{
    Q_OBJECT

public:
    explicit ListExportUi(QWidget* window, QObject* parent = nullptr);

    void exportTable(QTableView* table, int dateRole = 0);
    // The visible columns of `table` in the order its header shows them (logical indexes).
    static QList<int> visibleColumns(const QTableView* table);
    // The dialog's type filters, in the order of ListExport::Format.
    static QStringList nameFilters();

signals:
    void statusMessage(const QString& text);
    void written(const QString& path); // the file is complete
    void failed(const QString& reason);

private:
    void write(QTableView* table, int dateRole, const QString& path, ListExport::Format format);

    QPointer<QWidget> m_window;
    QString m_folder;
};

} // namespace CaseDesk

#include "ui/export/ListExportUi.h"

#include "models/export/TableSnapshot.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ListExportUi::ListExportUi(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{}

QStringList ListExportUi::nameFilters()
{
    return {tr("CSV, UTF-8 (*.csv)"), tr("CSV with BOM, for spreadsheet programs (*.csv)"),
            tr("Excel workbook (*.xlsx)")};
}

QList<int> ListExportUi::visibleColumns(const QTableView* table)
{
    QList<int> columns;
    const QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ListExportUi::exportTable(QTableView* table, int dateRole)
{
    if (!table || !table->model())
        return;
    const QStringList filters = nameFilters();
    auto* dialog = new QFileDialog(m_window, tr("Export list"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"listExportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(m_folder);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(
        tr("cases-%1.csv", "file name; %1 is today's date").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString& filter) {
        dialog->setDefaultSuffix(filter == filters.at(int(ListExport::Format::Xlsx)) ? u"xlsx"_s : u"csv"_s);
    });
    const QPointer<QTableView> view(table);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, view, dateRole, filters](const QString& path) {
        if (!view)
            return;
        // A name's own .xlsx or .csv wins over the type shown; the type says whether CSV gets a BOM.
        const QString suffix = QFileInfo(path).suffix().toLower();
        const qsizetype chosen = filters.indexOf(dialog->selectedNameFilter());
        ListExport::Format format = chosen < 0 ? ListExport::Format::Csv : ListExport::Format(chosen);
        if (suffix == u"xlsx")
            format = ListExport::Format::Xlsx;
        else if (suffix == u"csv" && format == ListExport::Format::Xlsx)
            format = ListExport::Format::Csv;
        m_folder = QFileInfo(path).absolutePath();
        write(view, dateRole, path, format);
    });
    dialog->open();
}

void ListExportUi::write(QTableView* table, int dateRole, const QString& path, ListExport::Format format)
{
    // Copied now, on this thread: what the view shows at the moment the user said "save".
    const TableSnapshot snapshot = TableSnapshot::of(table->model(), visibleColumns(table), dateRole);
    const int rows = int(snapshot.rows.size());
    ListExport::writeInBackground(snapshot, path, format, this, [this, path, rows](const QString& error) {
        if (error.isEmpty()) {
            emit statusMessage(tr("Exported %n case(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
            emit written(path);
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export list"), {}, QMessageBox::Ok, m_window);
        box->setObjectName(u"listExportError"_s);
        box->setTextFormat(Qt::PlainText);
        box->setText(tr("The list could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), error));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit failed(error);
    });
}

} // namespace CaseDesk

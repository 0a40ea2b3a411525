#include "models/export/ListExport.h"

#include "models/attachments/Background.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>
#include <xlsxwriter.h>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Excel's limit per cell; libxlsxwriter refuses longer strings.
constexpr qsizetype kMaxCellLength = 32767;

QString cellText(const QString& text)
{
    const QString safe = ListExport::neutralize(text);
    return safe.size() > kMaxCellLength ? safe.left(kMaxCellLength - 1) + u'…' : safe;
}
} // namespace

QString ListExport::neutralize(const QString& text)
{
    // OWASP's list of characters a spreadsheet may start a formula with.
    static const QString triggers = u"=+-@\t\r"_s;
    if (!text.isEmpty() && triggers.contains(text.front()))
        return u'\'' + text;
    return text;
}

QString ListExport::csvField(const QString& text)
{
    QString field = neutralize(text);
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n')) {
        field.replace(u"\""_s, u"\"\""_s);
        return u'"' + field + u'"';
    }
    return field;
}

QByteArray ListExport::csv(const TableSnapshot& table, bool withBom)
{
    QString text;
    auto addRecord = [&text](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(fields.at(i));
        }
        text += u"\r\n"_s;
    };
    addRecord(table.headers);
    for (const QList<TableSnapshot::Cell>& row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const TableSnapshot::Cell& cell : row)
            fields.append(cell.text);
        addRecord(fields);
    }
    QByteArray bytes = withBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QString ListExport::write(const TableSnapshot& table, const QString& path, Format format)
{
    if (format == Format::Xlsx)
        return writeXlsx(table, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = csv(table, format == Format::CsvWithBom);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

void ListExport::writeInBackground(const TableSnapshot& table, const QString& path, Format format, QObject* context,
                                   std::function<void(const QString&)> done)
{
    runInBackground<QString>(
        context, [table, path, format] { return write(table, path, format); }, std::move(done));
}

QString ListExport::writeXlsx(const TableSnapshot& table, const QString& path)
{
    // libxlsxwriter writes the named file at the end; let it write a temporary one beside the target, which
    // becomes the target by rename once complete (as QSaveFile does for CSV).
    QTemporaryFile reserved(QFileInfo(path).absoluteDir().filePath(u".casedesk-XXXXXX.xlsx"_s));
    if (!reserved.open())
        return reserved.errorString();
    const QString temporary = reserved.fileName();
    reserved.close();
    const QByteArray temporaryName = QFile::encodeName(temporary);

    lxw_workbook* workbook = workbook_new(temporaryName.constData());
    if (!workbook)
        return tr("The workbook cannot be created.");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, tr("Cases").left(31).toUtf8().constData());
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");

    lxw_error error = LXW_NO_ERROR;
    auto check = [&error](lxw_error result) {
        if (error == LXW_NO_ERROR)
            error = result;
    };
    for (int column = 0; column < table.headers.size(); ++column) {
        check(worksheet_write_string(sheet, 0, lxw_col_t(column),
                                     cellText(table.headers.at(column)).toUtf8().constData(), header));
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), 18, nullptr);
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QList<TableSnapshot::Cell>& cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            const TableSnapshot::Cell& cell = cells.at(column);
            const auto r = lxw_row_t(row + 1);
            const auto c = lxw_col_t(column);
            if (cell.when.isValid()) {
                // As the list shows it: in this computer's time (spreadsheets have no zones).
                const QDateTime local = cell.when.toLocalTime();
                lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                                  local.time().hour(), local.time().minute(), double(local.time().second())};
                check(worksheet_write_datetime(sheet, r, c, &when, date));
            } else if (!cell.text.isEmpty()) {
                check(worksheet_write_string(sheet, r, c, cellText(cell.text).toUtf8().constData(), nullptr));
            }
        }
    }
    if (!table.headers.isEmpty()) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happens
    check(closed);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return tr("The workbook cannot be written: %1").arg(QString::fromUtf8(lxw_strerror(error)));
    }
    // rename(2) replaces an existing file in one step.
    if (std::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return tr("The workbook cannot be saved as %1.").arg(path);
    }
    return {};
}

} // namespace CaseDesk

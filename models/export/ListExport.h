#pragma once

#include "models/export/TableSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * Writes a table (the ticket list as the user sees it) to a file a spreadsheet program opens:
 *  - CSV as RFC 4180 says: fields separated by commas, records by CRLF, a field with a comma, quote, CR or
 *    LF quoted and its quotes doubled; UTF-8, optionally with a byte-order mark, which spreadsheet programs
 *    need to read UTF-8 as UTF-8;
 *  - XLSX through libxlsxwriter (Debian's libxlsxwriter-dev): text as text cells, dates as dates, the header
 *    bold, frozen and filterable.
 * Either way a cell that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet never takes text from a server for a formula (CSV injection).
 * The file appears under its name only when it is complete.
 *
 *     const QString error = ListExport::write(snapshot, path, ListExport::Format::CsvWithBom); // on a worker
 */
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    enum class Format
    {
        Csv,
        CsvWithBom,
        Xlsx,
    };

    // Writes `table` to `path`; empty on success, otherwise why.
    static QString write(const TableSnapshot& table, const QString& path, Format format);
    // The same on a worker; `done` runs on `context`'s thread, only while it lives.
    static void writeInBackground(const TableSnapshot& table, const QString& path, Format format, QObject* context,
                                  std::function<void(const QString& error)> done);

    static QByteArray csv(const TableSnapshot& table, bool withBom);
    // One CSV field: quoted when it must be, after neutralize().
    static QString csvField(const QString& text);
    // "'=1+2" for "=1+2": what a spreadsheet shows as text. Other text is returned as it is.
    static QString neutralize(const QString& text);

private:
    static QString writeXlsx(const TableSnapshot& table, const QString& path);
};

} // namespace CaseDesk

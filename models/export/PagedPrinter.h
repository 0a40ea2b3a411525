#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QTextFormat>

#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * Prints a QTextDocument page by page onto a PDF writer or a printer, with a footer on every page: a line
 * of text on the left and "Page n of m" on the right. Runs on the thread that owns the document (a worker
 * is fine: QPainter may paint on QPdfWriter and QPrinter outside the GUI thread).
 *
 *     QPdfWriter pdf(&file);
 *     pdf.setPageLayout(PagedPrinter::defaultLayout());
 *     if (!PagedPrinter::print(document, &pdf, footer, [&] { return promise.isCanceled(); })) ...
 */
class PagedPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PagedPrinter)

public:
    // A block format property: a block (a heading) that starts near a page's foot moves to the next page,
    // so it is never left alone above what it introduces.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

    // A4 with 15 mm margins, or US Letter where the user's locale measures in inches.
    static QPageLayout defaultLayout();
    // Prints every page; false when painting could not begin or `cancelled` returned true between pages.
    static bool print(QTextDocument* document, QPagedPaintDevice* device, const QString& footer,
                      const std::function<bool()>& cancelled = {}, int* pageCount = nullptr);
};

} // namespace CaseDesk

#include "models/export/PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace CaseDesk
{

namespace
{
// A heading in the last eighth of a page starts the next one instead; moving one may move the ones after it,
// so the check repeats until nothing moves (or a few rounds, for pathological documents).
void keepHeadingsWithTheirText(QTextDocument* document, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    for (int round = 0; round < 5; ++round) {
        bool moved = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (!format.boolProperty(PagedPrinter::KeepWithNext)
                || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const qreal onPage = top - std::floor(top / pageHeight) * pageHeight;
            if (top > pageHeight / 2 && onPage > pageHeight * 7 / 8) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}
} // namespace

QPageLayout PagedPrinter::defaultLayout()
{
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    return QPageLayout(QPageSize(inches ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool PagedPrinter::print(QTextDocument* document, QPagedPaintDevice* device, const QString& footer,
                         const std::function<bool()>& cancelled, int* pageCount)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // Lay the document out in the device's own units, leaving room for the footer under the body.
    document->documentLayout()->setPaintDevice(device);
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF metrics(footerFont, device);
    const qreal footerHeight = metrics.height() * 2.2;
    const QSizeF page(device->width(), device->height());
    const QSizeF body(page.width(), page.height() - footerHeight);
    document->setPageSize(body);
    keepHeadingsWithTheirText(document, body.height());
    const int pages = document->pageCount();
    if (pageCount)
        *pageCount = pages;

    for (int index = 0; index < pages; ++index) {
        if (cancelled && cancelled()) {
            painter.end();
            return false;
        }
        if (index > 0)
            device->newPage();
        painter.save();
        const QRectF view(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        // The footer: a rule, the given text on the left, the page number on the right.
        const qreal top = body.height() + metrics.height() * 0.6;
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawLine(QPointF(0, top), QPointF(page.width(), top));
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        const QRectF line(0, top + metrics.height() * 0.3, page.width(), metrics.height());
        const QString number = tr("Page %1 of %2").arg(index + 1).arg(pages);
        const qreal numberWidth = metrics.horizontalAdvance(number) + metrics.averageCharWidth() * 2;
        painter.drawText(line.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(footer, Qt::ElideRight, line.width() - numberWidth));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    }
    return painter.end();
}

} // namespace CaseDesk

#include "models/export/PagedPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace CaseDesk
{

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

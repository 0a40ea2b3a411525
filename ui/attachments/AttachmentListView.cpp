#include "ui/attachments/AttachmentListView.h"

#include <QPainter>

namespace CaseDesk
{

namespace
{
constexpr int kVisibleRows = 5; // the API's limit per list: all of them fit without scrolling
}

AttachmentListView::AttachmentListView(QWidget* parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AttachmentListView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void AttachmentListView::fitToRows()
{
    const int rows = model() ? model()->rowCount() : 0;
    const int line = fontMetrics().height();
    const int rowHeight = rows > 0 ? sizeHintForRow(0) : 2 * line + 18;
    const int shown = qBound(1, rows, kVisibleRows);
    const int height = shown * rowHeight + 2 * frameWidth() + (rows == 0 ? line : 0);
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
}

QSize AttachmentListView::sizeHint() const
{
    return {QListView::sizeHint().width(), m_height};
}

QSize AttachmentListView::minimumSizeHint() const
{
    return {QListView::minimumSizeHint().width(), m_height};
}

void AttachmentListView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if ((model() && model()->rowCount() > 0) || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace CaseDesk

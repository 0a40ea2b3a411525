#include "ui/widgets/DotIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace CaseDesk
{

namespace
{
// Paints the dot into the rectangle it is given; pixmaps are made at the size asked for, in device pixels.
class DotIconEngine : public QIconEngine
{
public:
    DotIconEngine(const QColor& color, qreal diameter)
        : m_color(color)
        , m_diameter(qBound(0.0, diameter, 1.0))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(color.alphaF() * 0.4);
        const qreal size = qMin(rect.width(), rect.height()) * m_diameter;
        QRectF dot(0, 0, size, size);
        dot.moveCenter(QRectF(rect).center());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(dot);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new DotIconEngine(m_color, m_diameter); }
    QString key() const override { return QStringLiteral("casedesk-dot"); }

private:
    QColor m_color;
    qreal m_diameter;
};
} // namespace

QIcon DotIcon::icon(const QColor& color, qreal diameter)
{
    return QIcon(new DotIconEngine(color, diameter));
}

} // namespace CaseDesk

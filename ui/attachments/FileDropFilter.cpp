#include "ui/attachments/FileDropFilter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QUrl>
#include <QWidget>

namespace CaseDesk
{

// The highlight drawn over a target while files are dragged over it. Mouse-transparent, so the drag keeps
// reaching the target underneath.
class DropOverlay : public QWidget
{
public:
    explicit DropOverlay(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("dropOverlay"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

    QString hint;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        QPen border(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 6, 6);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, hint);
    }
};

FileDropFilter::FileDropFilter(QWidget* target, const QString& hint)
    : QObject(target)
    , m_target(target)
    , m_hint(hint)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

void FileDropFilter::setHint(const QString& hint)
{
    m_hint = hint;
    if (m_overlay)
        m_overlay->hint = hint;
}

void FileDropFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        showOverlay(false);
}

bool FileDropFilter::isActive() const
{
    return m_overlay && m_overlay->isVisible();
}

QStringList FileDropFilter::localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

bool FileDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            return false; // text and links are the widget's business
        if (!m_enabled) {
            drag->ignore();
            return true;
        }
        drag->setDropAction(Qt::CopyAction); // the original stays where it is
        drag->accept();
        showOverlay(true);
        return true;
    }
    case QEvent::DragLeave:
        showOverlay(false);
        return false;
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        showOverlay(false);
        if (!m_enabled) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        emit filesDropped(paths);
        return true;
    }
    default:
        return false;
    }
}

void FileDropFilter::showOverlay(bool show)
{
    if (!show) {
        if (m_overlay)
            m_overlay->hide();
        return;
    }
    if (!m_overlay)
        m_overlay = new DropOverlay(m_target);
    m_overlay->hint = m_hint;
    m_overlay->setGeometry(m_target->rect());
    m_overlay->raise();
    m_overlay->show();
}

} // namespace CaseDesk

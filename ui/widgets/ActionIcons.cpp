#include "ui/widgets/ActionIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// A one-colour SVG drawn at the size asked for (in device pixels), then filled with the palette's button text
// colour (its disabled one for a disabled action), read from the application's palette at each paint so a
// theme change shows at once.
class TintedIconEngine : public QIconEngine
{
public:
    explicit TintedIconEngine(const QString& fileName)
        : m_fileName(fileName)
        , m_shape(fileName)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : qApp->devicePixelRatio();
        QPixmap pixmap = scaledPixmap(rect.size() * ratio, mode, state, ratio);
        pixmap.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pixmap);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        QPixmap pixmap = m_shape.pixmap(size, 1.0, QIcon::Normal, state);
        if (pixmap.isNull())
            return pixmap;
        const QPalette palette = QGuiApplication::palette();
        const QColor color =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::ButtonText);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        return pixmap;
    }

    bool isNull() override { return m_shape.isNull(); }
    QIconEngine* clone() const override { return new TintedIconEngine(m_fileName); }
    QString key() const override { return u"casedesk-tinted"_s; }

private:
    QString m_fileName;
    QIcon m_shape;
};
} // namespace

QString ActionIcons::themeName(Icon which)
{
    switch (which) {
    case NewCase:
        return u"document-new"_s;
    case GoToCase:
        return u"go-jump"_s;
    case Refresh:
        return u"view-refresh"_s;
    case Drafts:
        return u"document-edit"_s;
    case Outbox:
        return u"mail-folder-outbox"_s;
    }
    return {};
}

QIcon ActionIcons::bundled(Icon which)
{
    QString file;
    switch (which) {
    case NewCase:
        file = u"new-case"_s;
        break;
    case GoToCase:
        file = u"go-to-case"_s;
        break;
    case Refresh:
        file = u"refresh"_s;
        break;
    case Drafts:
        file = u"drafts"_s;
        break;
    case Outbox:
        file = u"outbox"_s;
        break;
    }
    return QIcon(new TintedIconEngine(u":/actions/%1.svg"_s.arg(file)));
}

QIcon ActionIcons::icon(Icon which)
{
    return QIcon::fromTheme(themeName(which), bundled(which));
}

} // namespace CaseDesk

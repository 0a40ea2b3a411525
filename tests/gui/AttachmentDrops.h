#pragma once

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

#include <functional>

// Drag-and-drop as the window system delivers it, for offscreen tests: enter, move, (look), drop.
struct SimulatedDrop
{
    bool enterAccepted = false;
    bool highlightedDuringDrag = false;
    bool dropAccepted = false;
};

inline QMimeData* fileMime(const QStringList& paths)
{
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    mime->setText(paths.join(u'\n')); // file managers send the paths as text too
    return mime;
}

// Drags `mime` onto `target` and drops it; `whileOver` sees the target mid-drag (for the highlight).
inline SimulatedDrop simulateDrop(QWidget* target, QMimeData* mime, const std::function<bool()>& whileOver = {})
{
    SimulatedDrop result;
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    result.enterAccepted = enter.isAccepted();
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    result.highlightedDuringDrag = whileOver && whileOver();
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    result.dropAccepted = drop.isAccepted();
    delete mime;
    return result;
}

inline QString writeTestFile(const QString& path, qint64 size, char fill = 'x')
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray(qMin<qint64>(size, 1 << 20), fill));
    file.resize(size);
    return path;
}

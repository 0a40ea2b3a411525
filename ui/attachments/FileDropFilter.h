#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace CaseDesk
{

class DropOverlay;

/*
 * Makes a widget a drop target for files: while files are dragged over it, it is covered by a highlighted
 * overlay with a hint ("Drop files to attach them"); a drop emits the local paths. Drags that carry no local
 * file (text, web links) are left to the widget, so a text edit still takes dropped text.
 *
 *     auto* drops = new FileDropFilter(caseView, tr("Drop files to attach them to a new note"));
 *     connect(drops, &FileDropFilter::filesDropped, this, &CaseDetailView::startNoteWith);
 *
 * For a scroll area, pass its viewport(): that is where drag events arrive.
 */
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    // Owned by (a child of) `target`.
    FileDropFilter(QWidget* target, const QString& hint);

    QWidget* target() const { return m_target; }
    void setHint(const QString& hint);
    // A disabled filter refuses file drags (nothing highlights); they are not passed to the widget either.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // True while files are dragged over the target.
    bool isActive() const;

    static QStringList localFiles(const QMimeData* mime);

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showOverlay(bool show);

    QWidget* m_target;
    QPointer<DropOverlay> m_overlay;
    QString m_hint;
    bool m_enabled = true;
};

} // namespace CaseDesk

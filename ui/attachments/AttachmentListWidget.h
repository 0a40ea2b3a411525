#pragma once

#include "models/domain/AttachmentRef.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QUrl;

namespace CaseDesk
{

class AttachmentListView;
class AttachmentService;
class AttachmentUploader;
class FileDropFilter;
struct AttachmentCheck;

/*
 * The attachments of a note or a new case, as the user sees and edits them: one widget for the note
 * composer and the create-case wizard.
 *
 * Files come in by drag-and-drop (several at once), by pasting (an image, or files copied in a file manager;
 * Ctrl+V while it has focus, or paste() from the owner), or through "Add files…". Each is checked at once;
 * a refused file gets a line under the list naming it and the rule, and an image of the wrong type or size is
 * offered a conversion. Accepted files upload at once, each with its progress, Cancel, Retry and Remove
 * (buttons, context menu, Delete).
 *
 *     auto* attachments = new AttachmentListWidget(page);
 *     attachments->setService(service);                     // injected: the widget never builds one
 *     ...
 *     attachments->whenSettled(this, [=] { request.attachments = attachments->references(); send(request); });
 */
class AttachmentListWidget : public QWidget
{
    Q_OBJECT

public:
    // Opens a picker and later calls `done` with the chosen files (none when cancelled). Never blocks.
    using FilePicker = std::function<void(QWidget* parent, std::function<void(const QStringList&)> done)>;

    explicit AttachmentListWidget(QWidget* parent = nullptr);

    void setService(AttachmentService* service);
    AttachmentUploader* uploader() const { return m_uploader; }
    AttachmentListView* view() const { return m_view; }

    int count() const;
    bool isSettled() const;
    // Names of files that failed or were cancelled: a request sent now would lack them.
    QStringList problemNames() const;
    void whenSettled(QObject* context, std::function<void()> callback);
    QList<AttachmentRef> references() const;
    // Forgets every file (after the request that used them was accepted).
    void clear();

    // The lines under the list: refused files and failed uploads, each naming its file.
    QString message() const;
    bool isOfferingConversion() const;
    // True while files are dragged over the widget (or another target added with addDropTarget()).
    bool isDropActive() const;

    // Makes `target` a drop target for this list too, with the same highlight.
    FileDropFilter* addDropTarget(QWidget* target, const QString& hint = {});
    // Lets Ctrl+V in `editor` attach an image or copied files instead of pasting nothing (or their paths).
    void addPasteSource(QWidget* editor);
    // Test seam: replaces the file dialog.
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

public slots:
    void addFiles(const QStringList& paths);
    void paste();
    void openFilePicker();
    void acceptConversion();
    void declineConversion();

signals:
    // Files were added, removed, or changed state.
    void changed();
    void settled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static bool clipboardHasAttachable();
    quint64 currentKey() const;
    void report(const QString& path, const AttachmentCheck& check, bool mayOfferConversion);
    void showNextOffer();
    void updateActions();
    void updateMessage();
    void showContextMenu(const QPoint& pos);

    AttachmentUploader* m_uploader;
    AttachmentListView* m_view;
    QPushButton* m_add;
    QPushButton* m_pasteButton;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_remove;
    QWidget* m_offerBar;
    QLabel* m_offerText;
    QPushButton* m_convert;
    QPushButton* m_skip;
    QLabel* m_message;
    // Guarded: they may be children of this widget, destroyed after its own members.
    QList<QPointer<FileDropFilter>> m_drops;
    QList<QPointer<QWidget>> m_pasteSources;
    QStringList m_refusals; // from the last files added
    QStringList m_offers;   // paths of images that may be converted, first one shown
    FilePicker m_picker;
    QString m_lastDirectory;
};

} // namespace CaseDesk

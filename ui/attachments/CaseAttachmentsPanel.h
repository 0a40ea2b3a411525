#pragma once

#include "models/presentation/CaseFacts.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace CaseDesk
{

class AttachmentService;
class Transfer;

/*
 * The attachments of one case, its own and those of its notes: name, size (when it can be known), type and
 * where it was attached. Open downloads it into the cache (CacheLocation/attachments/<case>/<id>-<name>),
 * once, and hands it to the desktop's handler, but only when its real content is of a type on the attachment
 * allow-list (AttachmentPolicy::openCheck); anything else is offered Save as… with a warning that names what
 * it really is. Save as… puts a copy where the user chooses. Downloads show their progress and can be
 * cancelled. Names show without bidi or other disguising characters, shortened with their real extension,
 * in full in their tooltip.
 *
 *     panel->setService(attachments);
 *     panel->setFacts(facts);                 // again on every refresh: unchanged lists are left alone
 */
class CaseAttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save `suggestedPath` and later calls `done` with the choice. Never blocks.
    using SavePicker =
        std::function<void(QWidget* parent, const QString& suggestedPath, std::function<void(const QString&)> done)>;

    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        OriginColumn,
        StatusColumn,
    };

    explicit CaseAttachmentsPanel(QWidget* parent = nullptr);

    void setService(AttachmentService* service);
    void setFacts(const CaseFacts& facts);
    QString caseNumber() const { return m_caseNumber; }
    int count() const { return int(m_rows.size()); }
    QList<AttachmentRef> attachments() const;
    QTreeWidget* view() const { return m_view; }
    QString message() const;
    bool isDownloading(const QString& attachmentId) const { return m_downloads.contains(attachmentId); }
    // Test seam: replaces the save dialog.
    void setSavePicker(SavePicker picker) { m_savePicker = std::move(picker); }
    // The warning shown when Open refused a file, while it is open.
    QMessageBox* openRefusal() const;

public slots:
    void open(const AttachmentRef& attachment);
    void saveAs(const AttachmentRef& attachment);
    void openCurrent();
    void saveCurrent();
    void cancelCurrent();

signals:
    // The attachment is on disk at `path` and was handed to the desktop (or saved there).
    void opened(const QString& path);
    void saved(const QString& path);

private:
    struct Row
    {
        AttachmentRef ref;
        QString origin;
        bool operator==(const Row&) const = default;
    };

    void rebuild();
    void fillSize(int row);
    void fetch(const AttachmentRef& attachment, const QString& destination, bool openAfter);
    QTreeWidgetItem* itemFor(const QString& attachmentId) const;
    int currentRow() const;
    void setStatus(const QString& attachmentId, const QString& text);
    void showMessage(const QString& text, bool problem);
    void updateActions();
    void showContextMenu(const QPoint& pos);
    void openChecked(const AttachmentRef& attachment, const QString& path);
    void offerSaveInstead(const AttachmentRef& attachment, const QString& message);

    QPointer<AttachmentService> m_service;
    QString m_caseNumber;
    QList<Row> m_rows;
    QHash<QString, QPointer<Transfer>> m_downloads;
    QTreeWidget* m_view;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    SavePicker m_savePicker;
    QPointer<QMessageBox> m_refusal;
};

} // namespace CaseDesk

#include "ui/attachments/CaseAttachmentsPanel.h"

#include "models/api/Transfer.h"
#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentPolicy.h"
#include "models/attachments/AttachmentService.h"
#include "models/core/OutsideText.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int IdRole = Qt::UserRole + 1;
constexpr int kShownNameLength = 80;

// The name as it may be shown: never reordered or hidden by the characters a server can put in it.
QString shownName(const AttachmentRef& attachment)
{
    return OutsideText::name(attachment.name);
}

void openSaveDialog(QWidget* parent, const QString& suggestedPath, std::function<void(const QString&)> done)
{
    auto* dialog = new QFileDialog(parent, CaseAttachmentsPanel::tr("Save attachment as"));
    dialog->setObjectName(u"saveAttachmentDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(QFileInfo(suggestedPath).path());
    dialog->selectFile(QFileInfo(suggestedPath).fileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [done](const QString& path) { done(path); });
    dialog->open();
}
} // namespace

CaseAttachmentsPanel::CaseAttachmentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_save(new QPushButton(tr("Sa&ve as…"), this))
    , m_cancel(new QPushButton(tr("Cancel do&wnload"), this))
    , m_progress(new QProgressBar(this))
    , m_message(PlainText::label(QString(), this))
{
    setObjectName(u"caseAttachmentsPanel"_s);
    m_view->setObjectName(u"caseAttachmentsView"_s);
    m_view->setAccessibleName(tr("Attachments of the case and its notes"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHeaderLabels({tr("Name"), tr("Size"), tr("Type"), tr("Attached to"), tr("Status")});
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column : {SizeColumn, TypeColumn, OriginColumn, StatusColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_open->setObjectName(u"openAttachmentButton"_s);
    m_open->setAccessibleName(tr("Open the selected attachment"));
    m_open->setToolTip(tr("Download the attachment (once) and open it with its usual application (Enter)"));
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_save->setAccessibleName(tr("Save the selected attachment as"));
    m_save->setToolTip(tr("Save a copy of the attachment where you choose"));
    m_cancel->setObjectName(u"cancelDownloadButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the download of the selected attachment"));
    m_progress->setObjectName(u"attachmentDownloadProgress"_s);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_message->setObjectName(u"caseAttachmentsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_open, &QPushButton::clicked, this, &CaseAttachmentsPanel::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &CaseAttachmentsPanel::saveCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &CaseAttachmentsPanel::cancelCurrent);
    connect(m_view, &QTreeWidget::itemActivated, this, &CaseAttachmentsPanel::openCurrent);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CaseAttachmentsPanel::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CaseAttachmentsPanel::showContextMenu);
    rebuild();
}

void CaseAttachmentsPanel::setService(AttachmentService* service)
{
    m_service = service;
    rebuild();
}

void CaseAttachmentsPanel::setFacts(const CaseFacts& facts)
{
    // The case's own list may repeat its notes' attachments: each is shown once, with the note it came with.
    QList<Row> noteRows;
    QSet<QString> onNotes;
    for (const NoteView& note : facts.notes) {
        for (const AttachmentRef& ref : note.attachments) {
            if (!onNotes.contains(ref.id))
                noteRows.append({ref, tr("Note by %1, %2").arg(note.author, note.when)});
            onNotes.insert(ref.id);
        }
    }
    QList<Row> rows;
    for (const AttachmentRef& ref : facts.attachments) {
        if (!onNotes.contains(ref.id))
            rows.append({ref, tr("Case")});
    }
    rows += noteRows;
    if (rows == m_rows && facts.number == m_caseNumber)
        return; // a refresh that changed nothing here: keep selection and downloads as they are
    m_caseNumber = facts.number;
    m_rows = rows;
    rebuild();
}

QList<AttachmentRef> CaseAttachmentsPanel::attachments() const
{
    QList<AttachmentRef> refs;
    for (const Row& row : m_rows)
        refs.append(row.ref);
    return refs;
}

QString CaseAttachmentsPanel::message() const
{
    return m_message->text();
}

void CaseAttachmentsPanel::rebuild()
{
    const QString current =
        m_view->currentItem() ? m_view->currentItem()->data(NameColumn, IdRole).toString() : QString();
    m_view->clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        auto* item = new QTreeWidgetItem(m_view);
        item->setText(NameColumn, OutsideText::shortened(shownName(row.ref), kShownNameLength));
        item->setData(NameColumn, IdRole, row.ref.id);
        item->setToolTip(NameColumn, OutsideText::toolTip(shownName(row.ref)));
        item->setText(TypeColumn, AttachmentListModel::typeText(row.ref.name));
        item->setText(OriginColumn, OutsideText::name(row.origin));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        fillSize(i);
        if (m_downloads.contains(row.ref.id))
            item->setText(StatusColumn, tr("Downloading…"));
        else if (m_service && m_service->isCached(m_caseNumber, row.ref))
            item->setText(StatusColumn, tr("Downloaded"));
        if (row.ref.id == current)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    if (m_rows.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_view, {tr("This case and its notes have no attachments.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    updateActions();
}

void CaseAttachmentsPanel::fillSize(int row)
{
    const AttachmentRef ref = m_rows.at(row).ref;
    QTreeWidgetItem* item = m_view->topLevelItem(row);
    if (!m_service || !item)
        return;
    std::optional<qint64> size = m_service->knownSize(ref.id);
    const QFileInfo cached(m_service->cachePath(m_caseNumber, ref));
    if (!size && cached.isFile())
        size = cached.size();
    if (size) {
        item->setText(SizeColumn, AttachmentPolicy::formatSize(*size));
        return;
    }
    item->setText(SizeColumn, tr("—"));
    item->setToolTip(SizeColumn, tr("Known once downloaded"));
    m_service->lookUpSize(ref.id, this, [this, id = ref.id](std::optional<qint64> found) {
        if (QTreeWidgetItem* target = itemFor(id); target && found)
            target->setText(SizeColumn, AttachmentPolicy::formatSize(*found));
    });
}

QTreeWidgetItem* CaseAttachmentsPanel::itemFor(const QString& attachmentId) const
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_view->topLevelItem(i);
        if (item->data(NameColumn, IdRole).toString() == attachmentId)
            return item;
    }
    return nullptr;
}

int CaseAttachmentsPanel::currentRow() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    const int row = item ? m_view->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) : -1;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

void CaseAttachmentsPanel::openCurrent()
{
    if (const int row = currentRow(); row >= 0)
        open(m_rows.at(row).ref);
}

void CaseAttachmentsPanel::saveCurrent()
{
    if (const int row = currentRow(); row >= 0)
        saveAs(m_rows.at(row).ref);
}

void CaseAttachmentsPanel::cancelCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (const QPointer<Transfer> transfer = m_downloads.value(m_rows.at(row).ref.id))
        transfer->cancel();
}

void CaseAttachmentsPanel::open(const AttachmentRef& attachment)
{
    if (!m_service)
        return showMessage(tr("“%1” cannot be opened: not connected to a server.").arg(shownName(attachment)), true);
    fetch(attachment, m_service->cachePath(m_caseNumber, attachment), true);
}

void CaseAttachmentsPanel::saveAs(const AttachmentRef& attachment)
{
    if (!m_service)
        return showMessage(tr("“%1” cannot be saved: not connected to a server.").arg(shownName(attachment)), true);
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString suggested = QDir(downloads).filePath(AttachmentService::fileNameFor(attachment.name));
    QPointer<CaseAttachmentsPanel> self(this);
    auto done = [self, attachment](const QString& path) {
        if (self && !path.isEmpty())
            self->fetch(attachment, path, false);
    };
    if (m_savePicker)
        m_savePicker(this, suggested, done);
    else
        openSaveDialog(this, suggested, done);
}

void CaseAttachmentsPanel::fetch(const AttachmentRef& attachment, const QString& destination, bool openAfter)
{
    if (m_downloads.value(attachment.id))
        return showMessage(tr("“%1” is still downloading.").arg(shownName(attachment)), false);
    showMessage({}, false);
    const QString id = attachment.id;
    Transfer* transfer = m_service->fetch(
        m_caseNumber, attachment, destination, this, [this, attachment, openAfter](const ApiResult<QString>& result) {
            m_downloads.remove(attachment.id);
            setStatus(attachment.id, result.ok() ? tr("Downloaded") : QString());
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).ref.id == attachment.id)
                    fillSize(i);
            }
            updateActions();
            if (result.error.kind == ApiError::Kind::Cancelled)
                return showMessage(tr("The download of “%1” was cancelled.").arg(shownName(attachment)), false);
            if (!result.ok()) {
                // A download refused for its size or hash says which; other errors speak for themselves.
                const bool refused =
                    result.error.kind == ApiError::Kind::BadPayload && !result.error.technicalDetails.isEmpty();
                const QString reason = refused ? result.error.technicalDetails : result.error.userMessage();
                return showMessage(tr("“%1” could not be downloaded: %2").arg(shownName(attachment), reason), true);
            }
            const QString path = *result.value;
            if (!openAfter) {
                showMessage(tr("Saved “%1” as %2.").arg(shownName(attachment), QDir::toNativeSeparators(path)), false);
                return emit saved(path);
            }
            openChecked(attachment, path);
        });
    if (!transfer)
        return; // already in the cache: the callback comes at once
    m_downloads.insert(id, transfer);
    setStatus(id, tr("Downloading…"));
    connect(transfer, &Transfer::progressChanged, this, [this, id](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
        setStatus(id, percent >= 0 ? tr("Downloading %1%").arg(percent) : tr("Downloading…"));
        updateActions();
    });
    updateActions();
}

void CaseAttachmentsPanel::openChecked(const AttachmentRef& attachment, const QString& path)
{
    // Only what its bytes show to be on the allow-list goes to the desktop: a program named like a PDF would
    // run there.
    if (!m_service)
        return;
    m_service->checkOpening(path, attachment, this, [this, attachment, path](const AttachmentOpenCheck& check) {
        if (!check.mayOpen)
            return offerSaveInstead(attachment, check.message);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            return showMessage(tr("“%1” is downloaded (%2), but no application is set up to open it. Use Save "
                                  "as… to keep a copy.")
                                   .arg(shownName(attachment), QDir::toNativeSeparators(path)),
                               true);
        emit opened(path);
    });
}

QMessageBox* CaseAttachmentsPanel::openRefusal() const
{
    return m_refusal;
}

void CaseAttachmentsPanel::offerSaveInstead(const AttachmentRef& attachment, const QString& message)
{
    if (m_refusal)
        m_refusal->close();
    m_refusal =
        PlainText::messageBox(QMessageBox::Warning, tr("Attachment not opened"), message, QMessageBox::Cancel, this);
    m_refusal->setObjectName(u"openRefusal"_s);
    m_refusal->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* save = m_refusal->addButton(tr("Sa&ve as…"), QMessageBox::AcceptRole);
    save->setObjectName(u"saveInsteadButton"_s);
    m_refusal->setDefaultButton(save);
    connect(save, &QPushButton::clicked, this, [this, attachment] { saveAs(attachment); });
    m_refusal->open();
}

void CaseAttachmentsPanel::setStatus(const QString& attachmentId, const QString& text)
{
    if (QTreeWidgetItem* item = itemFor(attachmentId))
        item->setText(StatusColumn, text);
}

void CaseAttachmentsPanel::showMessage(const QString& text, bool problem)
{
    PlainText::setText(m_message, text);
    ThemeColors::setStyle(
        m_message, [on = problem](const ThemeColors& colors) { return on ? colors.errorTextStyle() : QString(); });
    m_message->setVisible(!text.isEmpty());
}

void CaseAttachmentsPanel::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0 && m_service;
    const QPointer<Transfer> transfer = row >= 0 ? m_downloads.value(m_rows.at(row).ref.id) : nullptr;
    m_open->setEnabled(has);
    m_save->setEnabled(has);
    m_cancel->setVisible(bool(transfer));
    m_progress->setVisible(bool(transfer));
    if (transfer) {
        const qint64 total = transfer->bytesTotal();
        m_progress->setMaximum(total > 0 ? 100 : 0);
        m_progress->setValue(total > 0 ? int(transfer->bytesDone() * 100 / total) : 0);
    }
    const QString tip = m_service ? QString() : tr("Not connected to a server");
    m_open->setToolTip(tip.isEmpty() ? tr("Download the attachment (once) and open it with its usual application "
                                          "(Enter)")
                                     : tip);
}

void CaseAttachmentsPanel::showContextMenu(const QPoint& pos)
{
    if (QTreeWidgetItem* item = m_view->itemAt(pos))
        m_view->setCurrentItem(item);
    if (currentRow() < 0)
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QPushButton* button : {m_open, m_save, m_cancel}) {
        if (button->isVisible() || button != m_cancel)
            menu->addAction(button->text(), button, &QPushButton::click)->setEnabled(button->isEnabled());
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace CaseDesk

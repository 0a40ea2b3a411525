#include "ui/attachments/AttachmentListWidget.h"

#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "models/attachments/ImageConversion.h"
#include "models/core/OutsideText.h"
#include "ui/attachments/AttachmentItemDelegate.h"
#include "ui/attachments/AttachmentListView.h"
#include "ui/attachments/FileDropFilter.h"
#include "ui/widgets/ContextShortcuts.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

namespace
{
void openFileDialog(QWidget* parent, const QStringList& filters, const QString& directory,
                    std::function<void(const QStringList&)> done)
{
    auto* dialog = new QFileDialog(parent, AttachmentListWidget::tr("Add attachments"), directory);
    dialog->setObjectName(u"attachmentFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(filters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, [done](const QStringList& files) { done(files); });
    dialog->open();
}

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& accessibleName,
                        const QString& toolTip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    return button;
}
} // namespace

AttachmentListWidget::AttachmentListWidget(QWidget* parent)
    : QWidget(parent)
    , m_uploader(new AttachmentUploader(this))
    , m_view(new AttachmentListView(this))
    , m_add(
          makeButton(tr("&Add files…"), u"addAttachmentsButton"_s, tr("Add files"), tr("Choose files to attach"), this))
    , m_pasteButton(makeButton(tr("&Paste"), u"pasteAttachmentButton"_s, tr("Paste an image or files"),
                               tr("Attach the image or files on the clipboard (Ctrl+V)"), this))
    , m_cancel(makeButton(tr("Cance&l upload"), u"cancelAttachmentButton"_s, tr("Cancel the selected upload"),
                          tr("Stop uploading the selected file; it stays in the list"), this))
    , m_retry(makeButton(tr("&Retry"), u"retryAttachmentButton"_s, tr("Retry the selected upload"),
                         tr("Upload the selected file again"), this))
    , m_remove(makeButton(tr("Re&move"), u"removeAttachmentButton"_s, tr("Remove the selected file"),
                          tr("Take the selected file off the list (Delete)"), this))
    , m_offerBar(new QWidget(this))
    , m_offerText(PlainText::label(QString(), m_offerBar))
    , m_convert(makeButton(tr("Con&vert and attach"), u"convertAttachmentButton"_s, tr("Convert and attach"), QString(),
                           m_offerBar))
    , m_skip(makeButton(tr("&Don't attach"), u"skipConversionButton"_s, tr("Do not attach this image"), QString(),
                        m_offerBar))
    , m_message(PlainText::label(QString(), this))
    , m_lastDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
{
    setObjectName(u"attachmentListWidget"_s);
    const QString limits = m_uploader->policy().limitsText();
    m_view->setObjectName(u"attachmentListView"_s);
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setAccessibleDescription(tr("%1. Delete removes the selected file.").arg(limits));
    m_view->setModel(m_uploader->model());
    m_view->setItemDelegate(new AttachmentItemDelegate(m_view));
    m_view->setPlaceholderText(tr("Drop files here, paste an image or use Add files.\n%1.").arg(limits));
    m_view->fitToRows();

    m_offerBar->setObjectName(u"conversionOfferBar"_s);
    m_offerBar->setAutoFillBackground(true);
    m_offerBar->setBackgroundRole(QPalette::ToolTipBase);
    m_offerText->setObjectName(u"conversionOfferLabel"_s);
    m_offerText->setWordWrap(true);
    auto* offerLayout = new QHBoxLayout(m_offerBar);
    offerLayout->setContentsMargins(6, 4, 6, 4);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_convert);
    offerLayout->addWidget(m_skip);
    m_offerBar->setVisible(false);

    m_message->setObjectName(u"attachmentMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::setStyle(m_message, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_message->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_pasteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_offerBar);
    // As tall as its content: in a composer the note text takes the spare room, not this list.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_offerBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    addDropTarget(this);
    addDropTarget(m_view->viewport());
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_pasteButton);
    setTabOrder(m_pasteButton, m_cancel);
    setTabOrder(m_cancel, m_retry);
    setTabOrder(m_retry, m_remove);

    auto* pasteShortcut = new QShortcut(ContextShortcuts::pasteAttachment(), this);
    pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteShortcut, &QShortcut::activated, this, &AttachmentListWidget::paste);
    auto* deleteShortcut = new QShortcut(ContextShortcuts::removeAttachment(), m_view);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, m_remove, &QPushButton::click);

    connect(m_add, &QPushButton::clicked, this, &AttachmentListWidget::openFilePicker);
    connect(m_pasteButton, &QPushButton::clicked, this, &AttachmentListWidget::paste);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_uploader->cancel(currentKey()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { m_uploader->retry(currentKey()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_uploader->remove(currentKey()); });
    connect(m_convert, &QPushButton::clicked, this, &AttachmentListWidget::acceptConversion);
    connect(m_skip, &QPushButton::clicked, this, &AttachmentListWidget::declineConversion);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AttachmentListWidget::showContextMenu);
    connect(m_uploader, &AttachmentUploader::settled, this, &AttachmentListWidget::settled);

    QAbstractItemModel* model = m_uploader->model();
    auto onChange = [this] {
        m_view->fitToRows();
        updateActions();
        updateMessage();
        emit changed();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, onChange](const QModelIndex&, int, int last) {
        m_view->setCurrentIndex(m_view->model()->index(last, 0)); // the newest file is the one to act on
        onChange();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, onChange);
    connect(model, &QAbstractItemModel::modelReset, this, onChange);
    connect(model, &QAbstractItemModel::dataChanged, this, onChange);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttachmentListWidget::updateActions);
    updateActions();
}

void AttachmentListWidget::setService(AttachmentService* service)
{
    m_uploader->setService(service);
    const QString limits = m_uploader->policy().limitsText();
    m_view->setPlaceholderText(tr("Drop files here, paste an image or use Add files.\n%1.").arg(limits));
}

int AttachmentListWidget::count() const
{
    return m_uploader->count();
}

bool AttachmentListWidget::isSettled() const
{
    return m_uploader->isSettled();
}

QStringList AttachmentListWidget::problemNames() const
{
    return m_uploader->problemNames();
}

void AttachmentListWidget::whenSettled(QObject* context, std::function<void()> callback)
{
    m_uploader->whenSettled(context, std::move(callback));
}

QList<AttachmentRef> AttachmentListWidget::references() const
{
    return m_uploader->references();
}

void AttachmentListWidget::clear()
{
    m_uploader->clear();
    m_refusals.clear();
    m_offers.clear();
    showNextOffer();
    updateMessage();
}

QString AttachmentListWidget::message() const
{
    return m_message->text();
}

bool AttachmentListWidget::isOfferingConversion() const
{
    return !m_offers.isEmpty();
}

bool AttachmentListWidget::isDropActive() const
{
    for (const QPointer<FileDropFilter>& drop : m_drops) {
        if (drop && drop->isActive())
            return true;
    }
    return false;
}

FileDropFilter* AttachmentListWidget::addDropTarget(QWidget* target, const QString& hint)
{
    auto* drop = new FileDropFilter(target, hint.isEmpty() ? tr("Drop files to attach them") : hint);
    drop->setEnabled(isEnabled());
    m_drops.append(drop);
    connect(drop, &FileDropFilter::filesDropped, this, &AttachmentListWidget::addFiles);
    return drop;
}

void AttachmentListWidget::addPasteSource(QWidget* editor)
{
    m_pasteSources.append(editor);
    editor->installEventFilter(this);
}

bool AttachmentListWidget::clipboardHasAttachable()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    return !FileDropFilter::localFiles(mime).isEmpty() || (mime->hasImage() && !mime->hasText());
}

bool AttachmentListWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+V in a text editor: files and images are attachments; only text is the editor's.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()
        && m_pasteSources.contains(static_cast<QWidget*>(watched)) && isEnabled()
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste) && clipboardHasAttachable()) {
        paste();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange) {
        for (const QPointer<FileDropFilter>& drop : std::as_const(m_drops)) {
            if (drop)
                drop->setEnabled(isEnabled());
        }
    }
    QWidget::changeEvent(event);
}

void AttachmentListWidget::addFiles(const QStringList& paths)
{
    if (!isEnabled())
        return;
    m_refusals.clear();
    for (const QString& path : paths) {
        const AttachmentCheck check = m_uploader->addFile(path);
        report(path, check, true);
    }
    updateMessage();
    showNextOffer();
}

void AttachmentListWidget::paste()
{
    if (!isEnabled())
        return;
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    const QStringList files = FileDropFilter::localFiles(mime);
    if (!files.isEmpty())
        return addFiles(files);
    m_refusals.clear();
    if (mime && mime->hasImage())
        report({}, m_uploader->addImage(qvariant_cast<QImage>(mime->imageData())), false);
    else
        m_refusals << tr("The clipboard holds no image or file to attach.");
    updateMessage();
}

void AttachmentListWidget::openFilePicker()
{
    QPointer<AttachmentListWidget> self(this);
    auto done = [self](const QStringList& files) {
        if (!self || files.isEmpty())
            return;
        self->m_lastDirectory = QFileInfo(files.first()).path();
        self->addFiles(files);
    };
    if (m_picker)
        m_picker(this, done);
    else
        openFileDialog(this, m_uploader->policy().nameFilters(), m_lastDirectory, done);
}

void AttachmentListWidget::report(const QString& path, const AttachmentCheck& check, bool mayOfferConversion)
{
    if (check.ok())
        return;
    m_refusals << check.message;
    if (mayOfferConversion && check.mayConvert() && !m_offers.contains(path) && ImageConversion::canRead(path))
        m_offers << path;
}

void AttachmentListWidget::showNextOffer()
{
    if (m_offers.isEmpty()) {
        m_offerBar->setVisible(false);
        return;
    }
    const QString name = OutsideText::name(QFileInfo(m_offers.first()).fileName());
    PlainText::setText(m_offerText,
                       tr("“%1” can be converted to PNG (or to JPEG, if that is what it takes to stay within "
                          "%2) and then attached.")
                           .arg(name, AttachmentPolicy::formatSize(m_uploader->policy().maxBytes())));
    m_convert->setAccessibleName(tr("Convert and attach %1").arg(name));
    m_skip->setAccessibleName(tr("Do not attach %1").arg(name));
    m_offerBar->setVisible(true);
}

void AttachmentListWidget::acceptConversion()
{
    if (m_offers.isEmpty())
        return;
    const QString path = m_offers.takeFirst();
    m_refusals.removeIf([name = QFileInfo(path).fileName()](const QString& line) { return line.contains(name); });
    report({}, m_uploader->addConverted(path), false);
    updateMessage();
    showNextOffer();
}

void AttachmentListWidget::declineConversion()
{
    if (!m_offers.isEmpty())
        m_offers.removeFirst();
    showNextOffer();
}

quint64 AttachmentListWidget::currentKey() const
{
    return m_uploader->model()->keyAt(m_view->currentIndex().row());
}

void AttachmentListWidget::updateActions()
{
    const AttachmentListModel::Item* item = m_uploader->model()->find(currentKey());
    const bool busy = item && AttachmentListModel::isBusy(item->state);
    const bool stuck = item && (item->state == State::Failed || item->state == State::Cancelled);
    m_cancel->setEnabled(busy);
    m_retry->setEnabled(stuck);
    m_remove->setEnabled(item != nullptr);
    const bool any = count() > 0; // an empty list has nothing to act on: no dead buttons
    m_cancel->setVisible(any);
    m_retry->setVisible(any);
    m_remove->setVisible(any);
    if (item) {
        m_cancel->setAccessibleName(tr("Cancel the upload of %1").arg(item->name));
        m_retry->setAccessibleName(tr("Retry the upload of %1").arg(item->name));
        m_remove->setAccessibleName(tr("Remove %1").arg(item->name));
    }
}

void AttachmentListWidget::updateMessage()
{
    // Refused files have no row: they are named here. A failed upload says why on its own row.
    PlainText::setText(m_message, m_refusals.join(u'\n')); // file names
    m_message->setVisible(!m_refusals.isEmpty());
}

void AttachmentListWidget::showContextMenu(const QPoint& pos)
{
    QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        index = m_view->currentIndex(); // the menu key: act on the current file
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QPushButton* button : {m_cancel, m_retry, m_remove}) {
        QAction* action = menu->addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace CaseDesk

#include "ui/wizard/AttachmentsPage.h"

#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "ui/attachments/AttachmentListView.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

AttachmentsPage::AttachmentsPage(AttachmentService* service, QWidget* parent)
    : CaseWizardPage(parent)
    , m_list(new AttachmentListWidget(this))
    , m_error(PlainText::label(QString(), this))
{
    setTitle(tr("Attachments"));
    setSubTitle(tr("Optional: photos, logs or documents that help. Drop files here, paste an image, or add "
                   "files; each one uploads at once."));
    if (service)
        m_list->setService(service);
    m_list->addDropTarget(this);
    m_error->setObjectName(u"attachments#error"_s);
    ThemeColors::setStyle(m_error, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addStretch(1); // the list keeps its own height, at the top
    layout->addWidget(statusLabel());
    connect(m_list, &AttachmentListWidget::changed, this, &AttachmentsPage::noteEdited);
}

QList<DraftAttachment> AttachmentsPage::entries() const
{
    QList<DraftAttachment> entries;
    for (const AttachmentListModel::Item& item : m_list->uploader()->model()->items()) {
        if (item.state == AttachmentListModel::State::Cancelled)
            continue;
        DraftAttachment entry;
        entry.localPath = item.stashPath.isEmpty() ? item.sourcePath : item.stashPath;
        const bool uploaded = item.state == AttachmentListModel::State::Uploaded && !item.attachmentId.isEmpty();
        entry.name = uploaded && !item.attachmentName.isEmpty() ? item.attachmentName : item.name;
        if (uploaded)
            entry.attachmentId = item.attachmentId;
        entries.append(entry);
    }
    return entries;
}

void AttachmentsPage::restore(const QList<DraftAttachment>& entries)
{
    m_list->clear();
    for (const DraftAttachment& entry : entries)
        m_list->uploader()->addFile(entry.localPath, entry.name);
}

void AttachmentsPage::forget()
{
    m_list->clear();
}

bool AttachmentsPage::isSettled() const
{
    return m_list->isSettled();
}

QStringList AttachmentsPage::problemNames() const
{
    return m_list->problemNames();
}

void AttachmentsPage::whenSettled(QObject* context, std::function<void()> callback)
{
    m_list->whenSettled(context, std::move(callback));
}

void AttachmentsPage::initializePage()
{
    m_list->view()->setFocus(Qt::TabFocusReason);
}

bool AttachmentsPage::focusPath(const QString&)
{
    m_list->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<Violation> AttachmentsPage::showViolations(const QList<Violation>& violations)
{
    QStringList reasons;
    for (const Violation& violation : violations)
        reasons.append(violation.reason);
    reasons.removeDuplicates();
    PlainText::setText(m_error, reasons.join(u'\n'));
    m_error->setVisible(!reasons.isEmpty());
    return {};
}

QString AttachmentsPage::fieldName(const QString&) const
{
    return tr("the attachments");
}

} // namespace CaseDesk

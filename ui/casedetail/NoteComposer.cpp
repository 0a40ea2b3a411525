#include "ui/casedetail/NoteComposer.h"

#include "models/templates/NoteTemplates.h"
#include "models/templates/TemplateExpansion.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/casedetail/NoteTextEdit.h"
#include "ui/widgets/ContextShortcuts.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

NoteComposer::NoteComposer(QWidget* parent)
    : QWidget(parent)
    , m_text(new NoteTextEdit(this))
    , m_templateButton(new QToolButton(this))
    , m_templateMenu(new QMenu(this))
    , m_counter(new QLabel(this))
    , m_visibility(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send note"), this))
    , m_message(PlainText::label(QString(), this))
    , m_attachmentArea(new QVBoxLayout)
    , m_attachments(new AttachmentListWidget(this))
{
    setObjectName(QStringLiteral("noteComposer"));
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setPlaceholderText(tr("Write a note to the technician…"));
    m_text->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("noteCounterLabel"));
    m_visibility->setObjectName(QStringLiteral("noteVisibilityCombo"));
    m_visibility->setAccessibleName(tr("Visibility"));
    m_visibility->addItem(tr("Visible to the customer"), QStringLiteral("EXTERNAL"));
    m_visibility->addItem(tr("Internal"), QStringLiteral("INTERNAL"));
    m_send->setObjectName(QStringLiteral("sendNoteButton"));
    m_send->setAccessibleName(tr("Send note"));
    m_send->setToolTip(tr("Send the note (%1)").arg(ContextShortcuts::sendNote().toString(QKeySequence::NativeText)));
    m_message->setObjectName(QStringLiteral("noteMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    ThemeColors::setStyle(m_message, [](const ThemeColors& colors) { return colors.errorTextStyle(); });

    m_templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateButton->setText(tr("&Template"));
    m_templateButton->setAccessibleName(tr("Insert a note template"));
    m_templateButton->setToolTip(tr("Insert a saved text; or type / at the start of a line"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    m_templateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templateButton->setFocusPolicy(Qt::StrongFocus);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    m_templateButton->setMenu(m_templateMenu);
    connect(m_templateMenu, &QMenu::aboutToShow, this, &NoteComposer::fillTemplateMenu);
    connect(m_text, &NoteTextEdit::templateChosen, this, &NoteComposer::insertTemplate);
    connect(m_text, &NoteTextEdit::linesChanged, this, &NoteComposer::heightWanted);

    auto* visibilityLabel = new QLabel(tr("&Visibility:"), this);
    visibilityLabel->setBuddy(m_visibility);
    auto* row = new QHBoxLayout;
    row->addWidget(visibilityLabel);
    row->addWidget(m_visibility);
    row->addWidget(m_templateButton);
    row->addStretch(1);
    row->addWidget(m_counter);
    row->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(m_attachmentArea);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_attachmentArea->addWidget(m_attachments);
    // Files dropped on the text or anywhere on the composer are attachments, not text.
    m_attachments->addDropTarget(m_text->viewport(), tr("Drop files to attach them to this note"));
    m_attachments->addDropTarget(this, tr("Drop files to attach them to this note"));
    m_attachments->addPasteSource(m_text);
    connect(m_attachments, &AttachmentListWidget::changed, this, &NoteComposer::updateState);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        emit textEdited();
    });
    connect(m_send, &QPushButton::clicked, this, &NoteComposer::submit);
    auto* shortcut = new QShortcut(ContextShortcuts::sendNote(), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_send, &QPushButton::click);
    setTabOrder(m_text, m_visibility);
    setTabOrder(m_visibility, m_templateButton);
    setTabOrder(m_templateButton, m_send);
    setTabOrder(m_send, m_attachments);
    updateState();
}

int NoteComposer::characterCount(const QString& text)
{
    // The API counts characters (code points), not UTF-16 units: an emoji is one.
    return int(text.toUcs4().size());
}

QString NoteComposer::text() const
{
    return m_text->toPlainText();
}

void NoteComposer::setText(const QString& text)
{
    m_text->setPlainText(text);
}

QString NoteComposer::visibility() const
{
    return m_visibility->currentData().toString();
}

void NoteComposer::setVisibility(const QString& visibility)
{
    const int index = m_visibility->findData(visibility);
    if (index >= 0)
        m_visibility->setCurrentIndex(index);
}

void NoteComposer::clear()
{
    m_text->clear();
    m_attachments->clear();
    setError({});
}

void NoteComposer::setAttachmentService(AttachmentService* service)
{
    m_attachments->setService(service);
}

void NoteComposer::addAttachments(const QStringList& paths)
{
    m_attachments->addFiles(paths);
}

QList<AttachmentRef> NoteComposer::attachmentReferences() const
{
    return m_attachments->references();
}

bool NoteComposer::attachmentsSettled() const
{
    return m_attachments->isSettled();
}

void NoteComposer::whenAttachmentsSettled(QObject* context, std::function<void()> callback)
{
    m_attachments->whenSettled(context, std::move(callback));
}

void NoteComposer::setTemplates(NoteTemplates* templates, TemplateValues values)
{
    if (m_templates)
        disconnect(m_templates, nullptr, this, nullptr);
    m_templates = templates;
    m_templateValues = std::move(values);
    if (m_templates)
        connect(m_templates, &NoteTemplates::changed, this, &NoteComposer::updateTemplateNames);
    updateTemplateNames();
}

void NoteComposer::updateTemplateNames()
{
    m_text->setTemplateNames(m_templates ? m_templates->names() : QStringList());
}

void NoteComposer::fillTemplateMenu()
{
    m_templateMenu->clear();
    const QStringList names = m_templates ? m_templates->names() : QStringList();
    if (names.isEmpty()) {
        QAction* none = m_templateMenu->addAction(tr("No templates yet: add them in File ▸ Preferences"));
        none->setEnabled(false);
        return;
    }
    for (const QString& name : names) {
        // The user's own name: "&" is text, not a mnemonic.
        QAction* action = m_templateMenu->addAction(PlainText::mnemonicSafe(name));
        connect(action, &QAction::triggered, this, [this, name] { insertTemplate(name); });
    }
}

void NoteComposer::insertTemplate(const QString& name)
{
    if (!m_templates || m_text->isReadOnly())
        return;
    const QString text = m_templates->textOf(name);
    if (text.isEmpty())
        return;
    const TemplateExpansion::Result result =
        TemplateExpansion::expand(text, m_templateValues ? m_templateValues() : QHash<QString, QString>());
    m_text->insertPlainText(result.text);
    m_text->setFocus(Qt::OtherFocusReason);
    if (!result.unfilled.isEmpty())
        setError(tr("This case has no value for %1: left as typed for you to fill in.")
                     .arg(QLocale().createSeparatedList(result.unfilled)));
    else
        setError({});
}

void NoteComposer::submit()
{
    if (!isSendable())
        return;
    if (!m_attachments->isSettled()) {
        m_waitingForUploads = true;
        updateState();
        m_attachments->whenSettled(this, [this] {
            m_waitingForUploads = false;
            updateState();
            submit();
        });
        return;
    }
    const QStringList problems = m_attachments->problemNames();
    if (!problems.isEmpty()) {
        setError(tr("Not uploaded: %1. Retry or remove before sending.").arg(QLocale().createSeparatedList(problems)));
        return;
    }
    setError({});
    emit submitted(text(), visibility());
}

void NoteComposer::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    updateState();
}

void NoteComposer::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void NoteComposer::setError(const QString& message)
{
    PlainText::setText(m_message, message); // the server's reasons
    m_message->setVisible(!message.isEmpty());
}

bool NoteComposer::isSendable() const
{
    const int count = characterCount(text());
    return m_blockedReason.isEmpty() && !m_busy && !m_waitingForUploads && !text().trimmed().isEmpty()
           && count <= MaxLength;
}

void NoteComposer::updateState()
{
    const int count = characterCount(text());
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(count), locale.toString(MaxLength)));
    m_counter->setAccessibleName(tr("%1 of %2 characters").arg(locale.toString(count), locale.toString(MaxLength)));
    ThemeColors::setStyle(m_counter, [on = count > MaxLength](const ThemeColors& colors) {
        return on ? colors.errorTextStyle(QStringLiteral("font-weight: 600;")) : QString();
    });
    m_send->setEnabled(isSendable());
    m_text->setReadOnly(!m_blockedReason.isEmpty());
    m_attachments->setEnabled(m_blockedReason.isEmpty());
    m_send->setText(m_waitingForUploads ? tr("Waiting for uploads…") : tr("&Send note"));
    if (!m_blockedReason.isEmpty())
        PlainText::setToolTip(m_send, m_blockedReason); // names the status the server sent
    else if (m_waitingForUploads)
        m_send->setToolTip(tr("The note is sent as soon as its attachments have uploaded"));
    else if (m_attachments->count() > 0 && text().trimmed().isEmpty())
        m_send->setToolTip(tr("Write a few words about the attachments: a note needs text"));
    else if (count > MaxLength)
        m_send->setToolTip(tr("A note can have at most %1 characters.").arg(locale.toString(MaxLength)));
    else
        m_send->setToolTip(
            tr("Send the note (%1)").arg(ContextShortcuts::sendNote().toString(QKeySequence::NativeText)));
}

} // namespace CaseDesk

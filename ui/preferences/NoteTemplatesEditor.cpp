#include "ui/preferences/NoteTemplatesEditor.h"

#include "models/templates/TemplateExpansion.h"
#include "ui/widgets/PlainText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

NoteTemplatesEditor::NoteTemplatesEditor(NoteTemplates* templates, QWidget* parent)
    : QGroupBox(tr("Note templates (this environment)"), parent)
    , m_templates(templates)
    , m_edited(templates ? templates->templates() : QList<NoteTemplate>())
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_me(new QLineEdit(this))
{
    setObjectName(QStringLiteral("noteTemplatesGroup"));
    m_list->setObjectName(QStringLiteral("noteTemplateList"));
    m_list->setAccessibleName(tr("Note templates"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    auto* add = new QPushButton(tr("Add &template…"), this);
    add->setObjectName(QStringLiteral("addTemplateButton"));
    m_edit->setObjectName(QStringLiteral("editTemplateButton"));
    m_remove->setObjectName(QStringLiteral("removeTemplateButton"));
    m_me->setObjectName(QStringLiteral("templateMeEdit"));
    m_me->setText(templates ? templates->me() : QString());
    m_me->setAccessibleName(tr("Your name, for {me}"));
    auto* meLabel = new QLabel(tr("Y&our name, for {me}:"), this);
    meLabel->setBuddy(m_me);
    QStringList placeholders;
    for (const QString& placeholder : TemplateExpansion::placeholders())
        placeholders.append(u'{' + placeholder + u'}');
    auto* hint = PlainText::label(tr("In a note, choose Template or type / at the start of a line. Placeholders: %1. "
                                     "One with no value for a case stays as typed.")
                                      .arg(placeholders.join(u' ')),
                                  this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* me = new QHBoxLayout;
    me->addWidget(meLabel);
    me->addWidget(m_me, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(me);
    layout->addWidget(hint);

    connect(add, &QPushButton::clicked, this, &NoteTemplatesEditor::addTemplate);
    connect(m_edit, &QPushButton::clicked, this, &NoteTemplatesEditor::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &NoteTemplatesEditor::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &NoteTemplatesEditor::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    refill(0);
    setEnabled(templates != nullptr);
}

void NoteTemplatesEditor::refill(int selectRow)
{
    m_list->clear();
    for (const NoteTemplate& entry : std::as_const(m_edited))
        m_list->addItem(entry.name); // a list item shows text as it is: no markup, no mnemonic
    m_list->setCurrentRow(qMin(selectRow, m_list->count() - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void NoteTemplatesEditor::addTemplate()
{
    openEditor(-1);
}

void NoteTemplatesEditor::editSelected()
{
    if (m_list->currentRow() >= 0)
        openEditor(m_list->currentRow());
}

void NoteTemplatesEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_edited.removeAt(row);
    refill(row);
}

void NoteTemplatesEditor::openEditor(int row)
{
    const NoteTemplate original = row >= 0 ? m_edited.at(row) : NoteTemplate{};
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("noteTemplateDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Edit note template") : tr("New note template"));
    auto* name = new QLineEdit(original.name, dialog);
    name->setObjectName(QStringLiteral("templateNameEdit"));
    name->setAccessibleName(tr("Template name"));
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("templateTextEdit"));
    text->setAccessibleName(tr("Template text"));
    text->setTabChangesFocus(true);
    text->setPlainText(original.text);
    text->setPlaceholderText(tr("Please confirm the maintenance window for case {case} at {ibx}, cage {cage}."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Text:"), text);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    auto updateOk = [buttons, name, text] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!name->text().trimmed().isEmpty() && !text->toPlainText().trimmed().isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, updateOk);
    connect(text, &QPlainTextEdit::textChanged, dialog, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, text, row, original] {
        NoteTemplate entry = original;
        entry.name = name->text().trimmed();
        entry.text = text->toPlainText();
        if (row >= 0 && row < m_edited.size())
            m_edited[row] = entry;
        else
            m_edited.append(entry);
        refill(row >= 0 ? row : int(m_edited.size()) - 1);
        dialog->accept();
    });
    dialog->resize(480, 320);
    dialog->open();
}

void NoteTemplatesEditor::apply()
{
    if (!m_templates)
        return;
    m_templates->setTemplates(m_edited);
    m_templates->setMe(m_me->text());
}

} // namespace CaseDesk

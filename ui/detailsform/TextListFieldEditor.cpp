#include "ui/detailsform/TextListFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/detailsform/TextFieldEditor.h"
#include "ui/widgets/PlainText.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

TextListFieldEditor::TextListFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_box(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_box))
    , m_add(new QPushButton(PlainText::mnemonicSafe(tr("Add %1").arg(value->field().title)), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    buildFrame(m_box);
    contentLayout()->addWidget(m_box);
    contentLayout()->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &TextListFieldEditor::addRow);
    rebuild();
}

QWidget* TextListFieldEditor::input() const
{
    return m_rows.isEmpty() ? static_cast<QWidget*>(m_add) : m_rows.constFirst().editor->input();
}

QWidget* TextListFieldEditor::namedWidget() const
{
    return m_box;
}

QList<FieldEditor*> TextListFieldEditor::childEditors() const
{
    QList<FieldEditor*> editors;
    for (const Row& row : m_rows)
        editors.append(row.editor);
    return editors;
}

QList<QWidget*> TextListFieldEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (const Row& row : m_rows)
        chain << row.editor->focusChain() << row.remove;
    chain << m_add;
    return chain;
}

void TextListFieldEditor::updateNames()
{
    FieldEditor::updateNames();
    m_add->setObjectName(path() + u"#add"_s);
    m_add->setAccessibleName(tr("Add %1").arg(m_value->field().title));
    const QString title = m_value->field().title;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        row.remove->setObjectName(row.editor->path() + u"#remove"_s);
        row.remove->setAccessibleName(tr("Remove %1, item %2").arg(title).arg(i + 1));
        row.editor->input()->setAccessibleName(tr("%1, item %2").arg(title).arg(i + 1));
    }
}

void TextListFieldEditor::refresh()
{
    rebuild();
}

void TextListFieldEditor::rebuild()
{
    for (const Row& row : std::as_const(m_rows))
        retire(row.widget);
    m_rows.clear();
    for (qsizetype i = 0; i < m_value->count(); ++i) {
        auto* widget = new QWidget(m_box);
        auto* layout = new QHBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        FieldEditor* editor = FieldEditor::create(m_value->at(i), widget);
        editor->setTitleVisible(false);
        auto* remove = new QToolButton(widget);
        remove->setText(tr("Remove"));
        layout->addWidget(editor, 1);
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rowsLayout->addWidget(widget);
        connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(remove, &QToolButton::clicked, this, [this, widget] {
            for (qsizetype r = 0; r < m_rows.size(); ++r) {
                if (m_rows.at(r).widget == widget)
                    return removeRow(r);
            }
        });
        m_rows.append({editor, remove, widget});
    }
    const std::optional<int> maxItems = m_value->field().maxItems;
    m_add->setEnabled(!maxItems || m_rows.size() < *maxItems);
    updateNames();
}

void TextListFieldEditor::addRow()
{
    m_value->appendItem();
    rebuild();
    m_rows.constLast().editor->input()->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

void TextListFieldEditor::removeRow(qsizetype index)
{
    m_value->removeItem(index);
    rebuild();
    QWidget* next = index < m_rows.size() ? m_rows.at(index).editor->input() : m_add;
    if (!next->isEnabled())
        next = m_rows.isEmpty() ? nullptr : m_rows.constLast().editor->input();
    if (next)
        next->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

} // namespace CaseDesk

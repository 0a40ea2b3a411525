#include "ui/detailsform/ListFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/widgets/PlainText.h"

#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ListFieldEditor::ListFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_box(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_box))
    , m_add(new QPushButton(PlainText::mnemonicSafe(tr("Add %1").arg(value->field().title)), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    buildFrame(m_box);
    contentLayout()->addWidget(m_box);
    contentLayout()->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &ListFieldEditor::addRow);
}

QToolButton* ListFieldEditor::removeButton(QWidget* parent)
{
    auto* remove = new QToolButton(parent);
    remove->setText(tr("Remove"));
    return remove;
}

QWidget* ListFieldEditor::input() const
{
    if (!m_rows.isEmpty() && m_rows.constFirst().editor->input())
        return m_rows.constFirst().editor->input();
    return m_add;
}

QWidget* ListFieldEditor::namedWidget() const
{
    return m_box;
}

QList<FieldEditor*> ListFieldEditor::childEditors() const
{
    QList<FieldEditor*> editors;
    for (const Row& row : m_rows)
        editors.append(row.editor);
    return editors;
}

QList<QWidget*> ListFieldEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (const Row& row : m_rows)
        chain << row.editor->focusChain() << row.remove;
    chain << m_add;
    return chain;
}

void ListFieldEditor::updateNames()
{
    FieldEditor::updateNames();
    m_add->setObjectName(path() + u"#add"_s);
    m_add->setAccessibleName(tr("Add %1").arg(m_value->field().title));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        row.remove->setObjectName(row.editor->path() + u"#remove"_s);
        nameRow(row, i);
    }
}

void ListFieldEditor::refresh()
{
    rebuild();
}

void ListFieldEditor::rebuild()
{
    for (const Row& row : std::as_const(m_rows))
        retire(row.container);
    m_rows.clear();
    for (qsizetype i = 0; i < m_value->count(); ++i) {
        const Row row = makeRow(m_value->at(i));
        m_rowsLayout->addWidget(row.container);
        connect(row.editor, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(row.editor, &FieldEditor::structureChanged, this, &FieldEditor::structureChanged);
        // Looked up at the click: the rows before it may have gone meanwhile.
        connect(row.remove, &QToolButton::clicked, this, [this, container = row.container] {
            for (qsizetype r = 0; r < m_rows.size(); ++r) {
                if (m_rows.at(r).container == container)
                    return removeRow(r);
            }
        });
        m_rows.append(row);
    }
    const std::optional<int> maxItems = m_value->field().maxItems;
    m_add->setEnabled(!maxItems || m_rows.size() < *maxItems);
    updateNames();
}

void ListFieldEditor::addRow()
{
    m_value->appendItem();
    rebuild();
    if (QWidget* first = m_rows.constLast().editor->input())
        first->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

void ListFieldEditor::removeRow(qsizetype index)
{
    m_value->removeItem(index);
    rebuild();
    // The row that moved into its place, else Add, else the last row: focus never falls out of the list.
    QWidget* next = index < m_rows.size() ? m_rows.at(index).editor->input() : nullptr;
    if (!next || !next->isEnabled())
        next = m_add->isEnabled() ? static_cast<QWidget*>(m_add) : nullptr;
    if (!next && !m_rows.isEmpty())
        next = m_rows.constLast().editor->input();
    if (next)
        next->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

} // namespace CaseDesk

#include "ui/detailsform/ObjectListFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/detailsform/ObjectFieldEditor.h"
#include "ui/widgets/PlainText.h"

#include <QGroupBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ObjectListFieldEditor::ObjectListFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_box(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_box))
    , m_add(new QPushButton(PlainText::mnemonicSafe(tr("Add %1").arg(value->field().title)), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    buildFrame(m_box);
    contentLayout()->addWidget(m_box);
    contentLayout()->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &ObjectListFieldEditor::addRow);
    rebuild();
}

QWidget* ObjectListFieldEditor::input() const
{
    if (!m_rows.isEmpty() && m_rows.constFirst().editor->input())
        return m_rows.constFirst().editor->input();
    return m_add;
}

QWidget* ObjectListFieldEditor::namedWidget() const
{
    return m_box;
}

QList<FieldEditor*> ObjectListFieldEditor::childEditors() const
{
    QList<FieldEditor*> editors;
    for (const Row& row : m_rows)
        editors.append(row.editor);
    return editors;
}

QList<QWidget*> ObjectListFieldEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (const Row& row : m_rows)
        chain << row.editor->focusChain() << row.remove;
    chain << m_add;
    return chain;
}

void ObjectListFieldEditor::updateNames()
{
    FieldEditor::updateNames();
    m_add->setObjectName(path() + u"#add"_s);
    m_add->setAccessibleName(tr("Add %1").arg(m_value->field().title));
    const QString title = m_value->field().title;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString boxTitle = tr("%1 %2", "list title, row number").arg(title).arg(i + 1);
        row.box->setTitle(PlainText::mnemonicSafe(boxTitle)); // the API document's title
        row.box->setAccessibleName(boxTitle);
        row.remove->setObjectName(row.editor->path() + u"#remove"_s);
        row.remove->setAccessibleName(tr("Remove %1 %2").arg(title).arg(i + 1));
    }
}

void ObjectListFieldEditor::refresh()
{
    rebuild();
}

void ObjectListFieldEditor::rebuild()
{
    for (const Row& row : std::as_const(m_rows))
        retire(row.box);
    m_rows.clear();
    for (qsizetype i = 0; i < m_value->count(); ++i) {
        auto* box = new QGroupBox(m_box);
        auto* layout = new QVBoxLayout(box);
        auto* editor = new ObjectFieldEditor(m_value->at(i), box, false);
        auto* remove = new QToolButton(box);
        remove->setText(tr("Remove"));
        layout->addWidget(editor);
        layout->addWidget(remove, 0, Qt::AlignRight);
        m_rowsLayout->addWidget(box);
        connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(editor, &FieldEditor::structureChanged, this, &FieldEditor::structureChanged);
        connect(remove, &QToolButton::clicked, this, [this, box] {
            for (qsizetype r = 0; r < m_rows.size(); ++r) {
                if (m_rows.at(r).box == box)
                    return removeRow(r);
            }
        });
        m_rows.append({editor, remove, box});
    }
    const std::optional<int> maxItems = m_value->field().maxItems;
    m_add->setEnabled(!maxItems || m_rows.size() < *maxItems);
    updateNames();
}

void ObjectListFieldEditor::addRow()
{
    m_value->appendItem();
    rebuild();
    if (QWidget* first = m_rows.constLast().editor->input())
        first->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

void ObjectListFieldEditor::removeRow(qsizetype index)
{
    m_value->removeItem(index);
    rebuild();
    QWidget* next = index < m_rows.size() ? m_rows.at(index).editor->input() : nullptr;
    if (!next)
        next = m_add->isEnabled() ? static_cast<QWidget*>(m_add) : nullptr;
    if (next)
        next->setFocus(Qt::TabFocusReason);
    emit structureChanged();
    emit edited();
}

} // namespace CaseDesk

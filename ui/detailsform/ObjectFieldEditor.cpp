#include "ui/detailsform/ObjectFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/widgets/PlainText.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

ObjectFieldEditor::ObjectFieldEditor(FormValue* value, QWidget* parent, bool framed)
    : FieldEditor(value, parent)
{
    QWidget* container = this;
    if (framed) {
        m_group = new QGroupBox(PlainText::mnemonicSafe(titleText()), this);
        m_group->setAccessibleName(accessibleTitle());
        PlainText::setToolTip(m_group, value->field().description);
        container = m_group;
    }
    buildFrame(nullptr);
    setTitleVisible(false); // the group box, or the list row around it, names the object
    auto* fields = new QVBoxLayout;
    fields->setSpacing(8);
    if (m_group) {
        contentLayout()->addWidget(m_group);
        m_group->setLayout(fields);
        // The description belongs at the top of the group it describes, not under it.
        m_hintLabel->setParent(m_group);
        fields->addWidget(m_hintLabel);
    } else {
        contentLayout()->addLayout(fields);
    }

    for (qsizetype i = 0; i < value->count(); ++i) {
        FieldEditor* editor = FieldEditor::create(value->at(i), container);
        fields->addWidget(editor);
        connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
        connect(editor, &FieldEditor::structureChanged, this, &FieldEditor::structureChanged);
        m_children.append(editor);
    }
}

QWidget* ObjectFieldEditor::input() const
{
    // Focusing an object means focusing its first field.
    return m_children.isEmpty() ? nullptr : m_children.constFirst()->input();
}

QList<QWidget*> ObjectFieldEditor::focusChain() const
{
    QList<QWidget*> chain;
    for (const FieldEditor* editor : m_children)
        chain += editor->focusChain();
    return chain;
}

QWidget* ObjectFieldEditor::namedWidget() const
{
    return m_group ? static_cast<QWidget*>(m_group) : const_cast<ObjectFieldEditor*>(this);
}

void ObjectFieldEditor::refresh()
{
    for (FieldEditor* editor : std::as_const(m_children))
        editor->refresh();
}

} // namespace CaseDesk

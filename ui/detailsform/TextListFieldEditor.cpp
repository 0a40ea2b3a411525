#include "ui/detailsform/TextListFieldEditor.h"

#include "models/schemaform/FormValue.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace CaseDesk
{

TextListFieldEditor::TextListFieldEditor(FormValue* value, QWidget* parent)
    : ListFieldEditor(value, parent)
{
    rebuild();
}

ListFieldEditor::Row TextListFieldEditor::makeRow(FormValue* item)
{
    auto* widget = new QWidget(rowsBox());
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    FieldEditor* editor = FieldEditor::create(item, widget);
    editor->setTitleVisible(false); // the list's title names the rows
    QToolButton* remove = removeButton(widget);
    layout->addWidget(editor, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    return {editor, remove, widget};
}

void TextListFieldEditor::nameRow(const Row& row, qsizetype index)
{
    const QString title = m_value->field().title;
    row.remove->setAccessibleName(tr("Remove %1, item %2").arg(title).arg(index + 1));
    if (QWidget* input = row.editor->input())
        input->setAccessibleName(tr("%1, item %2").arg(title).arg(index + 1));
}

} // namespace CaseDesk

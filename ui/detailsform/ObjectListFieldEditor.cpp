#include "ui/detailsform/ObjectListFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/detailsform/ObjectFieldEditor.h"
#include "ui/widgets/PlainText.h"

#include <QGroupBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

ObjectListFieldEditor::ObjectListFieldEditor(FormValue* value, QWidget* parent)
    : ListFieldEditor(value, parent)
{
    rebuild();
}

ListFieldEditor::Row ObjectListFieldEditor::makeRow(FormValue* item)
{
    auto* box = new QGroupBox(rowsBox());
    auto* layout = new QVBoxLayout(box);
    auto* editor = new ObjectFieldEditor(item, box, false);
    QToolButton* remove = removeButton(box);
    layout->addWidget(editor);
    layout->addWidget(remove, 0, Qt::AlignRight);
    return {editor, remove, box};
}

void ObjectListFieldEditor::nameRow(const Row& row, qsizetype index)
{
    const QString title = m_value->field().title;
    const QString boxTitle = tr("%1 %2", "list title, row number").arg(title).arg(index + 1);
    auto* box = static_cast<QGroupBox*>(row.container);
    box->setTitle(PlainText::mnemonicSafe(boxTitle)); // the API document's title
    box->setAccessibleName(boxTitle);
    row.remove->setAccessibleName(tr("Remove %1 %2").arg(title).arg(index + 1));
}

} // namespace CaseDesk

#pragma once

#include "ui/detailsform/FieldEditor.h"

class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace CaseDesk
{

// An editable list of strings: one line edit per row (each with its own counter and error), a Remove
// button per row and an Add button, disabled once the schema's maxItems is reached.
class TextListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    TextListFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;
    QWidget* namedWidget() const override;
    QList<FieldEditor*> childEditors() const override;
    QList<QWidget*> focusChain() const override;
    void updateNames() override;

private:
    struct Row
    {
        FieldEditor* editor;
        QToolButton* remove;
        QWidget* widget;
    };

    void rebuild();
    void addRow();
    void removeRow(qsizetype index);

    QWidget* m_box;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<Row> m_rows;
};

} // namespace CaseDesk

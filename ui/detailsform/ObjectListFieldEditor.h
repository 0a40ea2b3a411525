#pragma once

#include "ui/detailsform/FieldEditor.h"

class QGroupBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace CaseDesk
{

// A list of objects: one group box per row ("Parts 2") holding the row's fields and a Remove button, and an
// Add button under the rows, disabled once the schema's maxItems is reached.
class ObjectListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ObjectListFieldEditor(FormValue* value, QWidget* parent);

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
        QGroupBox* box;
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

#pragma once

#include "ui/detailsform/FieldEditor.h"

class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace CaseDesk
{

/*
 * What every list field of a details form shares (TextListFieldEditor for strings, ObjectListFieldEditor for
 * objects): one row per item with its own Remove button, an Add button under the rows that is disabled once
 * the schema's maxItems is reached, the rows rebuilt from the value after each change (then structureChanged()
 * so that the form re-indexes paths and the tab order), and focus that follows the user: into the new row after
 * Add, into the row that took the removed one's place (or onto Add) after Remove.
 *
 * A subclass says what a row looks like (makeRow) and how its widgets are named (nameRow), and calls rebuild()
 * at the end of its constructor.
 */
class ListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    void refresh() override;
    QWidget* input() const override;
    QWidget* namedWidget() const override;
    QList<FieldEditor*> childEditors() const override;
    QList<QWidget*> focusChain() const override;
    void updateNames() override;

protected:
    struct Row
    {
        FieldEditor* editor;
        QToolButton* remove;
        QWidget* container; // what holds the row, a child of rowsBox(); retired when the rows are rebuilt
    };

    ListFieldEditor(FormValue* value, QWidget* parent);

    // The row of `item`: its container (a child of rowsBox()) with the item's editor and a removeButton() in it.
    virtual Row makeRow(FormValue* item) = 0;
    // Names the row's widgets after its position (`index` from 0); called after every rebuild.
    virtual void nameRow(const Row& row, qsizetype index) = 0;

    QWidget* rowsBox() const { return m_box; }
    static QToolButton* removeButton(QWidget* parent);
    void rebuild();

private:
    void addRow();
    void removeRow(qsizetype index);

    QWidget* m_box;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QList<Row> m_rows;
};

} // namespace CaseDesk

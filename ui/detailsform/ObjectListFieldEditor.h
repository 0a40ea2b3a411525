#pragma once

#include "ui/detailsform/ListFieldEditor.h"

namespace CaseDesk
{

// A list of objects: one group box per row ("Parts 2") holding the row's fields and its Remove button; adding,
// removing, the maxItems limit and focus are ListFieldEditor's.
class ObjectListFieldEditor : public ListFieldEditor
{
    Q_OBJECT

public:
    ObjectListFieldEditor(FormValue* value, QWidget* parent);

protected:
    Row makeRow(FormValue* item) override;
    void nameRow(const Row& row, qsizetype index) override;
};

} // namespace CaseDesk

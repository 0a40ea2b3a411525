#pragma once

#include "ui/detailsform/ListFieldEditor.h"

namespace CaseDesk
{

// An editable list of strings: one line edit per row (each with its own counter and error) with its Remove button
// beside it; adding, removing, the maxItems limit and focus are ListFieldEditor's.
class TextListFieldEditor : public ListFieldEditor
{
    Q_OBJECT

public:
    TextListFieldEditor(FormValue* value, QWidget* parent);

protected:
    Row makeRow(FormValue* item) override;
    void nameRow(const Row& row, qsizetype index) override;
};

} // namespace CaseDesk

#pragma once

#include "ui/detailsform/FieldEditor.h"

class QCheckBox;

namespace CaseDesk
{

// A check box for a boolean; untouched, it shows the schema's default.
class BooleanFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    BooleanFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;

private:
    QCheckBox* m_check;
};

} // namespace CaseDesk

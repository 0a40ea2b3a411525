#pragma once

#include "ui/detailsform/FieldEditor.h"

class QComboBox;

namespace CaseDesk
{

// A combo box for an enum: a first entry meaning "not chosen", then the schema's values. A loaded value the
// schema does not offer is shown as an extra, marked entry so the user sees it beside its error.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;

private:
    QComboBox* m_combo;
};

} // namespace CaseDesk

#pragma once

#include "ui/detailsform/FieldEditor.h"

class QLineEdit;

namespace CaseDesk
{

// A line edit for a string field, with a live "12/100" length counter when the schema sets a maximum.
// The counter counts characters as JSON Schema does (code points), and turns red past the maximum.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    TextFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;
    void updateNames() override;

private:
    void updateCounter();

    QLineEdit* m_edit;
    QLabel* m_counter = nullptr;
};

} // namespace CaseDesk

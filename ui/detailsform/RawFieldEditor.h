#pragma once

#include "ui/detailsform/FieldEditor.h"

class QPlainTextEdit;

namespace CaseDesk
{

// JSON text for what the form has no editor for (oneOf, maps, lists of lists), so every schema still
// yields a working form. A hint says why; text that is not JSON is reported by FormValue::problems().
class RawFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    RawFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;

private:
    QPlainTextEdit* m_edit;
};

} // namespace CaseDesk

#pragma once

#include "ui/detailsform/FieldEditor.h"

class QCheckBox;
class QDateTimeEdit;

namespace CaseDesk
{

// A date and time, entered in local time and sent as UTC ("2024-05-22T19:23:51Z"). A "Set" check box in
// front decides whether the field is sent at all, since a date-time edit cannot be empty.
class DateTimeFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    DateTimeFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;
    QList<QWidget*> focusChain() const override;
    void updateNames() override;

private:
    void store();

    QCheckBox* m_set;
    QDateTimeEdit* m_edit;
};

} // namespace CaseDesk

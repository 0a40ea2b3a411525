#pragma once

#include "ui/detailsform/FieldEditor.h"

class QAbstractSpinBox;
class QDoubleSpinBox;
class QSpinBox;

namespace CaseDesk
{

/*
 * A spin box for an integer (QSpinBox) or a number (QDoubleSpinBox), bounded by the schema's minimum and
 * maximum. One step below the minimum is the "Not set" value, so an optional number can stay out of the
 * request; typing over "Not set" enters a number.
 */
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    NumberFieldEditor(FormValue* value, QWidget* parent);

    void refresh() override;
    QWidget* input() const override;

private:
    void store(double value, bool isUnset);

    QSpinBox* m_integer = nullptr;
    QDoubleSpinBox* m_number = nullptr;
};

} // namespace CaseDesk

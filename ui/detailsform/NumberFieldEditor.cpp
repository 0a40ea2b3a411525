#include "ui/detailsform/NumberFieldEditor.h"

#include "models/core/NumberConversion.h"
#include "models/schemaform/FormValue.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace CaseDesk
{

namespace
{
constexpr double kUnbounded = 1e15;
constexpr int kDecimals = 3;
} // namespace

NumberFieldEditor::NumberFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
{
    const FormField& field = value->field();
    QAbstractSpinBox* spin = nullptr;
    if (field.kind == FormField::Kind::Integer) {
        constexpr double intMin = std::numeric_limits<int>::min() + 1.0;
        constexpr double intMax = std::numeric_limits<int>::max();
        double lower = field.minimum ? std::ceil(*field.minimum) : intMin;
        if (field.minimum && field.exclusiveMinimum && lower == *field.minimum)
            lower += 1;
        double upper = field.maximum ? std::floor(*field.maximum) : intMax;
        if (field.maximum && field.exclusiveMaximum && upper == *field.maximum)
            upper -= 1;
        lower = qBound(intMin, lower, intMax);
        upper = qBound(lower, upper, intMax);
        m_integer = new QSpinBox(this);
        m_integer->setRange(int(lower) - 1, int(upper));
        connect(m_integer, &QSpinBox::valueChanged, this, [this](int v) { store(v, v == m_integer->minimum()); });
        spin = m_integer;
    } else {
        const double lower = field.minimum.value_or(-kUnbounded);
        const double upper = qMax(lower, field.maximum.value_or(kUnbounded));
        m_number = new QDoubleSpinBox(this);
        m_number->setDecimals(kDecimals);
        m_number->setRange(lower - 1, upper);
        connect(m_number, &QDoubleSpinBox::valueChanged, this,
                [this](double v) { store(v, v == m_number->minimum()); });
        spin = m_number;
    }
    spin->setSpecialValueText(tr("Not set"));
    spin->setKeyboardTracking(true);
    buildFrame(spin);
    contentLayout()->addWidget(spin);
    refresh();
}

QWidget* NumberFieldEditor::input() const
{
    return m_integer ? static_cast<QWidget*>(m_integer) : m_number;
}

void NumberFieldEditor::store(double value, bool isUnset)
{
    m_value->setValue(isUnset ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value));
    emit edited();
}

void NumberFieldEditor::refresh()
{
    const QJsonValue value = m_value->value();
    if (m_integer) {
        const QSignalBlocker blocker(m_integer);
        // A loaded draft may hold any number (1e300): clamp it, a cast to int would be undefined.
        const int minimum = m_integer->minimum();
        m_integer->setValue(value.isDouble()
                                ? NumberConversion::clampedInt(value.toDouble(), minimum, minimum, m_integer->maximum())
                                : minimum);
    } else {
        const QSignalBlocker blocker(m_number);
        m_number->setValue(value.isDouble() ? value.toDouble() : m_number->minimum());
    }
}

} // namespace CaseDesk

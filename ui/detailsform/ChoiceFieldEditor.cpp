#include "ui/detailsform/ChoiceFieldEditor.h"

#include "models/core/OutsideText.h"
#include "models/schemaform/FormValue.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLocale>
#include <QVBoxLayout>

namespace CaseDesk
{

namespace
{
QString shown(const QJsonValue& value)
{
    // Enum values come from the API document: shown as written, never reordered by a bidi override.
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest)
                            : OutsideText::name(value.toString());
}
} // namespace

ChoiceFieldEditor::ChoiceFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_combo(new QComboBox(this))
{
    buildFrame(m_combo);
    contentLayout()->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_combo->itemData(index);
        m_value->setValue(data.isValid() ? QJsonValue::fromVariant(data) : QJsonValue(QJsonValue::Undefined));
        emit edited();
    });
    refresh();
}

QWidget* ChoiceFieldEditor::input() const
{
    return m_combo;
}

void ChoiceFieldEditor::refresh()
{
    const QJsonValue current = m_value->value();
    m_combo->clear();
    m_combo->addItem(m_value->field().required ? tr("Choose…") : tr("(none)"));
    int selected = 0;
    for (const QJsonValue& option : m_value->field().enumValues) {
        m_combo->addItem(shown(option), option.toVariant());
        if (option == current)
            selected = m_combo->count() - 1;
    }
    if (selected == 0 && !current.isUndefined() && !current.isNull()) {
        m_combo->addItem(tr("%1 (not offered)").arg(shown(current)), current.toVariant());
        selected = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(selected);
}

} // namespace CaseDesk

#include "ui/detailsform/BooleanFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

BooleanFieldEditor::BooleanFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_check(new QCheckBox(this))
{
    buildFrame(m_check);
    // The check box carries its own title; the header label stays for errors' sake but is not shown.
    m_check->setText(PlainText::mnemonicSafe(titleText()));
    setTitleVisible(false);
    contentLayout()->addWidget(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool checked) {
        m_value->setValue(checked);
        emit edited();
    });
    refresh();
}

QWidget* BooleanFieldEditor::input() const
{
    return m_check;
}

void BooleanFieldEditor::refresh()
{
    const QJsonValue value = m_value->value();
    const bool checked = value.isBool() ? value.toBool() : m_value->field().defaultValue.toBool();
    if (m_check->isChecked() != checked) {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(checked);
    }
}

} // namespace CaseDesk

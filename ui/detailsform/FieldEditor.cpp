#include "ui/detailsform/FieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/detailsform/BooleanFieldEditor.h"
#include "ui/detailsform/ChoiceFieldEditor.h"
#include "ui/detailsform/ChoiceListFieldEditor.h"
#include "ui/detailsform/DateTimeFieldEditor.h"
#include "ui/detailsform/NumberFieldEditor.h"
#include "ui/detailsform/ObjectFieldEditor.h"
#include "ui/detailsform/ObjectListFieldEditor.h"
#include "ui/detailsform/RawFieldEditor.h"
#include "ui/detailsform/TextFieldEditor.h"
#include "ui/detailsform/TextListFieldEditor.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

FieldEditor* FieldEditor::create(FormValue* value, QWidget* parent)
{
    switch (value->field().kind) {
    case FormField::Kind::Object:
        return new ObjectFieldEditor(value, parent);
    case FormField::Kind::Text:
        return new TextFieldEditor(value, parent);
    case FormField::Kind::Choice:
        return new ChoiceFieldEditor(value, parent);
    case FormField::Kind::ChoiceList:
        return new ChoiceListFieldEditor(value, parent);
    case FormField::Kind::TextList:
        return new TextListFieldEditor(value, parent);
    case FormField::Kind::Boolean:
        return new BooleanFieldEditor(value, parent);
    case FormField::Kind::Integer:
    case FormField::Kind::Number:
        return new NumberFieldEditor(value, parent);
    case FormField::Kind::DateTime:
        return new DateTimeFieldEditor(value, parent);
    case FormField::Kind::ObjectList:
        return new ObjectListFieldEditor(value, parent);
    case FormField::Kind::Raw:
        break;
    }
    return new RawFieldEditor(value, parent);
}

FieldEditor::FieldEditor(FormValue* value, QWidget* parent)
    : QWidget(parent)
    , m_value(value)
{}

QString FieldEditor::path() const
{
    return m_value->path();
}

QString FieldEditor::titleText() const
{
    const QString title = m_value->field().title;
    return m_value->field().required ? tr("%1 *", "a required field's title").arg(title) : title;
}

QString FieldEditor::accessibleTitle() const
{
    const QString title = m_value->field().title;
    return m_value->field().required ? tr("%1, required").arg(title) : title;
}

void FieldEditor::buildFrame(QWidget* input, QWidget* headerExtra)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    // Titles and descriptions come from the API document: plain text, and "&" is no mnemonic (a label reads
    // it as one only when it has a buddy).
    m_titleLabel = PlainText::label(input ? PlainText::mnemonicSafe(titleText()) : titleText(), this);
    m_titleLabel->setBuddy(input);
    if (m_value->field().required)
        m_titleLabel->setToolTip(tr("Required"));
    header->addWidget(m_titleLabel, 1);
    if (headerExtra)
        header->addWidget(headerExtra);
    layout->addLayout(header);

    m_content = new QVBoxLayout;
    m_content->setSpacing(2);
    layout->addLayout(m_content);

    const QString description = m_value->field().description;
    m_hintLabel = PlainText::label(description, this);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setEnabled(false); // the palette's quieter text
    m_hintLabel->setVisible(!description.isEmpty());
    layout->addWidget(m_hintLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    ThemeColors::setStyle(m_errorLabel, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);

    if (input) {
        input->setAccessibleName(accessibleTitle());
        PlainText::setToolTip(input, description);
    }
    updateNames();
    updateAccessibleDescription();
}

void FieldEditor::setTitleVisible(bool visible)
{
    if (m_titleLabel)
        m_titleLabel->setVisible(visible);
}

void FieldEditor::updateNames()
{
    const QString base = path();
    if (QWidget* widget = namedWidget())
        widget->setObjectName(base);
    if (m_errorLabel)
        m_errorLabel->setObjectName(base + u"#error"_s);
}

void FieldEditor::setErrors(const QStringList& reasons)
{
    if (m_errors == reasons)
        return;
    m_errors = reasons;
    if (m_errorLabel) {
        PlainText::setText(m_errorLabel, reasons.join(u'\n'));
        m_errorLabel->setAccessibleName(
            reasons.isEmpty() ? QString() : tr("Error in %1: %2").arg(m_value->field().title, reasons.join(u' ')));
        m_errorLabel->setVisible(!reasons.isEmpty());
    }
    updateAccessibleDescription();
}

void FieldEditor::updateAccessibleDescription()
{
    QWidget* widget = namedWidget();
    if (!widget)
        return;
    QStringList parts;
    if (!m_value->field().description.isEmpty())
        parts.append(m_value->field().description);
    parts += m_errors;
    widget->setAccessibleDescription(parts.join(u' '));
}

void FieldEditor::retire(QWidget* widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

} // namespace CaseDesk

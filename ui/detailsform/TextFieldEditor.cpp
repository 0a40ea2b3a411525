#include "ui/detailsform/TextFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/widgets/ThemeColors.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

TextFieldEditor::TextFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_edit(new QLineEdit(this))
{
    const FormField& field = value->field();
    if (field.maxLength)
        m_counter = new QLabel(this);
    const QString format = field.format;
    if (format == u"email"_s)
        m_edit->setPlaceholderText(tr("name@example.com"));
    else if (format == u"date"_s)
        m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    else if (format == u"uri"_s || format == u"url"_s)
        m_edit->setPlaceholderText(tr("https://…"));
    buildFrame(m_edit, m_counter);
    contentLayout()->addWidget(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_value->setValue(text);
        updateCounter();
        emit edited();
    });
    refresh();
}

QWidget* TextFieldEditor::input() const
{
    return m_edit;
}

void TextFieldEditor::updateNames()
{
    FieldEditor::updateNames();
    if (m_counter)
        m_counter->setObjectName(path() + u"#counter"_s);
}

void TextFieldEditor::refresh()
{
    const QString text = m_value->value().toString();
    if (m_edit->text() != text)
        m_edit->setText(text);
    updateCounter();
}

void TextFieldEditor::updateCounter()
{
    if (!m_counter)
        return;
    const QLocale locale;
    const qsizetype length = m_edit->text().toUcs4().size();
    const int maximum = *m_value->field().maxLength;
    m_counter->setText(tr("%1/%2", "characters typed/allowed").arg(locale.toString(length), locale.toString(maximum)));
    m_counter->setAccessibleName(
        tr("%1 of at most %2 characters").arg(locale.toString(length), locale.toString(maximum)));
    ThemeColors::setStyle(m_counter, [on = length > maximum](const ThemeColors& colors) {
        return on ? colors.errorTextStyle(u"font-weight: 600;"_s) : QString();
    });
}

} // namespace CaseDesk

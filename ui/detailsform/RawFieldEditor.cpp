#include "ui/detailsform/RawFieldEditor.h"

#include "models/schemaform/FormValue.h"
#include "ui/widgets/PlainText.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace CaseDesk
{

RawFieldEditor::RawFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 2 * m_edit->frameWidth() + 8);
    m_edit->setPlaceholderText(tr("JSON, e.g. {\"key\": \"value\"}"));
    buildFrame(m_edit);
    auto* why = PlainText::label(tr("Entered as JSON: %1").arg(value->field().rawReason), this);
    why->setWordWrap(true);
    why->setEnabled(false);
    contentLayout()->addWidget(m_edit);
    contentLayout()->addWidget(why);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->toPlainText() == m_value->text())
            return;
        m_value->setText(m_edit->toPlainText());
        emit edited();
    });
    refresh();
}

QWidget* RawFieldEditor::input() const
{
    return m_edit;
}

void RawFieldEditor::refresh()
{
    if (m_edit->toPlainText() != m_value->text())
        m_edit->setPlainText(m_value->text());
}

} // namespace CaseDesk

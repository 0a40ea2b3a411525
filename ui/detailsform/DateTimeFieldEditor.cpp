#include "ui/detailsform/DateTimeFieldEditor.h"

#include "models/schemaform/FormValue.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

DateTimeFieldEditor::DateTimeFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_edit(new QDateTimeEdit(this))
{
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    buildFrame(m_edit);
    m_set->setAccessibleName(tr("Set %1").arg(value->field().title));
    auto* row = new QHBoxLayout;
    row->addWidget(m_set);
    row->addWidget(m_edit, 1);
    contentLayout()->addLayout(row);

    connect(m_set, &QCheckBox::toggled, this, [this](bool checked) {
        m_edit->setEnabled(checked);
        if (checked && !m_edit->dateTime().isValid())
            m_edit->setDateTime(QDateTime::currentDateTime());
        store();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeFieldEditor::store);
    refresh();
}

QWidget* DateTimeFieldEditor::input() const
{
    return m_edit;
}

QList<QWidget*> DateTimeFieldEditor::focusChain() const
{
    return {m_set, m_edit};
}

void DateTimeFieldEditor::updateNames()
{
    FieldEditor::updateNames();
    m_set->setObjectName(path() + u"#set"_s);
}

void DateTimeFieldEditor::store()
{
    if (!m_set->isChecked()) {
        m_value->setValue(QJsonValue(QJsonValue::Undefined));
    } else {
        const QDateTime utc = m_edit->dateTime().toUTC();
        m_value->setValue(utc.toString(Qt::ISODate));
    }
    emit edited();
}

void DateTimeFieldEditor::refresh()
{
    const QSignalBlocker setBlocker(m_set);
    const QSignalBlocker editBlocker(m_edit);
    const QDateTime stored = QDateTime::fromString(m_value->value().toString(), Qt::ISODateWithMs);
    m_set->setChecked(stored.isValid());
    m_edit->setEnabled(stored.isValid());
    m_edit->setDateTime(stored.isValid() ? stored.toLocalTime() : QDateTime::currentDateTime());
}

} // namespace CaseDesk

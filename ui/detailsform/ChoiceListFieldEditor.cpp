#include "ui/detailsform/ChoiceListFieldEditor.h"

#include "models/core/OutsideText.h"
#include "models/schemaform/FormValue.h"

#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace CaseDesk
{

namespace
{
constexpr int kValueRole = Qt::UserRole;

QString shown(const QJsonValue& value)
{
    // Enum values come from the API document: shown as written, never reordered by a bidi override.
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest)
                            : OutsideText::name(value.toString());
}
} // namespace

ChoiceListFieldEditor::ChoiceListFieldEditor(FormValue* value, QWidget* parent)
    : FieldEditor(value, parent)
    , m_list(new QListWidget(this))
{
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    buildFrame(m_list);
    contentLayout()->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_refreshing)
            return;
        m_value->setChosen(QJsonValue::fromVariant(item->data(kValueRole)), item->checkState() == Qt::Checked);
        emit edited();
    });
    refresh();
}

QWidget* ChoiceListFieldEditor::input() const
{
    return m_list;
}

void ChoiceListFieldEditor::refresh()
{
    m_refreshing = true;
    const QJsonArray chosen = m_value->choices();
    const int current = qMax(0, m_list->currentRow());
    m_list->clear();
    auto add = [this](const QJsonValue& option, const QString& text, bool checked) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kValueRole, option.toVariant());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QJsonValue& option : m_value->field().enumValues)
        add(option, shown(option), chosen.contains(option));
    for (const QJsonValue& other : chosen) {
        if (!m_value->field().enumValues.contains(other))
            add(other, tr("%1 (not offered)").arg(shown(other)), true);
    }
    m_list->setCurrentRow(qMin(current, m_list->count() - 1));
    // Show every option without a scroll bar: the lists are short.
    const int rows = qMax(1, m_list->count());
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
    m_refreshing = false;
}

} // namespace CaseDesk

#include "ui/casedetail/CaseOverviewWidget.h"

#include "models/core/OutsideText.h"
#include "ui/widgets/CollapsibleSection.h"
#include "ui/widgets/PlainText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CaseDesk
{

CaseOverviewWidget::CaseOverviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_sections(new QWidget(this))
    , m_sectionsLayout(new QVBoxLayout(m_sections))
    , m_lines(new QTableWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_rawSection(nullptr)
{
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    m_lines->setObjectName(QStringLiteral("lineItemsTable"));
    m_lines->setAccessibleName(tr("Line items"));
    m_lines->setColumnCount(7);
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Status"), tr("Location"), tr("Request"),
                                        tr("Estimated completion"), tr("Flags")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setTabKeyNavigation(false);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setMinimumHeight(90);

    m_raw->setObjectName(QStringLiteral("rawResponseText"));
    m_raw->setAccessibleName(tr("Raw response"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMinimumHeight(220);
    m_rawSection = new CollapsibleSection(tr("Raw response"), m_raw, this);
    m_rawSection->setObjectName(QStringLiteral("rawResponseSection"));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_sections);
    auto* linesBox = new QGroupBox(tr("Line items"), content);
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_lines);
    contentLayout->addWidget(linesBox);
    contentLayout->addWidget(m_rawSection);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void CaseOverviewWidget::setFacts(const CaseFacts& facts)
{
    while (QLayoutItem* item = m_sectionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!facts.description.isEmpty()) {
        auto* box = new QGroupBox(tr("Description"), m_sections);
        auto* text = PlainText::label(facts.description, box);
        text->setObjectName(QStringLiteral("caseDescription"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        (new QVBoxLayout(box))->addWidget(text);
        m_sectionsLayout->addWidget(box);
    }
    for (const FactSection& section : facts.sections) {
        auto* box = new QGroupBox(PlainText::mnemonicSafe(section.title), m_sections);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const FactRow& row : section.rows) {
            auto* value = PlainText::label(row.value, box);
            value->setObjectName(QStringLiteral("factValue"));
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            value->setAccessibleName(OutsideText::name(row.label));
            // Labels are the server's keys too (additional information, contact types).
            PlainText::addRow(form, row.label, value);
        }
        m_sectionsLayout->addWidget(box);
    }

    m_lines->setRowCount(int(facts.lineItems.size()));
    for (int row = 0; row < facts.lineItems.size(); ++row) {
        const LineItemView& line = facts.lineItems.at(row);
        const QStringList cells{line.lineId,   line.product,     line.status,
                                line.location, line.requestType, line.estimatedCompletion,
                                line.flags};
        for (int column = 0; column < cells.size(); ++column)
            m_lines->setItem(row, column, new QTableWidgetItem(OutsideText::clean(cells.at(column))));
    }
    m_lines->resizeColumnsToContents();
    m_lines->parentWidget()->setVisible(!facts.lineItems.isEmpty());
    m_raw->setPlainText(OutsideText::escapedInJson(facts.prettyJson)); // hidden characters show as \\u escapes
}

} // namespace CaseDesk

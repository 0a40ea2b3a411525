#include "ui/caselist/CaseFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace CaseDesk
{

namespace
{
enum Range
{
    AnyTime,
    Last7Days,
    Last30Days,
    Last90Days,
    Custom,
};
} // namespace

CaseFilterBar::CaseFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_family(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_text->setObjectName(QStringLiteral("quickFilterEdit"));
    m_text->setAccessibleName(tr("Quick filter"));
    m_text->setPlaceholderText(tr("Filter by number, reference, description or code label (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_family->setObjectName(QStringLiteral("familyFilterCombo"));
    m_family->setAccessibleName(tr("Code family"));
    m_family->addItem(tr("All code families"), QString());
    m_range->setObjectName(QStringLiteral("createdRangeCombo"));
    m_range->setAccessibleName(tr("Created"));
    m_range->addItem(tr("Created any time"), AnyTime);
    m_range->addItem(tr("Created in the last 7 days"), Last7Days);
    m_range->addItem(tr("Created in the last 30 days"), Last30Days);
    m_range->addItem(tr("Created in the last 90 days"), Last90Days);
    m_range->addItem(tr("Created between…"), Custom);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("createdFromEdit"));
    m_from->setAccessibleName(tr("Created from"));
    m_to->setObjectName(QStringLiteral("createdToEdit"));
    m_to->setAccessibleName(tr("Created until"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_family, 1);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_showing)
            emit edited();
    });
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        m_wantedFamily = m_family->currentData().toString();
        emit edited();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &CaseFilterBar::onRangeChanged);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_showing)
                emit edited();
        });
    }
}

void CaseFilterBar::setFamilies(const QList<std::pair<QString, QString>>& families)
{
    const QString current = m_wantedFamily;
    m_showing = true;
    while (m_family->count() > 1)
        m_family->removeItem(1);
    for (const auto& [family, label] : families)
        m_family->addItem(label, family);
    const int index = m_family->findData(current);
    m_family->setCurrentIndex(index < 0 ? 0 : index);
    m_showing = false;
}

void CaseFilterBar::onRangeChanged()
{
    const bool custom = m_range->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom && !m_showing)
        m_from->setDate(QDate::currentDate().addDays(-30));
    if (!m_showing)
        emit edited();
}

void CaseFilterBar::showFilter(const CaseFilter& filter)
{
    m_showing = true;
    m_text->setText(filter.text);
    m_wantedFamily = filter.families.value(0);
    const int family = m_family->findData(m_wantedFamily);
    m_family->setCurrentIndex(family < 0 ? 0 : family);
    if (!filter.createdFrom.isValid() && !filter.createdTo.isValid()) {
        m_range->setCurrentIndex(m_range->findData(AnyTime));
    } else {
        m_range->setCurrentIndex(m_range->findData(Custom));
        m_from->setDate(filter.createdFrom.isValid() ? filter.createdFrom : QDate(2000, 1, 1));
        m_to->setDate(filter.createdTo.isValid() ? filter.createdTo : QDate::currentDate());
    }
    onRangeChanged();
    m_showing = false;
}

CaseFilter CaseFilterBar::applyTo(CaseFilter base) const
{
    base.text = m_text->text();
    const QString family = m_family->currentData().toString();
    base.families = family.isEmpty() ? QStringList() : QStringList{family};
    const QDate today = QDate::currentDate();
    base.createdFrom = {};
    base.createdTo = {};
    switch (m_range->currentData().toInt()) {
    case Last7Days:
        base.createdFrom = today.addDays(-7);
        break;
    case Last30Days:
        base.createdFrom = today.addDays(-30);
        break;
    case Last90Days:
        base.createdFrom = today.addDays(-90);
        break;
    case Custom:
        base.createdFrom = m_from->date();
        base.createdTo = m_to->date();
        break;
    default:
        break;
    }
    return base;
}

} // namespace CaseDesk

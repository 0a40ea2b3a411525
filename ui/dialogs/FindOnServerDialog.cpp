#include "ui/dialogs/FindOnServerDialog.h"

#include "models/store/CaseRepository.h"
#include "ui/widgets/PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kPageSize = 100;
} // namespace

FindOnServerDialog::FindOnServerDialog(CaseRepository* repository, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_text(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_result(PlainText::label(QString(), this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_more(new QPushButton(tr("&More results"), this))
{
    setObjectName(QStringLiteral("findOnServerDialog"));
    setWindowTitle(tr("Find cases on the server"));
    m_text->setObjectName(QStringLiteral("searchTextEdit"));
    m_text->setAccessibleName(tr("Search for"));
    m_text->setPlaceholderText(tr("Part of a number, reference or contact name"));
    m_source->setObjectName(QStringLiteral("searchSourceCombo"));
    m_source->setAccessibleName(tr("Search in"));
    m_source->addItem(tr("Everything"), QString());
    m_source->addItem(tr("Order number"), u"ORDER_NUMBER"_s);
    m_source->addItem(tr("Customer reference"), u"CUSTOMER_REFERENCE_NUMBER"_s);
    m_source->addItem(tr("Trouble ticket number"), u"TROUBLE_TICKET_NUMBER"_s);
    m_source->addItem(tr("Contact's last name"), u"CONTACT_LAST_NAME"_s);
    m_source->addItem(tr("Purchase order number"), u"PO_NUMBER"_s);
    m_status->setObjectName(QStringLiteral("searchStatusCombo"));
    m_status->setAccessibleName(tr("Order status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Submitted"), u"SUBMITTED"_s);
    m_status->addItem(tr("In progress"), u"IN_PROGRESS"_s);
    m_status->addItem(tr("Closed"), u"CLOSED"_s);
    m_status->addItem(tr("Cancelled"), u"CANCELLED"_s);
    m_range->setObjectName(QStringLiteral("searchRangeCombo"));
    m_range->setAccessibleName(tr("Created"));
    m_range->addItem(tr("In the last 12 months"), u"PAST_YEAR"_s);
    m_range->addItem(tr("In the last 6 months"), u"PAST_6_MONTHS"_s);
    m_range->addItem(tr("In the last 3 months"), u"PAST_3_MONTHS"_s);
    m_range->addItem(tr("In the last 30 days"), u"PAST_30_DAYS"_s);
    m_range->addItem(tr("In the last 7 days"), u"PAST_7_DAYS"_s);
    m_result->setObjectName(QStringLiteral("searchResultLabel"));
    m_result->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    m_more->setObjectName(QStringLiteral("moreResultsButton"));
    m_more->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Search &for:"), m_text);
    form->addRow(tr("Search &in:"), m_source);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("C&reated:"), m_range);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_search, QDialogButtonBox::ActionRole);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QPushButton::clicked, this, &FindOnServerDialog::search);
    connect(m_more, &QPushButton::clicked, this, [this] { run(m_page + 1); });
    connect(m_text, &QLineEdit::returnPressed, this, &FindOnServerDialog::search);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The provider's order history covers the last 12 months."), this));
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void FindOnServerDialog::setSearchText(const QString& text)
{
    m_text->setText(text);
}

OrderHistoryQuery FindOnServerDialog::query() const
{
    OrderHistoryQuery query;
    const QString text = m_text->text().trimmed();
    if (!text.isEmpty())
        query.q = text;
    const QString source = m_source->currentData().toString();
    if (!source.isEmpty())
        query.source = QStringList{source};
    OrderHistoryQuery::Filters filters;
    filters.dateRange = m_range->currentData().toString();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filters.orderStatus = QStringList{status};
    query.filters = filters;
    query.sorts = QList<OrderHistoryQuery::Sort>{{u"CREATED_ON"_s, u"DESC"_s}};
    query.page = OrderHistoryQuery::Page{0, kPageSize};
    return query;
}

void FindOnServerDialog::search()
{
    m_total = 0;
    run(0);
}

void FindOnServerDialog::run(int page)
{
    OrderHistoryQuery request = query();
    request.page = OrderHistoryQuery::Page{page, kPageSize};
    m_search->setEnabled(false);
    m_more->setEnabled(false);
    PlainText::setText(m_result, tr("Searching…"));
    m_repository->search(request, this, [this, page](const CaseRepository::SearchOutcome& outcome) {
        m_search->setEnabled(true);
        if (!outcome.ok()) {
            PlainText::setText(m_result, outcome.error.userMessage());
            return;
        }
        m_page = page;
        m_total += int(outcome.keys.size());
        const QLocale locale;
        PlainText::setText(m_result, tr("%1 found, %2 of them new in the list.", "search result")
                                         .arg(locale.toString(m_total), locale.toString(outcome.added)));
        m_more->setEnabled(outcome.hasNextPage);
        emit found(outcome.keys);
    });
}

} // namespace CaseDesk

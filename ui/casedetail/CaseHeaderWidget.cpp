#include "ui/casedetail/CaseHeaderWidget.h"

#include "ui/widgets/PlainText.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/ThemeColors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace CaseDesk
{

CaseHeaderWidget::CaseHeaderWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(PlainText::label(QString(), this))
    , m_badge(new StatusBadge(this))
    , m_code(PlainText::label(QString(), this))
    , m_where(PlainText::label(QString(), this))
    , m_when(PlainText::label(QString(), this))
    , m_freshness(PlainText::label(QString(), this))
    , m_busy(new QProgressBar(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setObjectName(QStringLiteral("caseTitleLabel"));
    m_code->setObjectName(QStringLiteral("caseCodeLabel"));
    m_code->setWordWrap(true);
    m_where->setObjectName(QStringLiteral("caseWhereLabel"));
    m_when->setObjectName(QStringLiteral("caseWhenLabel"));
    m_freshness->setObjectName(QStringLiteral("caseFreshnessLabel"));
    m_busy->setObjectName(QStringLiteral("caseBusyIndicator"));
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_badge);
    top->addStretch(1);
    top->addWidget(m_busy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_code);
    layout->addWidget(m_where);
    layout->addWidget(m_when);
    layout->addWidget(m_freshness);
}

void CaseHeaderWidget::setFacts(const CaseFacts& facts)
{
    PlainText::setText(m_title, facts.orderNumber.isEmpty()
                                    ? tr("Case %1").arg(facts.number)
                                    : tr("Case %1 · Order %2").arg(facts.number, facts.orderNumber));
    m_title->setAccessibleName(m_title->text());
    m_badge->setStatus(facts.status, facts.statusLabel);
    if (facts.code.isEmpty())
        PlainText::setText(m_code, facts.type);
    else if (facts.codeLabel.isEmpty() || facts.codeLabel == facts.code)
        PlainText::setText(m_code, tr("%1 · code %2").arg(facts.type, facts.code));
    else
        PlainText::setText(m_code, tr("%1 · %2 (code %3)").arg(facts.type, facts.codeLabel, facts.code));
    QStringList where;
    if (!facts.ibx.isEmpty())
        where << tr("IBX %1").arg(facts.ibx);
    if (!facts.cage.isEmpty())
        where << tr("Cage %1").arg(facts.cage);
    PlainText::setText(m_where, where.join(QStringLiteral(" · ")));
    m_where->setVisible(!where.isEmpty());
    QStringList when;
    if (!facts.created.isEmpty())
        when << tr("Created %1").arg(facts.created);
    if (!facts.updated.isEmpty())
        when << tr("Updated %1").arg(facts.updated);
    PlainText::setText(m_when, when.join(QStringLiteral(" · ")));
}

void CaseHeaderWidget::setLoading(bool loading)
{
    m_busy->setVisible(loading);
}

void CaseHeaderWidget::setFreshness(const QString& fetchedAge, bool offline)
{
    if (offline)
        PlainText::setText(m_freshness,
                           tr("The server cannot be reached. Showing what was fetched %1.").arg(fetchedAge));
    else
        PlainText::setText(m_freshness, tr("Fetched %1.").arg(fetchedAge));
    ThemeColors::setStyle(
        m_freshness, [on = offline](const ThemeColors& colors) { return on ? colors.errorTextStyle() : QString(); });
}

} // namespace CaseDesk

#include "ui/widgets/CollapsibleSection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace CaseDesk
{

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* content, QWidget* parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_content(content)
{
    m_button->setText(title);
    m_button->setAccessibleName(title);
    m_button->setCheckable(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setArrowType(Qt::RightArrow);
    m_button->setAutoRaise(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_content);
    m_content->setVisible(false);
    connect(m_button, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_button->setChecked(expanded);
    m_button->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_content->isVisible();
}

} // namespace CaseDesk

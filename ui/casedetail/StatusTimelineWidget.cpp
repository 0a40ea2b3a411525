#include "ui/casedetail/StatusTimelineWidget.h"

#include "models/core/OutsideText.h"
#include "ui/widgets/DotIcon.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QHeaderView>

namespace CaseDesk
{

StatusTimelineWidget::StatusTimelineWidget(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("statusTimeline"));
    setAccessibleName(tr("Status history"));
    setColumnCount(3);
    setHeaderLabels({tr("Status"), tr("Since"), tr("Time in status")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setIconSize(QSize(12, 12));
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void StatusTimelineWidget::setSteps(const QList<TimelineStep>& steps)
{
    m_steps = steps;
    // The dots take the badges' colours, which follow the palette.
    ThemeColors::follow(this, [this] { setSteps(m_steps); });
    clear();
    for (const TimelineStep& step : steps) {
        auto* item = new QTreeWidgetItem(this);
        const QString status = OutsideText::name(step.statusLabel); // an unknown status is the server's text
        item->setText(0, step.current ? tr("%1 (current)").arg(status) : status);
        item->setIcon(0, DotIcon::icon(StatusBadge::background(step.status, QApplication::palette(this)), 10.0 / 12.0));
        item->setText(1, step.when);
        item->setText(2, step.duration);
        if (step.current) {
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
        }
    }
    if (steps.isEmpty()) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, tr("No status history yet."));
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace CaseDesk

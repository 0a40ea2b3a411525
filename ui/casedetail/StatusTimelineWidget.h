#pragma once

#include "models/presentation/CaseFacts.h"

#include <QTreeWidget>

namespace CaseDesk
{

// The status history as a timeline: each status, when it began and how long the case spent in it.
class StatusTimelineWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit StatusTimelineWidget(QWidget* parent = nullptr);

    void setSteps(const QList<TimelineStep>& steps);

private:
    QList<TimelineStep> m_steps; // drawn again when the palette changes
};

} // namespace CaseDesk

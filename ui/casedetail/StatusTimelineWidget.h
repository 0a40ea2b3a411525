#pragma once

#include "presentation/CaseFacts.h"

#include <QTreeWidget>

// The status history as a timeline: each status, when it began and how long the case spent in it.
class StatusTimelineWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit StatusTimelineWidget(QWidget* parent = nullptr);

    void setSteps(const QList<TimelineStep>& steps);
};

#include "ui/widgets/StatusBadge.h"

#include "models/core/OutsideText.h"
#include "models/domain/CaseStatus.h"

namespace CaseDesk
{

StatusBadge::StatusBadge(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText); // an unknown status is shown as the server sent it
    setMargin(0);
}

QColor StatusBadge::background(const QString& rawStatus)
{
    switch (CaseStatus::fromRaw(rawStatus)) {
    case CaseStatus::Known::Submitted:
        return QColor(0x5b, 0x6b, 0x8c);
    case CaseStatus::Known::InProgress:
        return QColor(0x1f, 0x6f, 0xd1);
    case CaseStatus::Known::ActionRequired:
        return QColor(0xd9, 0x6c, 0x00);
    case CaseStatus::Known::Resolved:
        return QColor(0x2e, 0x8b, 0x3e);
    case CaseStatus::Known::Closed:
        return QColor(0x6e, 0x6e, 0x6e);
    case CaseStatus::Known::Cancelled:
        return QColor(0x9b, 0x2c, 0x2c);
    case CaseStatus::Known::Unknown:
        break;
    }
    return QColor(0xb0, 0xb0, 0xb0);
}

QColor StatusBadge::foreground(const QString& rawStatus)
{
    return CaseStatus::fromRaw(rawStatus) == CaseStatus::Known::Unknown ? QColor(Qt::black) : QColor(Qt::white);
}

void StatusBadge::setStatus(const QString& rawStatus, const QString& label)
{
    m_status = rawStatus;
    setText(OutsideText::name(label));
    setAccessibleName(tr("Status: %1").arg(OutsideText::name(label)));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                                 "font-weight: 600; }")
                      .arg(background(rawStatus).name(), foreground(rawStatus).name()));
}

} // namespace CaseDesk

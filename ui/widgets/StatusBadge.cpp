#include "ui/widgets/StatusBadge.h"

#include "models/core/OutsideText.h"
#include "models/domain/CaseStatus.h"
#include "ui/widgets/ThemeColors.h"

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

QColor StatusBadge::background(const QString& rawStatus, const QPalette& palette)
{
    return ThemeColors(palette).statusBadge(CaseStatus::fromRaw(rawStatus)).background;
}

QColor StatusBadge::foreground(const QString& rawStatus, const QPalette& palette)
{
    return ThemeColors(palette).statusBadge(CaseStatus::fromRaw(rawStatus)).foreground;
}

void StatusBadge::setStatus(const QString& rawStatus, const QString& label)
{
    m_status = rawStatus;
    setText(OutsideText::name(label));
    setAccessibleName(tr("Status: %1").arg(OutsideText::name(label)));
    ThemeColors::setStyle(this, [rawStatus](const ThemeColors& colors) {
        const ThemeColors::Pair pair = colors.statusBadge(CaseStatus::fromRaw(rawStatus));
        return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                              "font-weight: 600; }")
            .arg(pair.background.name(), pair.foreground.name());
    });
}

} // namespace CaseDesk

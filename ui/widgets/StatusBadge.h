#pragma once

#include <QColor>
#include <QLabel>

namespace CaseDesk
{

// A status shown as a coloured pill ("In progress" on blue). Unknown statuses keep their raw text on grey.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget* parent = nullptr);

    void setStatus(const QString& rawStatus, const QString& label);
    QString status() const { return m_status; }

    // The badge colours for `palette` (ThemeColors), shared with the list's delegate and the timeline.
    static QColor background(const QString& rawStatus, const QPalette& palette);
    static QColor foreground(const QString& rawStatus, const QPalette& palette);

private:
    QString m_status;
};

} // namespace CaseDesk

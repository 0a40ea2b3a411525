#pragma once

#include <QWidget>

class QToolButton;

namespace CaseDesk
{

// A titled section that opens and closes with its header button (keyboard: Space on the button).
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString& title, QWidget* content, QWidget* parent = nullptr);

    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton* toggleButton() const { return m_button; }

private:
    QToolButton* m_button;
    QWidget* m_content;
};

} // namespace CaseDesk

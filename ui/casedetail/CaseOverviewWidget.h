#pragma once

#include "models/presentation/CaseFacts.h"

#include <QWidget>

class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace CaseDesk
{

class CollapsibleSection;

// Every field of the GET answer as labelled sections, the line items as a table, and the raw answer
// in a collapsed "Raw response" pane at the bottom.
class CaseOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseOverviewWidget(QWidget* parent = nullptr);

    void setFacts(const CaseFacts& facts);

private:
    QWidget* m_sections;
    QVBoxLayout* m_sectionsLayout;
    QTableWidget* m_lines;
    QPlainTextEdit* m_raw;
    CollapsibleSection* m_rawSection;
};

} // namespace CaseDesk

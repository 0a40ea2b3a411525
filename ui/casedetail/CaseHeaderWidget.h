#pragma once

#include "models/presentation/CaseFacts.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace CaseDesk
{

class StatusBadge;

// The top of a case: number, status badge, code label, type, where, when, and how fresh the data is.
class CaseHeaderWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeaderWidget(QWidget* parent = nullptr);

    void setFacts(const CaseFacts& facts);
    void setLoading(bool loading);
    // "Fetched 5 minutes ago"; with `offline`, says the server is unreachable and this is the last known state.
    void setFreshness(const QString& fetchedAge, bool offline);

private:
    QLabel* m_title;
    StatusBadge* m_badge;
    QLabel* m_code;
    QLabel* m_where;
    QLabel* m_when;
    QLabel* m_freshness;
    QProgressBar* m_busy;
};

} // namespace CaseDesk

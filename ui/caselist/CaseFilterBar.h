#pragma once

#include "models/items/CaseFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace CaseDesk
{

// The row above the ticket list: quick filter as you type, code family, and the created-date range. It edits
// the non-status parts of a CaseFilter; the status part lives in the sidebar's status list.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget* parent = nullptr);

    // Families offered in the family box: (family, label) pairs.
    void setFamilies(const QList<std::pair<QString, QString>>& families);
    // Shows `filter`'s text, family and dates without emitting edited().
    void showFilter(const CaseFilter& filter);
    // `base` with this bar's parts applied.
    CaseFilter applyTo(CaseFilter base) const;
    QLineEdit* quickFilter() const { return m_text; }

signals:
    void edited();

private:
    void onRangeChanged();

    QLineEdit* m_text;
    QComboBox* m_family;
    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QString m_wantedFamily; // shown once the family list arrives
    bool m_showing = false;
};

} // namespace CaseDesk

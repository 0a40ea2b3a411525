#pragma once

#include "models/domain/OrderHistoryQuery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CaseDesk
{

class CaseRepository;

// "Find on server" (Ctrl+Shift+F): searches the provider's order history (the last 12 months) and adds
// what it finds to the ticket list; "More" fetches the next page.
class FindOnServerDialog : public QDialog
{
    Q_OBJECT

public:
    FindOnServerDialog(CaseRepository* repository, QWidget* parent = nullptr);

    OrderHistoryQuery query() const;
    void setSearchText(const QString& text);

public slots:
    void search();

signals:
    void found(const QStringList& keys);

private:
    void run(int page);

    CaseRepository* m_repository;
    QLineEdit* m_text;
    QComboBox* m_source;
    QComboBox* m_status;
    QComboBox* m_range;
    QLabel* m_result;
    QPushButton* m_search;
    QPushButton* m_more;
    int m_page = 0;
    int m_total = 0;
};

} // namespace CaseDesk

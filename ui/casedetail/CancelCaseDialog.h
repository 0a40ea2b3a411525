#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace CaseDesk
{

// Asks why a case should be cancelled, and for confirmation. Open it with open(); read reason() on accepted().
class CancelCaseDialog : public QDialog
{
    Q_OBJECT

public:
    CancelCaseDialog(const QString& caseNumber, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);

private:
    void updateState();

    QPlainTextEdit* m_reason;
    QLabel* m_counter;
    QPushButton* m_confirm;
};

} // namespace CaseDesk

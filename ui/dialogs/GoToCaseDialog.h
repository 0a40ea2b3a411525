#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace CaseDesk
{

class CaseRepository;

// "Go to case" (Ctrl+L): fetches any case or order number from the server, adds it to the list, and says
// which case it is (caseFound) so the window can open it. Errors stay in the dialog, with the number kept.
class GoToCaseDialog : public QDialog
{
    Q_OBJECT

public:
    GoToCaseDialog(CaseRepository* repository, QWidget* parent = nullptr);

    void setNumber(const QString& number);
    // Empty when `number` can be looked up; otherwise why not.
    static QString checkNumber(const QString& number);

signals:
    void caseFound(const QString& caseNumber);

private:
    void go();
    void setBusy(bool busy);

    CaseRepository* m_repository;
    QLineEdit* m_number;
    QLabel* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace CaseDesk

#pragma once

#include "ui/wizard/CaseWizardPage.h"

class QLabel;

namespace CaseDesk
{

class CodeCatalogue;
class CodePickerWidget;

// Page 1: the ticket code, chosen with the code picker.
class CodePage : public CaseWizardPage
{
    Q_OBJECT

public:
    explicit CodePage(CodeCatalogue* catalogue, QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);
    CodePickerWidget* picker() const { return m_picker; }

    void initializePage() override;
    bool focusPath(const QString& path) override;

signals:
    void codeChanged(const QString& code);
    void codeActivated();

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    CodeCatalogue* m_catalogue;
    CodePickerWidget* m_picker;
    QLabel* m_error;
};

} // namespace CaseDesk

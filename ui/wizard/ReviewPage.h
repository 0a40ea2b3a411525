#pragma once

#include "models/wizard/CaseDraft.h"
#include "models/wizard/ReviewSummary.h"
#include "ui/wizard/CaseWizardPage.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace CaseDesk
{

/*
 * Page 6: everything in readable form, each section with a link back to its page, "Show request" for the
 * exact JSON, and the submission's progress and outcome. Finish asks the wizard to submit (submitRequested)
 * and stays on the page; the wizard closes it once the case exists.
 */
class ReviewPage : public CaseWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void setSummary(const QList<ReviewSummary::Section>& sections, const CreateCaseRequest& request);
    QString summaryText() const;
    QString requestText() const;
    QPushButton* showRequestButton() const { return m_showRequest; }
    QPlainTextEdit* requestView() const { return m_request; }

    // While busy the page says `status` with a busy bar, and Finish is disabled.
    void setBusy(bool busy, const QString& status = {});
    bool isBusy() const { return m_busy; }
    void setError(const QString& message);
    QString errorText() const;
    // Lets Finish through once the case exists.
    void setSubmitted() { m_submitted = true; }

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    bool focusPath(const QString& path) override;

signals:
    void submitRequested();
    // A section's "Change" link: the step to go back to.
    void changeRequested(CaseDraft::Step step);

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    QTextBrowser* m_summary;
    QPushButton* m_showRequest;
    QPlainTextEdit* m_request;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_error;
    bool m_busy = false;
    bool m_submitted = false;
};

} // namespace CaseDesk

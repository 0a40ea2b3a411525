#pragma once

#include "models/api/ApiResult.h"
#include "models/domain/Case.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/validation/RequestPage.h"
#include "models/validation/SchemaValidator.h"
#include "models/wizard/CaseDraft.h"
#include "models/wizard/ServerViolations.h"

#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QWizard>

#include <functional>

namespace CaseDesk
{

class ApiClient;
class AttachmentService;
class AttachmentsPage;
class CaseWizardPage;
class CodeCatalogue;
class CodePage;
class ContactsPage;
class DetailsPage;
class ProblemPage;
class ReviewPage;

/*
 * The create-case wizard: Code, Problem, Contacts, Details (only for codes with a details schema),
 * Attachments, Review. It builds the request the API wants, validates it with the one validator (the active
 * API document through SchemaValidator, plus RequestChecks) as the user types, shows each problem beside its
 * field, keeps Next disabled while the current page has one, and submits. A server 400 lands on the page
 * and field it names; nothing typed is lost on any error.
 *
 * Non-modal, and it builds none of its services:
 *
 *     auto* wizard = new NewCaseWizard({catalogue, NewCaseWizard::submitThrough(client), attachments,
 *                                       QLocale()}, mainWindow);
 *     wizard->setAttribute(Qt::WA_DeleteOnClose);
 *     connect(wizard, &NewCaseWizard::caseCreated, this, [this](const CreateCaseResponse& created) { ... });
 *     wizard->prefillFrom(someCase);   // "New case like this"
 *     wizard->show();
 *
 * After a successful create it notes the code as recently used, emits caseCreated() and closes. Cancel while
 * a create is on its way hides the wizard at once, but it lives on until the answer comes, so a case created
 * meanwhile is still reported through caseCreated(). A submit function that takes the case over instead of
 * answering (an outbox that queues it) closes the wizard with done(QDialog::Accepted).
 */
class NewCaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        CodePageId,
        ProblemPageId,
        ContactsPageId,
        DetailsPageId,
        AttachmentsPageId,
        ReviewPageId,
    };

    // Sends one create. The outbox can stand in for the API client here.
    using SubmitFunction =
        std::function<void(const CreateCaseRequest&, QObject* context, ApiCallback<CreateCaseResponse> callback)>;

    struct Services
    {
        CodeCatalogue* catalogue = nullptr;       // required: codes, labels, favourites, the active document
        SubmitFunction submit;                    // required
        AttachmentService* attachments = nullptr; // uploads; without it added files wait, queued
        QLocale locale;
    };

    static SubmitFunction submitThrough(ApiClient* client);

    explicit NewCaseWizard(const Services& services, QWidget* parent = nullptr);
    ~NewCaseWizard() override;

    // "New case like this": the code, references (the cage), contacts of a case; the description and
    // attachments stay empty. The request overload copies details as well.
    void prefillFrom(const Case& source);
    void prefillFrom(const CreateCaseRequest& source);

    // The whole state, for drafts; setDraft() restores it, on its step.
    CaseDraft draft() const;
    void setDraft(const CaseDraft& draft);
    // Exactly what Create would send now.
    CreateCaseRequest request() const;
    // Every problem of the request, as last validated.
    QList<Violation> violations() const { return m_violations; }
    // Validates at once (the live validation waits for a pause in typing).
    void validateNow();
    // Shows what a server refused (a 400's field errors, or those kept with a draft) beside the fields, each
    // until the user changes the value it names, and goes to the first one; `message` is said on Review.
    void showRefusal(const QList<Violation>& refused, const QString& message = {});
    bool isSubmitting() const { return m_submitting; }

    CodePage* codePage() const { return m_codePage; }
    ProblemPage* problemPage() const { return m_problemPage; }
    ContactsPage* contactsPage() const { return m_contactsPage; }
    DetailsPage* detailsPage() const { return m_detailsPage; }
    AttachmentsPage* attachmentsPage() const { return m_attachmentsPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    CaseWizardPage* casePage(int id) const;
    int pageIdFor(RequestPage::Page page) const;

    int nextId() const override;
    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

signals:
    void caseCreated(const CreateCaseResponse& response, const CreateCaseRequest& request);
    // Something was edited; draft() has it.
    void draftChanged();

private:
    static constexpr int kValidationDelayMs = 150;

    CreateCaseRequest collect() const;
    void onEdited();
    void onCodeChanged(const QString& code);
    void onCatalogueChanged();
    void updateStepTitle();
    void onPageChanged(int id);
    void updateReview();
    void goTo(int id);
    void landOn(const QList<Violation>& violations);
    void submit();
    void send();
    void onAnswer(const ApiResult<CreateCaseResponse>& result, const CreateCaseRequest& sent);
    void refuse(const QList<Violation>& refused, const CreateCaseRequest& sent, const QString& message);
    void setSubmitting(bool submitting, const QString& status = {});

    Services m_services;
    SchemaValidator m_validator;
    ServerViolations m_server;
    QString m_generatedReference;
    QList<Violation> m_violations;
    QTimer m_validation;
    QSet<int> m_seen;
    bool m_submitting = false;
    bool m_inFlight = false;
    bool m_abandoned = false;

    CodePage* m_codePage;
    ProblemPage* m_problemPage;
    ContactsPage* m_contactsPage;
    DetailsPage* m_detailsPage;
    AttachmentsPage* m_attachmentsPage;
    ReviewPage* m_reviewPage;
};

} // namespace CaseDesk

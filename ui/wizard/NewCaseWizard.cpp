#include "ui/wizard/NewCaseWizard.h"

#include "models/api/ApiClient.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/schemaform/SchemaFormParser.h"
#include "models/wizard/CustomerReference.h"
#include "models/wizard/RequestChecks.h"
#include "models/wizard/RequestLimits.h"
#include "models/wizard/RequestPaths.h"
#include "models/wizard/ReviewSummary.h"
#include "ui/wizard/AttachmentsPage.h"
#include "ui/wizard/CodePage.h"
#include "ui/wizard/ContactsPage.h"
#include "ui/wizard/DetailsPage.h"
#include "ui/wizard/ProblemPage.h"
#include "ui/wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QPointer>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr std::pair<NewCaseWizard::PageId, CaseDraft::Step> kSteps[] = {
    {NewCaseWizard::CodePageId, CaseDraft::Step::Code},
    {NewCaseWizard::ProblemPageId, CaseDraft::Step::Problem},
    {NewCaseWizard::ContactsPageId, CaseDraft::Step::Contacts},
    {NewCaseWizard::DetailsPageId, CaseDraft::Step::Details},
    {NewCaseWizard::AttachmentsPageId, CaseDraft::Step::Attachments},
    {NewCaseWizard::ReviewPageId, CaseDraft::Step::Review},
};

CaseDraft::Step stepOf(int id)
{
    for (const auto& [page, step] : kSteps) {
        if (page == id)
            return step;
    }
    return CaseDraft::Step::Code;
}

int idOf(CaseDraft::Step step)
{
    for (const auto& [page, value] : kSteps) {
        if (value == step)
            return page;
    }
    return NewCaseWizard::CodePageId;
}

} // namespace

NewCaseWizard::SubmitFunction NewCaseWizard::submitThrough(ApiClient* client)
{
    return [client = QPointer<ApiClient>(client)](const CreateCaseRequest& request, QObject* context,
                                                  ApiCallback<CreateCaseResponse> callback) {
        if (client) {
            client->createCase(request, context, std::move(callback));
            return;
        }
        // The client is gone (the app is closing): answer from the event loop like the client would.
        QTimer::singleShot(0, context, [callback = std::move(callback)] {
            ApiResult<CreateCaseResponse> result;
            result.error = ApiError::make(ApiError::Kind::Offline);
            callback(result);
        });
    };
}

NewCaseWizard::NewCaseWizard(const Services& services, QWidget* parent)
    : QWizard(parent)
    , m_services(services)
    , m_validator(services.catalogue->document())
    , m_generatedReference(CustomerReference::generate())
    , m_codePage(new CodePage(services.catalogue))
    , m_problemPage(new ProblemPage(services.locale))
    , m_contactsPage(new ContactsPage)
    , m_detailsPage(new DetailsPage)
    , m_attachmentsPage(new AttachmentsPage(services.attachments))
    , m_reviewPage(new ReviewPage)
{
    Q_ASSERT(services.catalogue && services.submit);
    setObjectName(u"newCaseWizard"_s);
    setWindowTitle(tr("New case"));
    setWizardStyle(QWizard::ModernStyle);
    // Page titles can carry a code from an imported API document: shown as typed, never as rich text.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create case"));
    resize(960, 720);

    setPage(CodePageId, m_codePage);
    setPage(ProblemPageId, m_problemPage);
    setPage(ContactsPageId, m_contactsPage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(AttachmentsPageId, m_attachmentsPage);
    setPage(ReviewPageId, m_reviewPage);

    m_problemPage->setGeneratedReference(m_generatedReference);
    m_problemPage->setLimits(RequestLimits::of(*m_validator.document()));

    m_validation.setSingleShot(true);
    m_validation.setInterval(kValidationDelayMs);
    connect(&m_validation, &QTimer::timeout, this, &NewCaseWizard::validateNow);
    for (int id = CodePageId; id <= ReviewPageId; ++id) {
        connect(casePage(id), &CaseWizardPage::edited, this, &NewCaseWizard::onEdited);
        connect(casePage(id), &CaseWizardPage::validationNeeded, this, &NewCaseWizard::validateNow);
    }
    connect(m_codePage, &CodePage::codeChanged, this, &NewCaseWizard::onCodeChanged);
    connect(m_codePage, &CodePage::codeActivated, this, [this] {
        if (currentId() == CodePageId)
            next();
    });
    connect(m_reviewPage, &ReviewPage::submitRequested, this, &NewCaseWizard::submit);
    connect(m_reviewPage, &ReviewPage::changeRequested, this, [this](CaseDraft::Step step) {
        if (!m_submitting)
            goTo(idOf(step));
    });
    connect(this, &QWizard::currentIdChanged, this, &NewCaseWizard::onPageChanged);
    connect(services.catalogue, &CodeCatalogue::catalogueChanged, this, &NewCaseWizard::onCatalogueChanged);
    validateNow();
}

NewCaseWizard::~NewCaseWizard() = default;

CaseWizardPage* NewCaseWizard::casePage(int id) const
{
    return qobject_cast<CaseWizardPage*>(page(id));
}

int NewCaseWizard::pageIdFor(RequestPage::Page page) const
{
    switch (page) {
    case RequestPage::Code:
        return CodePageId;
    case RequestPage::Contacts:
        return ContactsPageId;
    case RequestPage::Details:
        return m_detailsPage->hasForm() ? DetailsPageId : ProblemPageId;
    case RequestPage::Attachments:
        return AttachmentsPageId;
    case RequestPage::Problem:
        break;
    }
    return ProblemPageId;
}

int NewCaseWizard::nextId() const
{
    switch (currentId()) {
    case ContactsPageId:
        return m_detailsPage->hasForm() ? DetailsPageId : AttachmentsPageId;
    case ReviewPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

CreateCaseRequest NewCaseWizard::collect() const
{
    CreateCaseRequest request;
    request.code = m_codePage->code();
    m_problemPage->store(&request);
    m_contactsPage->store(&request);
    if (m_detailsPage->hasForm())
        request.details = m_detailsPage->details();
    return request;
}

CaseDraft NewCaseWizard::draft() const
{
    CaseDraft draft;
    draft.request = collect();
    draft.step = stepOf(currentId());
    draft.generatedReference = m_generatedReference;
    draft.attachments = m_attachmentsPage->entries();
    return draft;
}

CreateCaseRequest NewCaseWizard::request() const
{
    return draft().requestToSend();
}

void NewCaseWizard::setDraft(const CaseDraft& draft)
{
    m_generatedReference =
        draft.generatedReference.isEmpty() ? CustomerReference::generate() : draft.generatedReference;
    m_problemPage->setGeneratedReference(m_generatedReference);
    m_server.clear();
    if (currentId() < 0)
        restart();
    while (currentId() > CodePageId)
        back();
    m_codePage->setCode(draft.request.code);
    onCodeChanged(draft.request.code);
    m_problemPage->load(draft.request);
    m_contactsPage->load(draft.request);
    if (draft.request.details)
        m_detailsPage->setDetails(*draft.request.details);
    m_attachmentsPage->restore(draft.attachments);
    validateNow();
    // Walk forward as the user would, so Back works as before; stop at a page that is not complete.
    const int target = idOf(draft.step);
    while (currentId() != target) {
        casePage(currentId())->reveal();
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    casePage(currentId())->reveal();
}

void NewCaseWizard::prefillFrom(const Case& source)
{
    prefillFrom(CaseDraft::like(source).request);
}

void NewCaseWizard::prefillFrom(const CreateCaseRequest& source)
{
    CaseDraft draft = CaseDraft::like(source);
    draft.generatedReference = m_generatedReference;
    draft.step = m_services.catalogue->contains(source.code) ? CaseDraft::Step::Problem : CaseDraft::Step::Code;
    setDraft(draft);
    for (int id = CodePageId; id < ReviewPageId; ++id)
        casePage(id)->reveal(); // these values came from elsewhere: say at once what does not fit
}

void NewCaseWizard::onEdited()
{
    m_validation.start();
    emit draftChanged();
}

void NewCaseWizard::onCodeChanged(const QString& code)
{
    const std::optional<TicketCode> ticketCode = m_services.catalogue->code(code);
    m_problemPage->setTicketCode(ticketCode);
    const std::shared_ptr<const ApiDocument> document = m_validator.document();
    const bool hasForm = ticketCode && ticketCode->hasDetails && document->detailsSchemaPointer(code).size() > 0;
    m_detailsPage->setForm(
        code, hasForm ? SchemaFormParser::parse(document->detailsSchema(code), RequestPaths::get().details) : nullptr);
    updateStepTitle();
    validateNow(); // whether Next may be pressed must be known before the next key
}

void NewCaseWizard::onCatalogueChanged()
{
    m_validator.setDocument(m_services.catalogue->document());
    m_problemPage->setLimits(RequestLimits::of(*m_validator.document()));
    onCodeChanged(m_codePage->code());
    validateNow();
}

void NewCaseWizard::validateNow()
{
    m_validation.stop();
    const CreateCaseRequest request = this->request();
    QList<Violation> all = m_validator.validateCreate(request);
    all += RequestChecks::check(request);
    all += m_detailsPage->formProblems();
    all += m_server.current(request.toJson());
    QList<Violation> unique;
    for (const Violation& violation : std::as_const(all)) {
        if (!unique.contains(violation))
            unique.append(violation);
    }
    m_violations = unique;

    QHash<int, QList<Violation>> byPage;
    for (const Violation& violation : std::as_const(m_violations))
        byPage[pageIdFor(RequestPage::forPath(violation.path))].append(violation);
    for (int id = CodePageId; id < ReviewPageId; ++id)
        casePage(id)->setViolations(byPage.value(id));
    m_reviewPage->setViolations(m_violations);
    if (currentId() == ReviewPageId)
        updateReview();
}

void NewCaseWizard::updateStepTitle()
{
    // Where the user is, and how far it is: the details page counts only for codes that have one.
    QList<int> steps{CodePageId, ProblemPageId, ContactsPageId};
    if (m_detailsPage->hasForm())
        steps.append(DetailsPageId);
    steps += {AttachmentsPageId, ReviewPageId};
    const qsizetype step = steps.indexOf(currentId());
    setWindowTitle(step < 0 ? tr("New case") : tr("New case – step %L1 of %L2").arg(step + 1).arg(steps.size()));
}

void NewCaseWizard::onPageChanged(int id)
{
    updateStepTitle();
    if (id < 0)
        return;
    if (m_seen.contains(id))
        casePage(id)->reveal(); // back on a page already seen: show what is wrong there
    m_seen.insert(id);
    if (id == ReviewPageId) {
        validateNow();
        updateReview();
    }
}

void NewCaseWizard::updateReview()
{
    const CaseDraft current = draft();
    m_reviewPage->setSummary(
        ReviewSummary::build(current, *m_services.catalogue, m_detailsPage->form(), m_services.locale),
        current.requestToSend());
}

void NewCaseWizard::goTo(int id)
{
    if (currentId() == id || !page(id))
        return;
    if (visitedIds().contains(id)) {
        while (currentId() != id)
            back();
    } else {
        setCurrentId(id);
    }
}

void NewCaseWizard::landOn(const QList<Violation>& violations)
{
    if (violations.isEmpty())
        return;
    const Violation& first = violations.constFirst();
    const int id = pageIdFor(RequestPage::forPath(first.path));
    casePage(id)->reveal();
    goTo(id);
    casePage(id)->focusPath(first.path);
}

void NewCaseWizard::submit()
{
    if (m_submitting)
        return;
    validateNow();
    if (!m_violations.isEmpty())
        return landOn(m_violations);
    if (m_attachmentsPage->isSettled())
        return send();
    setSubmitting(true, tr("Waiting for the attachments to finish uploading…"));
    m_attachmentsPage->whenSettled(this, [this] {
        if (m_submitting && !m_inFlight)
            send();
    });
}

void NewCaseWizard::send()
{
    const QStringList problems = m_attachmentsPage->problemNames();
    if (!problems.isEmpty()) {
        setSubmitting(false);
        m_reviewPage->setError(tr("Not sent: %1 did not upload. Retry or remove it on the Attachments page.")
                                   .arg(m_services.locale.createSeparatedList(problems)));
        return;
    }
    validateNow(); // the uploads' ids are in the request now
    if (!m_violations.isEmpty()) {
        setSubmitting(false);
        return landOn(m_violations);
    }
    const CreateCaseRequest sent = request();
    setSubmitting(true, tr("Creating the case…"));
    m_inFlight = true;
    m_services.submit(sent, this,
                      [this, sent](const ApiResult<CreateCaseResponse>& result) { onAnswer(result, sent); });
}

void NewCaseWizard::onAnswer(const ApiResult<CreateCaseResponse>& result, const CreateCaseRequest& sent)
{
    m_inFlight = false;
    setSubmitting(false);
    if (result.ok()) {
        m_services.catalogue->noteUsed(sent.code);
        m_attachmentsPage->forget();
        m_reviewPage->setSubmitted();
        emit caseCreated(*result.value, sent);
        QWizard::done(m_abandoned ? QDialog::Rejected : QDialog::Accepted);
        return;
    }
    if (m_abandoned) {
        QWizard::done(QDialog::Rejected);
        return;
    }
    const ApiError& error = result.error;
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        refuse(Violation::fromFieldErrors(error.fieldErrors), sent,
               tr("The provider refused the case. The fields it named are marked on their pages."));
        return;
    }
    m_reviewPage->setError(error.userMessage());
}

void NewCaseWizard::showRefusal(const QList<Violation>& refused, const QString& message)
{
    refuse(refused, request(), message);
}

void NewCaseWizard::refuse(const QList<Violation>& refused, const CreateCaseRequest& sent, const QString& message)
{
    m_server.set(refused, sent.toJson());
    m_reviewPage->setError(message);
    validateNow();
    landOn(refused);
}

void NewCaseWizard::setSubmitting(bool submitting, const QString& status)
{
    m_submitting = submitting;
    m_reviewPage->setBusy(submitting, status);
    if (QAbstractButton* back = button(QWizard::BackButton))
        back->setEnabled(!submitting);
}

void NewCaseWizard::keyPressEvent(QKeyEvent* event)
{
    // Return presses the default button (Next) only if it is enabled: catch up on the typing just before it.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_validation.isActive())
        validateNow();
    QWizard::keyPressEvent(event);
}

void NewCaseWizard::done(int result)
{
    if (result == QDialog::Rejected && m_inFlight) {
        // The create may already have reached the server: stay (unseen) until its answer says what became of it.
        m_abandoned = true;
        hide();
        return;
    }
    if (result == QDialog::Rejected && m_submitting)
        setSubmitting(false); // only waiting for uploads: nothing was sent
    if (result == QDialog::Accepted && m_inFlight) {
        // The submit function took the case over (queued it) instead of answering.
        m_inFlight = false;
        setSubmitting(false);
        m_attachmentsPage->forget();
        m_reviewPage->setSubmitted();
    }
    QWizard::done(result);
}

} // namespace CaseDesk

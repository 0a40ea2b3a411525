#include "ui/casedetail/CaseDetailController.h"

#include "models/actions/CaseActions.h"
#include "models/presentation/CaseFacts.h"
#include "models/store/CaseRepository.h"
#include "ui/casedetail/CancelCaseDialog.h" // complete type for CaseDetailView::cancelDialog()
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NoteDraftKeeper.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CaseDetailController::CaseDetailController(CaseDetailView* view, CaseRepository* repository, CaseActions* actions,
                                           LabelProvider codeLabel)
    : QObject(view)
    , m_view(view)
    , m_repository(repository)
    , m_actions(actions)
    , m_codeLabel(std::move(codeLabel))
    , m_key(view->caseNumber())
{
    m_freshnessTimer.setInterval(30000);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &CaseDetailController::updateFreshness);
    connect(m_repository, &CaseRepository::caseUpdated, this, [this](const QString& caseNumber) {
        if (caseNumber == m_key)
            reload();
    });
    connect(view, &CaseDetailView::refreshRequested, this, &CaseDetailController::refresh);
    connect(view, &CaseDetailView::noteSubmitted, this, &CaseDetailController::sendNote);
    connect(view, &CaseDetailView::cancelConfirmed, this, &CaseDetailController::cancel);
}

void CaseDetailController::setTimeDisplay(const TimeDisplay& display)
{
    m_time = display;
    reload();
}

void CaseDetailController::setServerReachable(bool reachable)
{
    m_reachable = reachable;
    updateFreshness();
}

void CaseDetailController::open(bool fetch)
{
    m_freshnessTimer.start();
    reload();
    m_repository->markSeen(m_key);
    if (fetch)
        refresh();
}

void CaseDetailController::refresh()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_view->setLoading(true);
    m_repository->fetch(m_key, this, [this](const CaseRepository::FetchOutcome& outcome) {
        m_fetching = false;
        m_view->setLoading(false);
        if (!outcome.ok()) {
            if (outcome.error.kind == ApiError::Kind::NotFound)
                m_view->setMessage(tr("The server does not know case or order %1.").arg(m_key));
            else if (outcome.error.kind != ApiError::Kind::Offline && outcome.error.kind != ApiError::Kind::Timeout)
                m_view->setMessage(outcome.error.userMessage());
            else
                m_reachable = false;
            updateFreshness();
            return;
        }
        m_reachable = true;
        m_view->setMessage({});
        if (!outcome.caseNumber.isEmpty() && outcome.caseNumber != m_key) {
            const QString old = m_key;
            m_key = outcome.caseNumber;
            emit keyChanged(old, m_key);
        }
        m_repository->markSeen(m_key);
        reload();
    });
}

void CaseDetailController::reload()
{
    m_repository->caseDetail(m_key, this, [this](const CaseDetail& detail) { show(detail); });
}

void CaseDetailController::show(const CaseDetail& detail)
{
    if (!m_view)
        return;
    m_fetchedAt = detail.fetchedAt;
    updateFreshness();
    if (!detail.found || !detail.answer) {
        if (!detail.decodeErrors.isEmpty())
            m_view->setMessage(tr("The stored copy of this case cannot be read (%1). Refresh to fetch it again.")
                                   .arg(describeDecodeErrors(detail.decodeErrors)));
        return;
    }
    QList<CaseNote> pending;
    for (const StoredNote& note : detail.notes) {
        if (note.isPending())
            pending.append(note.note);
    }
    m_answer = detail.answer;
    const CaseFacts facts = CaseFacts::from(*detail.answer, {}, pending, m_time, m_codeLabel);
    m_view->setFacts(facts);
    emit titleChanged(facts.number);
}

void CaseDetailController::updateFreshness()
{
    if (!m_view)
        return;
    m_view->setFreshness(m_time.formatAge(m_fetchedAt), !m_reachable);
}

void CaseDetailController::sendNote(const QString& text, const QString& visibility)
{
    NoteRequest request;
    request.text = text;
    request.visibility = visibility;
    NoteComposer* composer = m_view->composer();
    // The composer emits only once its uploads have settled without problems, so the list is complete.
    if (const QList<AttachmentRef> references = composer->attachmentReferences(); !references.isEmpty())
        request.attachments = references;
    composer->setBusy(true);
    composer->setError({});
    // Offline drafts: the note's draft is saved now and handed to the outbox with it, never left behind.
    const QPointer<NoteDraftKeeper> keeper = NoteDraftKeeper::of(composer);
    const QString draftId = keeper ? keeper->beginSubmit() : QString();
    const QList<DraftAttachment> files = keeper ? keeper->files() : QList<DraftAttachment>();
    m_actions->sendNote(
        m_key, request, this,
        [this, keeper, draftId](const ApiError& error) {
            NoteComposer* composer = m_view->composer();
            composer->setBusy(false);
            if (error.isError()) {
                composer->setError(CaseActions::explainNoteError(error));
                if (keeper)
                    keeper->finishSubmit(false, draftId);
                return;
            }
            composer->clear(); // sent, or safe in the outbox
            if (keeper)
                keeper->finishSubmit(true, draftId);
        },
        draftId, files);
}

void CaseDetailController::cancel(const QString& reason)
{
    CancelRequest request;
    request.reason = reason;
    m_view->setLoading(true);
    m_actions->cancelCase(m_key, request, this, [this](const ApiError& error) {
        m_view->setLoading(false);
        m_view->setMessage(error.isError() ? CaseActions::explainCancelError(error) : QString());
    });
}

} // namespace CaseDesk

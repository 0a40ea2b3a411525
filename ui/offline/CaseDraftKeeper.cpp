#include "ui/offline/CaseDraftKeeper.h"

#include "models/offline/DraftAutosave.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/OutboxSender.h"

#include <QTimer>

namespace CaseDesk
{

CaseDraftKeeper::CaseDraftKeeper(OfflineServices* offline, QObject* parent)
    : QObject(parent)
    , m_offline(offline)
    , m_autosave(new DraftAutosave(offline ? offline->drafts() : nullptr, this))
{}

NewCaseWizard::SubmitFunction CaseDraftKeeper::submitFunction()
{
    return [keeper = QPointer<CaseDraftKeeper>(this)](const CreateCaseRequest& request, QObject* context,
                                                      ApiCallback<CreateCaseResponse> callback) {
        if (keeper)
            return keeper->submit(request, context, std::move(callback));
        QTimer::singleShot(0, context, [callback = std::move(callback)] {
            ApiResult<CreateCaseResponse> result;
            result.error = ApiError::make(ApiError::Kind::Local, CaseDraftKeeper::tr("CaseDesk is closing."));
            callback(result);
        });
    };
}

void CaseDraftKeeper::attach(NewCaseWizard* wizard, const std::optional<Draft>& draft)
{
    m_wizard = wizard;
    setParent(wizard);
    if (draft && draft->caseDraft) {
        m_autosave->bindTo(*draft);
        wizard->setDraft(*draft->caseDraft);
        showRefusal(wizard, *draft); // on the field it names, until the user changes that value
    }
    // Connected after restoring, so putting a draft back is not itself a change.
    connect(wizard, &NewCaseWizard::draftChanged, this, &CaseDraftKeeper::snapshot);
    connect(wizard, &QDialog::finished, this, [this] {
        if (m_submitted)
            return;
        const bool keep = !m_autosave->draftId().isEmpty() || m_autosave->hasUnsavedChanges();
        m_autosave->flush();
        if (keep && !m_autosave->draftId().isEmpty())
            emit draftKept(m_autosave->draftId());
    });
}

QString CaseDraftKeeper::draftId() const
{
    return m_autosave->draftId();
}

void CaseDraftKeeper::showRefusal(NewCaseWizard* wizard, const Draft& draft)
{
    if (draft.errorMessage)
        wizard->showRefusal(draft.violations(), *draft.errorMessage);
}

void CaseDraftKeeper::snapshot()
{
    if (m_wizard)
        m_autosave->changed(Draft::forCase(m_wizard->draft()));
}

void CaseDraftKeeper::submit(const CreateCaseRequest& request, QObject* context,
                             ApiCallback<CreateCaseResponse> callback)
{
    Q_UNUSED(request) // the outbox sends the wizard's whole draft: its request plus what makes it a draft again
    if (!m_offline || !m_wizard) {
        QTimer::singleShot(0, context, [callback = std::move(callback)] {
            ApiResult<CreateCaseResponse> result;
            result.error = ApiError::make(ApiError::Kind::Local, CaseDraftKeeper::tr("CaseDesk is closing."));
            callback(result);
        });
        return;
    }
    snapshot();
    const QString draftId = m_autosave->beginSubmit();
    const CaseDraft draft = m_wizard->draft();
    m_submitted = true;
    m_offline->sender()->submitCreate(
        draft, draftId, context, [this, draftId, callback = std::move(callback)](const OutboxOutcome& outcome) {
            ApiResult<CreateCaseResponse> result;
            switch (outcome.kind) {
            case OutboxOutcome::Kind::Delivered:
                result.value = outcome.created;
                if (!result.value)
                    result.error = ApiError::badPayload(tr("The case was created but its number is unknown."));
                callback(result);
                return;
            case OutboxOutcome::Kind::Queued:
                emit queued(tr("The new case waits in the outbox. %1").arg(outcome.message));
                if (m_wizard)
                    m_wizard->done(QDialog::Accepted); // it is safe; Create again would make a second case
                return;
            case OutboxOutcome::Kind::Refused:
            case OutboxOutcome::Kind::Failed: {
                m_submitted = false;
                Draft back;
                back.id = outcome.draftId.isEmpty() ? draftId : outcome.draftId;
                if (m_offline) {
                    if (const std::optional<Draft> stored = m_offline->drafts()->find(back.id))
                        back.createdMs = stored->createdMs;
                }
                m_autosave->resumeWith(back);
                result.error = outcome.error;
                if (!result.error.isError())
                    result.error = ApiError::make(ApiError::Kind::Local, outcome.message);
                callback(result);
                return;
            }
            }
        });
}

} // namespace CaseDesk

#include "actions/CaseActions.h"

#include "api/ApiClient.h"
#include "store/CaseRepository.h"

CaseActions::CaseActions(ApiClient* client, CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
{}

void CaseActions::sendNote(const QString& caseNumber, const NoteRequest& request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_repository->addPendingNote(
        caseNumber, request, this, [this, caseNumber, request, guard, done](const std::optional<StoredNote>& pending) {
            const QString localId = pending ? pending->localId : QString();
            m_client->addNote(caseNumber, request, this,
                              [this, caseNumber, localId, guard, done](const ApiResult<CaseUpdateResponse>& result) {
                                  if (result.ok()) {
                                      if (!localId.isEmpty())
                                          m_repository->confirmPendingNote(localId, *result.value);
                                      emit noteSent(caseNumber);
                                  } else if (!localId.isEmpty()) {
                                      m_repository->discardPendingNote(localId);
                                  }
                                  if (guard)
                                      done(result.error);
                              });
        });
}

void CaseActions::cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_client->cancelCase(caseNumber, request, this,
                         [this, caseNumber, guard, done](const ApiResult<CaseUpdateResponse>& result) {
                             if (result.ok()) {
                                 m_repository->fetch(caseNumber);
                                 emit caseCancelled(caseNumber);
                             } else if (result.error.kind == ApiError::Kind::Conflict) {
                                 // Our picture of the case is stale: fetch what it really is now.
                                 m_repository->fetch(caseNumber);
                             }
                             if (guard)
                                 done(result.error);
                         });
}

QString CaseActions::explainNoteError(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Conflict:
        return tr("The provider no longer accepts notes on this case, because it is closed or cancelled. "
                  "Your text is kept; you can copy it into a new case.");
    case ApiError::Kind::Forbidden:
        return tr("This account may not add notes to this case. Your text is kept.");
    default:
        return error.userMessage();
    }
}

QString CaseActions::explainCancelError(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Conflict:
        return tr("The case cannot be cancelled any more: it is already cancelled, closed or resolved.");
    case ApiError::Kind::Forbidden:
        return tr("This account may not cancel this case.");
    default:
        return error.userMessage();
    }
}

#include "models/actions/CaseActions.h"

#include "models/api/ApiClient.h"
#include "models/offline/OutboxSender.h"
#include "models/store/CaseRepository.h"

namespace CaseDesk
{

CaseActions::CaseActions(ApiClient* client, CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
{}

void CaseActions::setOutbox(OutboxSender* outbox)
{
    m_outbox = outbox;
}

void CaseActions::sendNote(const QString& caseNumber, const NoteRequest& request, QObject* context, Done done,
                           const QString& draftId, const QList<DraftAttachment>& files)
{
    if (m_outbox)
        return sendNoteThroughOutbox(caseNumber, request, context, std::move(done), draftId, files);
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
    if (m_outbox)
        return cancelThroughOutbox(caseNumber, request, context, std::move(done));
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

void CaseActions::sendNoteThroughOutbox(const QString& caseNumber, const NoteRequest& request, QObject* context,
                                        Done done, const QString& draftId, const QList<DraftAttachment>& files)
{
    // The outbox stores the note and its pending copy in one transaction, and confirms or discards that copy
    // itself; a note that could not be stored left no copy behind.
    QPointer<QObject> guard(context);
    m_outbox->submitNote(caseNumber, request, files, draftId, this, [=, this](const OutboxOutcome& o) {
        ApiError error;
        switch (o.kind) {
        case OutboxOutcome::Kind::Delivered:
            emit noteSent(caseNumber);
            break;
        case OutboxOutcome::Kind::Queued:
            emit noteQueued(caseNumber, tr("The note on %1 waits in the outbox. %2").arg(caseNumber, o.message));
            break;
        case OutboxOutcome::Kind::Failed:
        case OutboxOutcome::Kind::Refused:
            error = o.error.isError() ? o.error : ApiError::make(ApiError::Kind::Local, o.message);
            break;
        }
        if (guard)
            done(error);
    });
}

void CaseActions::cancelThroughOutbox(const QString& caseNumber, const CancelRequest& request, QObject* context,
                                      Done done)
{
    QPointer<QObject> guard(context);
    m_outbox->submitCancel(caseNumber, request, this, [=, this](const OutboxOutcome& o) {
        ApiError error;
        switch (o.kind) {
        case OutboxOutcome::Kind::Delivered:
            emit caseCancelled(caseNumber); // the sender fetches the case
            break;
        case OutboxOutcome::Kind::Queued:
            emit cancelQueued(caseNumber,
                              tr("The cancellation of %1 waits in the outbox. %2").arg(caseNumber, o.message));
            break;
        case OutboxOutcome::Kind::Refused:
        case OutboxOutcome::Kind::Failed:
            error = o.error.isError() ? o.error : ApiError::make(ApiError::Kind::Local, o.message);
            if (error.kind == ApiError::Kind::Conflict)
                m_repository->fetch(caseNumber); // our picture of the case is stale
            break;
        }
        if (guard)
            done(error);
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

} // namespace CaseDesk

#include "models/offline/OutboxAttempt.h"

#include "models/core/Logging.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxChecks.h"
#include "models/offline/OutboxTransport.h"

#include <QDateTime>
#include <QFileInfo>

namespace CaseDesk
{

OutboxAttempt::OutboxAttempt(const OutboxItem& item, Outbox* outbox, OutboxTransport* transport, Done done,
                             QObject* parent)
    : QObject(parent)
    , m_item(item)
    , m_outbox(outbox)
    , m_transport(transport)
    , m_done(std::move(done))
{}

void OutboxAttempt::start()
{
    if (m_item.state == OutboxItem::State::Sending)
        m_item.maybeSent = true; // left Sending: never resend without asking first
    if (m_item.mayHaveBeenSent())
        return verify();
    // Ids may expire before an old item goes out: upload every file again then.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (QList<DraftAttachment>* list = files(); list && now - m_item.createdMs > kReuploadAfterMs) {
        for (DraftAttachment& file : *list)
            file.attachmentId.reset();
    }
    uploadNext();
}

QList<DraftAttachment>* OutboxAttempt::files()
{
    if (m_item.kind == OutboxItem::Kind::Create && m_item.caseDraft)
        return &m_item.caseDraft->attachments;
    if (m_item.kind == OutboxItem::Kind::Note && m_item.files)
        return &*m_item.files;
    return nullptr;
}

void OutboxAttempt::verify()
{
    qCInfo(lcOutbox).noquote() << "checking whether" << m_item.id << "arrived before sending it again";
    const std::optional<qint64> since = m_item.firstAttemptMs;
    if (m_item.kind == OutboxItem::Kind::Create) {
        if (m_item.reference.isEmpty())
            return finish(Result::Kind::Failed, {},
                          tr("This case may have reached the server, and it has no customer reference to look it up "
                             "by. Check the case list, then send it again or discard it."));
        searchReference(0);
        return;
    }
    m_transport->getCase(m_item.caseNumber, this, [this, since](const ApiResult<Case>& r) {
        if (!r.ok())
            return failed(r.error, Stage::Check);
        if (m_item.kind == OutboxItem::Kind::Cancel) {
            if (OutboxChecks::isCancelled(*r.value))
                return delivered(m_item.caseNumber, {}, std::nullopt, std::nullopt);
        } else if (const auto noteId = OutboxChecks::findNote(*r.value, m_item.note->text, since)) {
            CaseUpdateResponse response;
            response.result.caseNumber = m_item.caseNumber;
            if (!noteId->isEmpty())
                response.result.caseNotesId = *noteId;
            return delivered(*noteId, {}, std::nullopt, response);
        }
        uploadNext();
    });
}

void OutboxAttempt::searchReference(int page)
{
    const std::optional<qint64> since = m_item.firstAttemptMs;
    m_transport->searchOrders(OutboxChecks::referenceQuery(m_item.reference, page), this,
                              [this, since, page](const ApiResult<OrderHistoryPage>& r) {
                                  if (!r.ok())
                                      return failed(r.error, Stage::Check);
                                  if (const auto found = OutboxChecks::findCreated(*r.value, m_item.reference, since))
                                      return delivered(found->id, found->type, found, std::nullopt);
                                  if (!OutboxChecks::mayFindOnLaterPage(*r.value, since))
                                      return uploadNext();
                                  if (page + 1 >= OutboxChecks::kMaxSearchPages)
                                      return finish(Result::Kind::Failed, {},
                                                    tr("Too many cases carry a reference like “%1” to tell whether "
                                                       "this one arrived. Check the case list, then send it again "
                                                       "or discard it.")
                                                        .arg(m_item.reference));
                                  searchReference(page + 1);
                              });
}

void OutboxAttempt::uploadNext()
{
    QList<DraftAttachment>* list = files();
    while (list && m_upload < list->size() && (*list)[m_upload].isUploaded())
        ++m_upload;
    if (!list || m_upload >= list->size())
        return recordIntent();
    const DraftAttachment file = list->at(m_upload);
    if (!QFileInfo(file.localPath).isFile()) {
        return finish(Result::Kind::Failed, ApiError::make(ApiError::Kind::Local, file.localPath),
                      tr("The copy of “%1” kept for sending is missing. Edit this item and attach the file again.")
                          .arg(file.name));
    }
    m_transport->upload(file.localPath, this, [this](const ApiResult<AttachmentInfo>& r) {
        if (!r.ok())
            return failed(r.error, Stage::Upload);
        DraftAttachment& uploaded = (*files())[m_upload];
        uploaded.attachmentId = r.value->attachmentId;
        if (!r.value->attachmentName.isEmpty())
            uploaded.name = r.value->attachmentName;
        ++m_upload;
        uploadNext();
    });
}

void OutboxAttempt::recordIntent()
{
    // Write-ahead: the mark is committed before anything leaves, so a kill after this point forces a check.
    m_item.state = OutboxItem::State::Sending;
    m_item.maybeSent = true;
    if (!m_item.firstAttemptMs)
        m_item.firstAttemptMs = QDateTime::currentMSecsSinceEpoch();
    m_item.attempts = m_item.attemptCount() + 1;
    m_outbox->update(m_item, this, [this](bool ok, const QString& error) {
        if (!ok)
            return finish(Result::Kind::Retry, ApiError::make(ApiError::Kind::Local, error),
                          tr("The outbox could not be written (%1); nothing was sent.").arg(error));
        transmit();
    });
}

void OutboxAttempt::transmit()
{
    switch (m_item.kind) {
    case OutboxItem::Kind::Create:
        m_transport->createCase(m_item.caseDraft->requestToSend(), this,
                                [this](const ApiResult<CreateCaseResponse>& r) {
                                    onWriteAnswer(r.error, r.ok() ? r.value : std::nullopt, std::nullopt);
                                });
        return;
    case OutboxItem::Kind::Note: {
        NoteRequest request = *m_item.note;
        QList<AttachmentRef> references;
        for (const DraftAttachment& file : m_item.files.value_or(QList<DraftAttachment>())) {
            if (file.isUploaded())
                references.append(AttachmentRef{*file.attachmentId, file.name, std::nullopt, {}});
        }
        if (m_item.files) // the stashed copies decide (ids renewed); otherwise the request's own references stand
            request.attachments = references.isEmpty() ? std::nullopt : std::optional(references);
        m_transport->addNote(m_item.caseNumber, request, this, [this](const ApiResult<CaseUpdateResponse>& r) {
            onWriteAnswer(r.error, std::nullopt, r.ok() ? r.value : std::nullopt);
        });
        return;
    }
    case OutboxItem::Kind::Cancel:
        m_transport->cancelCase(m_item.caseNumber, *m_item.cancel, this,
                                [this](const ApiResult<CaseUpdateResponse>& r) {
                                    onWriteAnswer(r.error, std::nullopt, r.ok() ? r.value : std::nullopt);
                                });
        return;
    }
}

void OutboxAttempt::onWriteAnswer(const ApiError& error, std::optional<CreateCaseResponse> created,
                                  std::optional<CaseUpdateResponse> updated)
{
    if (error.isError())
        return failed(error, Stage::Write);
    if (created)
        return delivered(created->id, created->type, created, std::nullopt);
    const QString noteId = updated ? updated->result.caseNotesId.value_or(QString()) : QString();
    delivered(m_item.kind == OutboxItem::Kind::Note ? noteId : m_item.caseNumber, {}, std::nullopt, updated);
}

void OutboxAttempt::delivered(const QString& resultId, const QString& resultType,
                              std::optional<CreateCaseResponse> created, std::optional<CaseUpdateResponse> updated)
{
    m_item.resultId = resultId;
    if (!resultType.isEmpty())
        m_item.resultType = resultType;
    Result result;
    result.kind = Result::Kind::Delivered;
    result.created = std::move(created);
    result.updated = std::move(updated);
    m_item.maybeSent = false;
    m_item.reason.reset();
    result.item = m_item;
    m_finished = true;
    m_done(result);
}

void OutboxAttempt::failed(const ApiError& error, Stage stage)
{
    const bool afterWrite = stage == Stage::Write;
    auto explain = [&](const QString& sentence) {
        return stage == Stage::Check ? tr("Could not check whether the earlier attempt arrived: %1").arg(sentence)
                                     : sentence;
    };

    if (error.isTransient() || error.kind == ApiError::Kind::BadPayload || error.kind == ApiError::Kind::Cancelled) {
        // An answer that did not arrive, or arrived unreadable, may hide a request the server carried out.
        if (afterWrite)
            m_item.maybeSent = error.mayHaveReachedServer() || error.kind == ApiError::Kind::Cancelled;
        return finish(Result::Kind::Retry, error, explain(error.userMessage()));
    }
    if (afterWrite)
        m_item.maybeSent = false; // the server answered with a refusal: it did not carry it out
    const bool refusal = error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::Conflict
                         || error.kind == ApiError::Kind::TooLarge;
    if (refusal && afterWrite) {
        QString reason;
        switch (m_item.kind) {
        case OutboxItem::Kind::Create:
            reason = error.fieldErrors.isEmpty() ? tr("The provider refused the case: %1").arg(error.userMessage())
                                                 : tr("The provider refused the case. %1").arg(error.fieldSummary());
            break;
        case OutboxItem::Kind::Note:
            reason = error.kind == ApiError::Kind::Conflict
                         ? tr("Case %1 no longer takes notes: it is closed or cancelled.").arg(m_item.caseNumber)
                         : tr("The provider refused the note: %1").arg(error.userMessage());
            break;
        case OutboxItem::Kind::Cancel:
            reason = error.kind == ApiError::Kind::Conflict
                         ? tr("Case %1 cannot be cancelled any more: it is already cancelled, closed or resolved.")
                               .arg(m_item.caseNumber)
                         : tr("The provider refused the cancellation: %1").arg(error.userMessage());
            break;
        }
        return finish(Result::Kind::Refused, error, reason);
    }
    if (stage == Stage::Upload && error.kind != ApiError::Kind::Conflict && refusal) {
        // An upload the server refused (type, size): the user has to change the files.
        return finish(Result::Kind::Refused, error, tr("A file was refused: %1").arg(error.userMessage()));
    }
    finish(Result::Kind::Failed, error, explain(error.userMessage()));
}

void OutboxAttempt::finish(Result::Kind kind, const ApiError& error, const QString& reason)
{
    if (m_finished)
        return;
    m_finished = true;
    Result result;
    result.kind = kind;
    result.error = error;
    result.reason = reason;
    result.item = m_item;
    m_done(result);
}

} // namespace CaseDesk

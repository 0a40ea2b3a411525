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

qint64 OutboxAttempt::serverTimeOf(const std::optional<qint64>& dateHeaderMs) const
{
    // The answer's own Date when it had one (whole seconds), otherwise the client's estimate of the server's
    // clock; never this computer's clock alone when the server said otherwise.
    return dateHeaderMs.value_or(m_transport->serverNowMs());
}

OutboxChecks::Evidence OutboxAttempt::evidence() const
{
    OutboxChecks::Evidence evidence{m_item.baseline.value_or(ArrivalBaseline{}), m_claimed};
    // An item stored by an older CaseDesk has no baseline: judge it by its first attempt on this computer's
    // clock, with the ten minutes' allowance for clock differences that version used.
    if (!m_item.baseline && m_item.firstAttemptMs)
        evidence.baseline.serverSentMs = *m_item.firstAttemptMs - kLegacyClockSkewMs + OutboxChecks::kClockToleranceMs;
    return evidence;
}

void OutboxAttempt::verify()
{
    qCInfo(lcOutbox).noquote() << "checking whether" << m_item.id << "arrived before sending it again";
    const OutboxChecks::Evidence evidence = this->evidence();
    if (m_item.kind == OutboxItem::Kind::Create) {
        if (m_item.reference.isEmpty())
            return finish(Result::Kind::Failed, {},
                          tr("This case may have reached the server, and it has no customer reference to look it up "
                             "by. Check the case list, then send it again or discard it."));
        searchReference(0);
        return;
    }
    m_transport->getCase(m_item.caseNumber, this, [this, evidence](const ApiResult<Case>& r) {
        if (!r.ok())
            return failed(r.error, Stage::Check);
        if (m_item.kind == OutboxItem::Kind::Cancel) {
            if (OutboxChecks::isCancelled(*r.value))
                return delivered(m_item.caseNumber, {}, std::nullopt, std::nullopt);
        } else if (const auto noteId = OutboxChecks::findNote(*r.value, m_item.note->text, evidence)) {
            CaseUpdateResponse response;
            response.result.caseNumber = m_item.caseNumber;
            if (!noteId->isEmpty())
                response.result.caseNotesId = *noteId;
            return delivered(*noteId, {}, std::nullopt, response);
        }
        notFound();
    });
}

void OutboxAttempt::searchReference(int page)
{
    const OutboxChecks::Evidence evidence = this->evidence();
    m_transport->searchOrders(
        OutboxChecks::referenceQuery(m_item.reference, page), this,
        [this, evidence, page](const ApiResult<OrderHistoryPage>& r) {
            if (!r.ok())
                return failed(r.error, Stage::Check);
            if (const auto found = OutboxChecks::findCreated(*r.value, m_item.reference, evidence))
                return delivered(found->id, found->type, found, std::nullopt);
            if (!OutboxChecks::mayFindOnLaterPage(*r.value, evidence.baseline.serverSentMs))
                return notFound();
            if (page + 1 >= OutboxChecks::kMaxSearchPages)
                return finish(Result::Kind::Failed, {},
                              tr("Too many cases carry a reference like “%1” to tell whether this one arrived. Check "
                                 "the case list, then send it again or discard it.")
                                  .arg(m_item.reference));
            searchReference(page + 1);
        });
}

void OutboxAttempt::notFound()
{
    // A write can show up late (a note in notes[] after a delay, a case in the order history once it is
    // indexed): keep asking until the window after the last try has passed; only then send it again.
    const qint64 lastTry = m_item.lastAttemptMs.value_or(m_item.firstAttemptMs.value_or(0));
    const qint64 sinceTry = QDateTime::currentMSecsSinceEpoch() - lastTry;
    const qint64 left = m_timing.arrivalWindowMs - sinceTry;
    if (left > 0) {
        const int wait = int(qMin<qint64>(left, m_timing.checkIntervalMs));
        return finish(Result::Kind::Checking, {},
                      tr("Checking with the server whether the last attempt arrived before sending it again (up to "
                         "%n more second(s)).",
                         nullptr, int((left + 999) / 1000)),
                      wait);
    }
    qCInfo(lcOutbox).noquote() << m_item.id << "did not arrive within" << m_timing.arrivalWindowMs
                               << "ms of the last attempt: sending it again";
    uploadNext();
}

void OutboxAttempt::uploadNext()
{
    QList<DraftAttachment>* list = files();
    while (list && m_upload < list->size() && (*list)[m_upload].isUploaded())
        ++m_upload;
    if (!list || m_upload >= list->size())
        return takeBaseline();
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

void OutboxAttempt::takeBaseline()
{
    // After an ambiguous try the first baseline stays: the question is whether any try since then arrived.
    if (m_item.mayHaveBeenSent() && m_item.baseline)
        return recordIntent();
    auto keep = [this](const QStringList& ids, const std::optional<qint64>& dateHeaderMs) {
        ArrivalBaseline baseline;
        baseline.knownIds = ids;
        baseline.serverSentMs = serverTimeOf(dateHeaderMs);
        m_item.baseline = baseline;
        recordIntent();
    };
    switch (m_item.kind) {
    case OutboxItem::Kind::Create:
        // Newest first: the cases with this reference the server holds now, and its clock.
        m_transport->searchOrders(OutboxChecks::referenceQuery(m_item.reference, 0), this,
                                  [this, keep](const ApiResult<OrderHistoryPage>& r) {
                                      if (!r.ok())
                                          return failed(r.error, Stage::Baseline);
                                      keep(OutboxChecks::idsWithReference(*r.value, m_item.reference), r.serverDateMs);
                                  });
        return;
    case OutboxItem::Kind::Note:
        m_transport->getCase(m_item.caseNumber, this, [this, keep](const ApiResult<Case>& r) {
            if (!r.ok())
                return failed(r.error, Stage::Baseline);
            keep(OutboxChecks::noteIdsWithText(*r.value, m_item.note->text), r.serverDateMs);
        });
        return;
    case OutboxItem::Kind::Cancel:
        keep({}, std::nullopt); // the status answers the question; the server refuses a second cancel
        return;
    }
}

void OutboxAttempt::recordIntent()
{
    // Write-ahead: the mark is committed before anything leaves, so a kill after this point forces a check.
    m_item.state = OutboxItem::State::Sending;
    m_item.maybeSent = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_item.firstAttemptMs)
        m_item.firstAttemptMs = now;
    m_item.lastAttemptMs = now;
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
        switch (stage) {
        case Stage::Check:
            return tr("Could not check whether the earlier attempt arrived: %1").arg(sentence);
        case Stage::Baseline:
            return tr("Could not ask the server what it holds before sending: %1").arg(sentence);
        default:
            return sentence;
        }
    };

    if (afterWrite) {
        // The table in ApiError decides: only an answer that proves nothing happened clears the mark (a 4xx,
        // a connection that failed before sending); a 5xx, 408, timeout, drop or unreadable 2xx keeps it, so
        // the server is asked before this goes out again.
        m_item.maybeSent = error.mayHaveReachedServer();
    }
    if (error.isTransient() || error.kind == ApiError::Kind::Cancelled) {
        // 408 and 429 are transient too: the item waits (Retry-After) and never goes back to its draft.
        return finish(Result::Kind::Retry, error, explain(error.userMessage()));
    }
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

void OutboxAttempt::finish(Result::Kind kind, const ApiError& error, const QString& reason, int retryAfterMs)
{
    if (m_finished)
        return;
    m_finished = true;
    Result result;
    result.kind = kind;
    result.error = error;
    result.reason = reason;
    result.retryAfterMs = qMax(retryAfterMs, error.retryAfterMs);
    result.item = m_item;
    m_done(result);
}

} // namespace CaseDesk

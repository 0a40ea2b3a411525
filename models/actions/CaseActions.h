#pragma once

#include "models/api/ApiError.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/NoteRequest.h"
#include "models/wizard/DraftAttachment.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CaseDesk
{

class ApiClient;
class CaseRepository;
class OutboxSender;

/*
 * What a user does to a case: add a note, cancel it. Each action is one call here, which keeps the store in
 * step: a note shows as pending at once, is confirmed when the server accepts it and replaced by the server's
 * copy on the next fetch; a cancel is followed by a fetch so the view shows the new status.
 *
 *     actions->sendNote(caseNumber, request, this, [this](const ApiError& error) {
 *         if (error.isError()) composer->setError(error.userMessage()); else composer->clear();
 *     });
 *
 * `done` runs once, later, and only while `context` lives. The text of a failed note is never lost: the
 * caller keeps it until `done` reports success.
 *
 * With an outbox (setOutbox), every note and cancel is stored there first and sent once (see OutboxSender):
 * when the server cannot be reached it waits, `done` reports no error (the text is safe) and noteQueued() or
 * cancelQueued() says so; a note's draft (`draftId`) moves into the outbox in the same transaction.
 */
class CaseActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError& error)>;

    CaseActions(ApiClient* client, CaseRepository* repository, QObject* parent = nullptr);

    // Routes notes and cancels through the outbox. Not owned; optional (without it they are sent directly).
    void setOutbox(OutboxSender* outbox);

    // `draftId`: the composer's draft, taken over by the outbox; `files`: its stashed copies, uploaded again at
    // send time when the item waited long (attachment ids expire).
    void sendNote(const QString& caseNumber, const NoteRequest& request, QObject* context, Done done,
                  const QString& draftId = {}, const QList<DraftAttachment>& files = {});
    void cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context, Done done);

    // A 403 or 409 in words that fit the action (the generic sentence is about "this").
    static QString explainNoteError(const ApiError& error);
    static QString explainCancelError(const ApiError& error);

signals:
    void noteSent(const QString& caseNumber);
    void caseCancelled(const QString& caseNumber);
    // Stored in the outbox; it goes out when the server answers. `message` says so in words.
    void noteQueued(const QString& caseNumber, const QString& message);
    void cancelQueued(const QString& caseNumber, const QString& message);

private:
    void sendNoteThroughOutbox(const QString& caseNumber, const NoteRequest& request, QObject* context, Done done,
                               const QString& draftId, const QList<DraftAttachment>& files);
    void cancelThroughOutbox(const QString& caseNumber, const CancelRequest& request, QObject* context, Done done);

    ApiClient* m_client;
    CaseRepository* m_repository;
    QPointer<OutboxSender> m_outbox;
};

} // namespace CaseDesk

#pragma once

#include "api/ApiError.h"
#include "domain/CancelRequest.h"
#include "domain/NoteRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class CaseRepository;

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
 */
class CaseActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError& error)>;

    CaseActions(ApiClient* client, CaseRepository* repository, QObject* parent = nullptr);

    void sendNote(const QString& caseNumber, const NoteRequest& request, QObject* context, Done done);
    void cancelCase(const QString& caseNumber, const CancelRequest& request, QObject* context, Done done);

    // A 403 or 409 in words that fit the action (the generic sentence is about "this").
    static QString explainNoteError(const ApiError& error);
    static QString explainCancelError(const ApiError& error);

signals:
    void noteSent(const QString& caseNumber);
    void caseCancelled(const QString& caseNumber);

private:
    ApiClient* m_client;
    CaseRepository* m_repository;
};

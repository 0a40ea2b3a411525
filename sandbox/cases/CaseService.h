#pragma once

#include "sandbox/cases/CaseAnswerCache.h"
#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"
#include "sandbox/store/CaseRecord.h"

#include <optional>

namespace Sandbox
{

class AttachmentStore;
class CaseBuilder;
class CaseStore;
class SandboxDatabase;
class SpecValidator;

/*
 * The case operations: create, get, add a note and cancel. Each validates its path parameter and body
 * against the spec, then answers in the case API's shapes; the dispatcher has already checked the token.
 * A GET's answer is kept (CaseAnswerCache) and given again until the database is written or a delayed note
 * becomes visible.
 */
class CaseService
{
public:
    CaseService(SandboxDatabase& database, CaseStore& cases, AttachmentStore& attachments, CaseBuilder& builder,
                const SpecValidator& validator, qint64 noteDelayMs);

    ApiResponse create(const ApiRequest& request);
    ApiResponse get(const ApiRequest& request);
    ApiResponse addNote(const ApiRequest& request);
    ApiResponse cancel(const ApiRequest& request);

    static ApiResponse readOnlyRefusal();

private:
    std::optional<ApiResponse> checkPathParameter(const ApiRequest& request, const QString& name,
                                                  const QString& schema) const;
    // Attachment references must be the caller's own uploads (ids this sandbox never issued pass as they are).
    QList<Violation> checkAttachments(const QJsonValue& attachments, const QString& clientId, const QString& source,
                                      const QString& noteId, QList<CaseAttachmentRef>* refs) const;
    static ApiResponse updateAnswer(const CaseRecord& record, const QString& noteId);

    SandboxDatabase& m_database;
    CaseStore& m_cases;
    AttachmentStore& m_attachments;
    CaseBuilder& m_builder;
    const SpecValidator& m_validator;
    qint64 m_noteDelayMs;
    CaseAnswerCache m_answers; // GET answers until the next write or the next delayed note shows
};

} // namespace Sandbox

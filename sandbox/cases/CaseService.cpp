#include "sandbox/cases/CaseService.h"

#include "sandbox/cases/CaseBuilder.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/http/RequestKeys.h"
#include "sandbox/store/AttachmentStore.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/store/SandboxDatabase.h"
#include "sandbox/validation/SpecValidator.h"

#include <QJsonArray>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

const QString kSchemas = u"#/components/schemas/"_s;

ApiResponse badRequest(const QList<Violation>& violations)
{
    return ApiErrors::many(ErrorStyle::CaseApi, 400, violations);
}

} // namespace

CaseService::CaseService(SandboxDatabase& database, CaseStore& cases, AttachmentStore& attachments,
                         CaseBuilder& builder, const SpecValidator& validator, qint64 noteDelayMs)
    : m_database(database)
    , m_cases(cases)
    , m_attachments(attachments)
    , m_builder(builder)
    , m_validator(validator)
    , m_noteDelayMs(noteDelayMs)
{}

ApiResponse CaseService::readOnlyRefusal()
{
    return ApiErrors::single(ErrorStyle::CaseApi, 403, u"Authorization"_s,
                             u"This client has read-only access and cannot change anything."_s);
}

std::optional<ApiResponse> CaseService::checkPathParameter(const ApiRequest& request, const QString& name,
                                                           const QString& schema) const
{
    const QList<Violation> violations =
        m_validator.validate(SpecValidator::Api::Support, kSchemas + schema, request.param(name));
    if (violations.isEmpty())
        return std::nullopt;
    return ApiErrors::single(ErrorStyle::CaseApi, 400, name, violations.constFirst().reason);
}

QList<Violation> CaseService::checkAttachments(const QJsonValue& attachments, const QString& clientId,
                                               const QString& source, const QString& noteId,
                                               QList<CaseAttachmentRef>* refs) const
{
    QList<Violation> violations;
    const QJsonArray items = attachments.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString id = items.at(i)[RequestKey::AttachmentId].toString();
        const QString name = items.at(i)[RequestKey::AttachmentName].toString();
        if (id.isEmpty())
            continue;
        const QString property = RequestKey::Attachments + u"[%1]."_s.arg(i) + RequestKey::AttachmentId;
        if (const auto stored = m_attachments.find(id)) {
            if (stored->createdBy != clientId) {
                violations.append({property, u"The attachment was uploaded by another client."_s});
                continue;
            }
            if (stored->deleted) {
                violations.append({property, u"The attachment was deleted."_s});
                continue;
            }
        }
        refs->append(CaseAttachmentRef{id, name, source, noteId});
    }
    return violations;
}

ApiResponse CaseService::create(const ApiRequest& request)
{
    if (request.readOnly)
        return readOnlyRefusal();
    ApiResponse error;
    const auto body = JsonBody::parse(request, ErrorStyle::CaseApi, &error);
    if (!body)
        return error;
    QList<Violation> violations =
        m_validator.validate(SpecValidator::Api::Support, kSchemas + u"CaseCreateRequest"_s, *body);
    const QString code = body->value(RequestKey::Code).toString();
    const QJsonValue details = body->value(RequestKey::Details);
    if (details.isObject() && m_validator.hasDetailsSchema(code))
        violations += m_validator.validateDetails(code, details);
    QList<CaseAttachmentRef> refs;
    violations += checkAttachments(body->value(RequestKey::Attachments), request.clientId, u"CUSTOMER"_s, {}, &refs);
    if (!violations.isEmpty())
        return badRequest(violations);

    SandboxDatabase::Transaction transaction(m_database);
    CaseRecord record = m_builder.build(*body, request.clientId, SandboxTime::nowMs());
    record.attachments = refs;
    if (!m_cases.insert(record) || !transaction.commit())
        return ApiErrors::single(ErrorStyle::CaseApi, 500, u"$"_s, u"The case could not be stored."_s);
    const QJsonObject answer{
        {u"id"_s, record.isTrouble() ? record.orderNumber : record.caseNumber},
        {u"type"_s, record.isTrouble() ? u"TROUBLE"_s : u"CASE"_s},
    };
    return ApiResponse::json(200, QJsonDocument(answer));
}

ApiResponse CaseService::get(const ApiRequest& request)
{
    const QString id = request.param(u"id"_s);
    const qint64 now = SandboxTime::nowMs();
    // Only ids that passed the check below are ever cached.
    if (auto cached = m_answers.find(id, now))
        return ApiResponse::jsonBody(200, *cached);
    if (auto invalid = checkPathParameter(request, u"id"_s, u"CaseOrOrderNumber"_s))
        return *invalid;
    const auto record = m_cases.find(id);
    if (!record)
        return ApiErrors::single(ErrorStyle::CaseApi, 404, u"id"_s, u"No case or order with this number."_s);
    ApiResponse response = ApiResponse::json(200, QJsonDocument(record->toJson(now)));
    m_answers.store(id, *record, response.body, now);
    return response;
}

ApiResponse CaseService::addNote(const ApiRequest& request)
{
    if (request.readOnly)
        return readOnlyRefusal();
    if (auto invalid = checkPathParameter(request, u"caseNumber"_s, u"CaseNumber"_s))
        return *invalid;
    ApiResponse error;
    const auto body = JsonBody::parse(request, ErrorStyle::CaseApi, &error);
    if (!body)
        return error;
    const QList<Violation> violations =
        m_validator.validate(SpecValidator::Api::Support, kSchemas + u"CaseNoteRequest"_s, *body);
    if (!violations.isEmpty())
        return badRequest(violations);
    const QString caseNumber = request.param(u"caseNumber"_s);
    const auto record = m_cases.find(caseNumber);
    if (!record || record->caseNumber != caseNumber)
        return ApiErrors::single(ErrorStyle::CaseApi, 404, u"caseNumber"_s, u"No case with this number."_s);

    const qint64 now = SandboxTime::nowMs();
    CaseNoteRecord note;
    note.id = m_builder.nextNoteId();
    QList<CaseAttachmentRef> refs;
    const QList<Violation> refused =
        checkAttachments(body->value(RequestKey::Attachments), request.clientId, u"CUSTOMER"_s, note.id, &refs);
    if (!refused.isEmpty())
        return badRequest(refused);
    if (!CaseStatus::isModifiable(record->status)) {
        return ApiErrors::single(ErrorStyle::CaseApi, 409, u"caseNumber"_s,
                                 u"The case is %1; notes can no longer be added."_s.arg(record->status));
    }
    note.caseNumber = caseNumber;
    note.createdMs = now;
    note.visibleMs = now + m_noteDelayMs;
    note.text = body->value(RequestKey::Text).toString();
    note.type = NoteType::Customer;
    note.visibility = body->value(RequestKey::Visibility).toString(u"EXTERNAL"_s);
    note.attachments = body->value(RequestKey::Attachments).toArray();
    note.author = request.clientId;
    SandboxDatabase::Transaction transaction(m_database);
    if (!m_cases.addNote(note, refs, now, request.clientId, true) || !transaction.commit())
        return ApiErrors::single(ErrorStyle::CaseApi, 500, u"$"_s, u"The note could not be stored."_s);
    return updateAnswer(*record, note.id);
}

ApiResponse CaseService::cancel(const ApiRequest& request)
{
    if (request.readOnly)
        return readOnlyRefusal();
    if (auto invalid = checkPathParameter(request, u"id"_s, u"CaseOrOrderNumber"_s))
        return *invalid;
    ApiResponse error;
    const auto body = JsonBody::parse(request, ErrorStyle::CaseApi, &error);
    if (!body)
        return error;
    const QList<Violation> violations =
        m_validator.validate(SpecValidator::Api::Support, kSchemas + u"CaseCancelRequest"_s, *body);
    if (!violations.isEmpty())
        return badRequest(violations);
    const auto record = m_cases.find(request.param(u"id"_s));
    if (!record)
        return ApiErrors::single(ErrorStyle::CaseApi, 404, u"id"_s, u"No case or order with this number."_s);
    if (!CaseStatus::isCancellable(record->status)) {
        return ApiErrors::single(ErrorStyle::CaseApi, 409, u"id"_s,
                                 u"The case is %1 and can no longer be cancelled."_s.arg(record->status));
    }
    const qint64 now = SandboxTime::nowMs();
    CaseNoteRecord note;
    note.id = m_builder.nextNoteId();
    note.caseNumber = record->caseNumber;
    note.createdMs = now;
    note.visibleMs = now + m_noteDelayMs;
    note.text = body->value(RequestKey::Reason).toString();
    note.type = NoteType::Customer;
    note.author = request.clientId;
    SandboxDatabase::Transaction transaction(m_database);
    if (!m_cases.changeStatus(record->caseNumber, CaseStatus::Cancelled, now, request.clientId)
        || !m_cases.addNote(note, {}, now, request.clientId, true) || !transaction.commit())
        return ApiErrors::single(ErrorStyle::CaseApi, 500, u"$"_s, u"The case could not be cancelled."_s);
    return updateAnswer(*record, note.id);
}

ApiResponse CaseService::updateAnswer(const CaseRecord& record, const QString& noteId)
{
    const QJsonObject result{
        {u"CaseId"_s, record.caseId},
        {u"CaseNotesId"_s, noteId},
        {u"CaseNumber"_s, record.caseNumber},
    };
    return ApiResponse::json(200, QJsonDocument(QJsonObject{{u"result"_s, result}}));
}

} // namespace Sandbox

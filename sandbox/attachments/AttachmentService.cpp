#include "sandbox/attachments/AttachmentService.h"

#include "sandbox/cases/CaseService.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/MultipartParser.h"
#include "sandbox/store/AttachmentStore.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/validation/SpecValidator.h"

#include <QHash>
#include <QUuid>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

ApiResponse error(int status, const QString& property, const QString& reason)
{
    return ApiErrors::single(ErrorStyle::CaseApi, status, property, reason);
}

QByteArray contentDisposition(const QString& fileName)
{
    QByteArray ascii;
    for (const QChar c : fileName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? char(c.unicode()) : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + fileName.toUtf8().toPercentEncoding();
}

} // namespace

AttachmentService::AttachmentService(AttachmentStore& attachments, CaseStore& cases, const SpecValidator& validator)
    : m_attachments(attachments)
    , m_cases(cases)
    , m_extensions(validator.attachmentExtensions())
    , m_maxBytes(validator.attachmentMaxBytes())
{}

QByteArray AttachmentService::mimeTypeFor(const QString& extension)
{
    static const QHash<QString, QByteArray> types{
        {u"bmp"_s, "image/bmp"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"png"_s, "image/png"},
        {u"tif"_s, "image/tiff"},
        {u"tiff"_s, "image/tiff"},
        {u"txt"_s, "text/plain"},
        {u"doc"_s, "application/msword"},
        {u"docx"_s, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {u"xls"_s, "application/vnd.ms-excel"},
        {u"xlsx"_s, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {u"ppt"_s, "application/vnd.ms-powerpoint"},
        {u"pps"_s, "application/vnd.ms-powerpoint"},
        {u"ppsx"_s, "application/vnd.openxmlformats-officedocument.presentationml.slideshow"},
        {u"pdf"_s, "application/pdf"},
        {u"vsd"_s, "application/vnd.visio"},
    };
    return types.value(extension.toLower(), "application/octet-stream");
}

ApiResponse AttachmentService::upload(const ApiRequest& request)
{
    if (request.readOnly)
        return CaseService::readOnlyRefusal();
    if (request.body.size() > m_maxBytes + kMultipartOverhead)
        return error(413, u"uploadFile"_s, u"The file is larger than %1 bytes."_s.arg(m_maxBytes));
    const auto boundary = MultipartParser::boundary(request.header("content-type"));
    if (!boundary)
        return error(400, u"$"_s, u"The Content-Type must be multipart/form-data with a boundary."_s);
    const QString purpose = request.query.queryItemValue(u"purpose"_s, QUrl::FullyDecoded);
    if (request.query.hasQueryItem(u"purpose"_s) && purpose != u"LOA"_s && purpose != u"PO_DOCUMENT"_s)
        return error(400, u"purpose"_s, u"purpose must be LOA or PO_DOCUMENT."_s);
    QString parseError;
    const auto parts = MultipartParser::parse(request.body, *boundary, &parseError);
    if (!parts)
        return error(400, u"$"_s, parseError);
    const MultipartPart* file = nullptr;
    for (const MultipartPart& part : *parts) {
        if (part.name == "uploadFile") {
            file = &part;
            break;
        }
    }
    if (!file)
        return error(400, u"uploadFile"_s, u"The form field uploadFile is missing."_s);
    if (file->fileName.isEmpty())
        return error(400, u"uploadFile"_s, u"The uploaded file has no file name."_s);
    if (file->data.size() > m_maxBytes)
        return error(413, u"uploadFile"_s, u"The file is larger than %1 bytes."_s.arg(m_maxBytes));
    if (file->data.isEmpty())
        return error(400, u"uploadFile"_s, u"The file is empty."_s);
    const qsizetype dot = file->fileName.lastIndexOf(u'.');
    const QString extension = dot >= 0 ? file->fileName.mid(dot + 1).toLower() : QString();
    if (!m_extensions.contains(extension)) {
        return error(400, u"uploadFile"_s,
                     u"Files of this type are not accepted; allowed: %1."_s.arg(m_extensions.join(u", "_s)));
    }
    const qint64 now = SandboxTime::nowMs();
    StoredAttachment attachment;
    attachment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    attachment.name = file->fileName;
    attachment.type = extension;
    attachment.size = file->data.size();
    attachment.createdMs = now;
    attachment.updatedMs = now;
    attachment.createdBy = request.clientId;
    attachment.purpose = purpose;
    attachment.data = file->data;
    if (!m_attachments.insert(attachment))
        return error(500, u"$"_s, u"The file could not be stored."_s);
    return ApiResponse::json(201, QJsonDocument(attachment.toJson()));
}

ApiResponse AttachmentService::metadata(const ApiRequest& request)
{
    const auto attachment = m_attachments.find(request.param(u"attachmentId"_s));
    if (!attachment || attachment->deleted)
        return error(404, u"attachmentId"_s, u"No attachment with this id."_s);
    if (attachment->createdBy != request.clientId)
        return error(403, u"attachmentId"_s, u"The attachment was uploaded by another client."_s);
    return ApiResponse::json(200, QJsonDocument(attachment->toJson()));
}

ApiResponse AttachmentService::remove(const ApiRequest& request)
{
    if (request.readOnly)
        return CaseService::readOnlyRefusal();
    const QString id = request.param(u"attachmentId"_s);
    const auto attachment = m_attachments.find(id);
    if (!attachment || attachment->deleted)
        return error(404, u"attachmentId"_s, u"No attachment with this id."_s);
    if (attachment->createdBy != request.clientId)
        return error(403, u"attachmentId"_s, u"The attachment was uploaded by another client."_s);
    if (!m_attachments.markDeleted(id, m_cases.isAttachmentReferenced(id), SandboxTime::nowMs()))
        return error(500, u"$"_s, u"The attachment could not be deleted."_s);
    return ApiResponse::json(200, QJsonDocument(QJsonObject{{u"status"_s, true}}));
}

ApiResponse AttachmentService::download(const ApiRequest& request)
{
    const auto record = m_cases.find(request.param(u"caseId"_s));
    if (!record)
        return error(404, u"caseId"_s, u"No case with this id."_s);
    const QString attachmentId = request.param(u"attachmentId"_s);
    if (!m_cases.hasAttachment(record->caseNumber, attachmentId))
        return error(404, u"attachmentId"_s, u"The case has no attachment with this id."_s);
    const auto attachment = m_attachments.find(attachmentId, true);
    if (!attachment || (attachment->data.isEmpty() && attachment->size > 0))
        return error(404, u"attachmentId"_s, u"The attachment's file is not available."_s);
    ApiResponse response;
    response.status = 200;
    response.contentType = mimeTypeFor(attachment->type);
    response.body = attachment->data;
    response.headers.append({QByteArrayLiteral("Content-Disposition"), contentDisposition(attachment->name)});
    return response;
}

} // namespace Sandbox

#pragma once

#include "sandbox/http/ApiRequest.h"
#include "sandbox/http/ApiResponse.h"

#include <QStringList>

namespace Sandbox
{

class AttachmentStore;
class CaseStore;
class SpecValidator;

/*
 * The attachments API (upload, metadata, delete) and the case API's attachment download. An uploaded id
 * belongs to the client that uploaded it; the limits (10 MB, the extension list) come from the
 * attachmentsv1 document's x-limits.
 */
class AttachmentService
{
public:
    AttachmentService(AttachmentStore& attachments, CaseStore& cases, const SpecValidator& validator);

    ApiResponse upload(const ApiRequest& request);
    ApiResponse metadata(const ApiRequest& request);
    ApiResponse remove(const ApiRequest& request);
    ApiResponse download(const ApiRequest& request);

    static QByteArray mimeTypeFor(const QString& extension);
    // Room for the multipart framing around a file of the maximum size.
    static constexpr qint64 kMultipartOverhead = 64 * 1024;

private:
    AttachmentStore& m_attachments;
    CaseStore& m_cases;
    QStringList m_extensions;
    qint64 m_maxBytes;
};

} // namespace Sandbox

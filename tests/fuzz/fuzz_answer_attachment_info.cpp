// What the Attachments API says about a file (POST /v1/attachments/file, GET /v1/attachments/{id}).
#include "models/domain/AttachmentInfo.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

int answerAttachmentInfo(const uint8_t* data, size_t size)
{
    decodeChecked<AttachmentInfo>(bytesOf(data, size));
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerAttachmentInfo)

// The provider's API document as JSON (File ▸ Load provider API document…, and the kept copy at each start).
#include "tests/fuzz/ApiDocumentChecks.h"
#include "tests/fuzz/FuzzTargets.h"

namespace CaseDesk::Fuzz
{

int apiDocumentJson(const uint8_t* data, size_t size)
{
    loadApiDocument(bytesOf(data, size), false);
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(apiDocumentJson)

// The provider's API document as YAML (yaml-cpp, then YamlToJson).
#include "tests/fuzz/ApiDocumentChecks.h"
#include "tests/fuzz/FuzzTargets.h"

namespace CaseDesk::Fuzz
{

int apiDocumentYaml(const uint8_t* data, size_t size)
{
    loadApiDocument(bytesOf(data, size), true);
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(apiDocumentYaml)

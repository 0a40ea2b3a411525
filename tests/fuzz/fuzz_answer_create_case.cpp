// The answer to a create (POST /support/v2/tickets).
#include "models/domain/CreateCaseResponse.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

int answerCreateCase(const uint8_t* data, size_t size)
{
    decodeChecked<CreateCaseResponse>(bytesOf(data, size));
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerCreateCase)

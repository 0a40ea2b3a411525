// The answer to a note or a cancel (POST …/notes, POST …/cancel).
#include "models/domain/CaseUpdateResponse.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

int answerCaseUpdate(const uint8_t* data, size_t size)
{
    decodeChecked<CaseUpdateResponse>(bytesOf(data, size));
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerCaseUpdate)

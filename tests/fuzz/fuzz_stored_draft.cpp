// A draft as stored in the environment's SQLite file (table drafts), read back at start and on Reopen.
#include "models/offline/Draft.h"
#include "tests/fuzz/DecodeChecks.h"
#include "tests/fuzz/WizardChecks.h"

namespace CaseDesk::Fuzz
{

int storedDraft(const uint8_t* data, size_t size)
{
    const std::optional<Draft> draft = decodeChecked<Draft>(bytesOf(data, size));
    if (!draft)
        return 0;
    draft->subject();
    draft->firstWords();
    draft->isEmpty();
    draft->attachments();
    routeToFields(draft->violations());
    if (draft->caseDraft)
        reopenCaseDraft(*draft->caseDraft);
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(storedDraft)

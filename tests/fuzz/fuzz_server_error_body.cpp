// An error answer in any of the provider's shapes (the case API's array, the token API's object, the
// order-history API's {errors}), read into ApiError and put in words.
#include "models/api/ApiError.h"
#include "tests/fuzz/FuzzTargets.h"
#include "tests/fuzz/WizardChecks.h"

namespace CaseDesk::Fuzz
{

int serverErrorBody(const uint8_t* data, size_t size)
{
    for (const ApiError::Kind kind : {ApiError::Kind::Validation, ApiError::Kind::Unauthorized}) {
        ApiError error = ApiError::make(kind);
        error.httpStatus = 400;
        ApiError::readServerBody(bytesOf(data, size), &error);
        error.userMessage();
        error.fieldSummary();
        routeToFields(Violation::fromFieldErrors(error.fieldErrors));
    }
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(serverErrorBody)

// The token endpoint's answer (POST /oauth2/v1/token), and the lifetime TokenProvider computes from it.
#include "models/domain/AccessToken.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

int answerAccessToken(const uint8_t* data, size_t size)
{
    const std::optional<AccessToken> token = decodeChecked<AccessToken>(bytesOf(data, size));
    if (!token)
        return 0;
    if (const std::optional<qint64> seconds = token->lifetimeSecs()) {
        require(*seconds > 0 && *seconds <= AccessToken::kMaxLifetimeSecs, "a token lifetime is capped");
        const qint64 margin = qMin<qint64>(60, *seconds / 10); // as TokenProvider renews
        require((*seconds - margin) * 1000 > 0, "a token is renewed in the future");
    }
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerAccessToken)

// A case's GET answer (GET /support/v2/tickets/{id}): decoded, stored, shown, checked by the outbox, copied into
// "New case like this".
#include "models/domain/Case.h"
#include "models/offline/OutboxChecks.h"
#include "models/presentation/CaseFacts.h"
#include "models/store/CaseSummary.h"
#include "models/wizard/CaseDraft.h"
#include "tests/fuzz/DecodeChecks.h"

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

int answerCase(const uint8_t* data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const std::optional<Case> answer = decodeChecked<Case>(bytes);
    if (!answer)
        return 0;
    CaseSummary::fromCase(*answer);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    for (const TimeDisplay::Mode mode : {TimeDisplay::Mode::Utc, TimeDisplay::Mode::Site}) {
        CaseFacts::from(
            *answer, bytes, answer->notes.value_or(QList<CaseNote>()), TimeDisplay(mode, QLocale::c()),
            [](const QString& code) { return code; }, now);
    }
    OutboxChecks::isCancelled(*answer);
    OutboxChecks::noteIdsWithText(*answer, u"note"_s);
    OutboxChecks::findNote(*answer, u"note"_s, OutboxChecks::Evidence{});
    OutboxChecks::findNote(
        *answer, u"note"_s,
        OutboxChecks::Evidence{ArrivalBaseline{QStringList{u"1"_s}, 1'700'000'000'000, {}}, QStringList{u"2"_s}});
    const CaseDraft like = CaseDraft::like(*answer);
    decodeChecked<CaseDraft>(QJsonDocument(like.toJson()).toJson());
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(answerCase)

// An outbox item as stored in the environment's SQLite file (table outbox): listed, and checked against the
// server's answers before it is sent again.
#include "models/offline/OutboxChecks.h"
#include "models/offline/OutboxItem.h"
#include "tests/fuzz/DecodeChecks.h"
#include "tests/fuzz/WizardChecks.h"

namespace CaseDesk::Fuzz
{

using namespace Qt::StringLiterals;

int storedOutboxItem(const uint8_t* data, size_t size)
{
    const std::optional<OutboxItem> item = decodeChecked<OutboxItem>(bytesOf(data, size));
    if (!item)
        return 0;
    item->summary();
    item->firstWords();
    item->stateText();
    item->attemptCount();
    if (item->caseDraft)
        reopenCaseDraft(*item->caseDraft);

    // The checks before a resend compare the server's answers with the baseline taken at the first attempt.
    OrderHeader hit;
    hit.orderNumber = u"1-123456789012"_s;
    hit.customerReferenceNumbers = QStringList{item->reference};
    hit.createdAt = Timestamp::fromString(u"2026-01-02T03:04:05Z"_s);
    OrderHistoryPage page;
    page.content = QList<OrderHeader>{hit};
    page.page = OrderHistoryPage::PageInfo{10, 30, 3, 0, {}};
    const OutboxChecks::Evidence evidence{item->baseline.value_or(ArrivalBaseline{}), QStringList{}};
    OutboxChecks::findCreated(page, item->reference, evidence);
    OutboxChecks::mayFindOnLaterPage(page, evidence.baseline.serverSentMs);
    Case answer;
    CaseNote note;
    note.text = item->note ? item->note->text : QString();
    note.createdDateTime = hit.createdAt;
    answer.notes = QList<CaseNote>{note};
    OutboxChecks::findNote(answer, note.text.value_or(QString()), evidence);
    return 0;
}

} // namespace CaseDesk::Fuzz

CASEDESK_FUZZ_ENTRY(storedOutboxItem)

#pragma once

#include "models/domain/Case.h"
#include "models/json/DecodeError.h"
#include "models/store/CaseSummary.h"
#include "models/store/StoredNote.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

namespace CaseDesk
{

/*
 * Everything the store knows about one case, for the detail view: the last full answer decoded from the
 * stored bytes, the notes (the server's and the user's pending ones, oldest first) and when it was fetched.
 *
 * `answer` is empty for a partial row, and also when the stored bytes no longer decode (then
 * `decodeErrors` says why; the summary columns are still good).
 */
struct CaseDetail
{
    bool found = false;
    CaseSummary summary;
    std::optional<Case> answer;
    QByteArray raw; // the last full answer's bytes as received; empty for a partial row
    DecodeErrors decodeErrors;
    QList<StoredNote> notes;
    QDateTime fetchedAt;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::CaseDetail)

#include "models/core/Logging.h"

namespace CaseDesk
{

Q_LOGGING_CATEGORY(lcApi, "casedesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "casedesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "casedesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "casedesk.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDrafts, "casedesk.drafts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "casedesk.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "casedesk.app", QtInfoMsg)

} // namespace CaseDesk

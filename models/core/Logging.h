#pragma once

#include <QLoggingCategory>

namespace CaseDesk
{

// One logging category per module, so `QT_LOGGING_RULES="casedesk.api.debug=true"` turns on exactly one.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue)
Q_DECLARE_LOGGING_CATEGORY(lcDrafts)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace CaseDesk

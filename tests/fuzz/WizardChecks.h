#pragma once

#include "models/validation/Violation.h"
#include "models/wizard/CaseDraft.h"

#include <QList>

namespace CaseDesk::Fuzz
{

// What reopening a stored create draft does with it: the wizard's checks, the details form of its code (from
// the bundled document) loaded with its details, the review page's rows and the request it would send.
void reopenCaseDraft(const CaseDraft& draft);

// What the wizard does with problems a server or a stored draft names by path: finds their page, their field in
// a details form (the bundled document's form for 0305-0301, two rows in each list) and their schema.
void routeToFields(const QList<Violation>& violations);

} // namespace CaseDesk::Fuzz

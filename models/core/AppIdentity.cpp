#include "models/core/AppIdentity.h"

namespace CaseDesk
{

QString AppIdentity::applicationId()
{
    return QStringLiteral(CASEDESK_APP_ID); // from the build: models/core/sources.cmake
}

} // namespace CaseDesk

#include "models/catalogue/TicketCode.h"

namespace CaseDesk
{

QString TicketCode::ticketTypeName() const
{
    return ticketType == TicketType::Trouble ? tr("Trouble ticket") : tr("Case");
}

TicketCode::TicketType TicketCode::inferTicketType(const QString& code)
{
    bool ok = false;
    const int family = familyOf(code).toInt(&ok);
    return ok && family < 100 ? TicketType::Trouble : TicketType::Case;
}

} // namespace CaseDesk

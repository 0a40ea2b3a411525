#include "models/domain/CaseStatus.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CaseStatus::Known CaseStatus::fromRaw(const QString& raw)
{
    if (raw == u"SUBMITTED")
        return Known::Submitted;
    if (raw == u"IN_PROGRESS")
        return Known::InProgress;
    if (raw == u"ACTION_REQUIRED")
        return Known::ActionRequired;
    if (raw == u"RESOLVED")
        return Known::Resolved;
    if (raw == u"CLOSED")
        return Known::Closed;
    if (raw == u"CANCELLED")
        return Known::Cancelled;
    return Known::Unknown;
}

QString CaseStatus::label(const QString& raw)
{
    switch (fromRaw(raw)) {
    case Known::Submitted:
        return tr("Submitted");
    case Known::InProgress:
        return tr("In progress");
    case Known::ActionRequired:
        return tr("Action required");
    case Known::Resolved:
        return tr("Resolved");
    case Known::Closed:
        return tr("Closed");
    case Known::Cancelled:
        return tr("Cancelled");
    case Known::Unknown:
        break;
    }
    return raw;
}

bool CaseStatus::isOpen(const QString& raw)
{
    const Known known = fromRaw(raw);
    return known == Known::Submitted || known == Known::InProgress || known == Known::ActionRequired;
}

bool CaseStatus::isFinal(const QString& raw)
{
    const Known known = fromRaw(raw);
    return known == Known::Closed || known == Known::Cancelled;
}

QStringList CaseStatus::knownRawValues()
{
    return {u"SUBMITTED"_s, u"IN_PROGRESS"_s, u"ACTION_REQUIRED"_s, u"RESOLVED"_s, u"CLOSED"_s, u"CANCELLED"_s};
}

QString Vocabulary::contactType(const QString& raw)
{
    if (raw == u"NOTIFICATION")
        return tr("Notification");
    if (raw == u"TECHNICAL")
        return tr("Technical");
    if (raw == u"ORDERING")
        return tr("Ordering");
    if (raw == u"RESELLER")
        return tr("Reseller");
    return raw;
}

QString Vocabulary::availability(const QString& raw)
{
    if (raw == u"WORK_HOURS")
        return tr("Working hours");
    if (raw == u"ANYTIME")
        return tr("Any time");
    return raw;
}

QString Vocabulary::detailType(const QString& raw)
{
    if (raw == u"PHONE")
        return tr("Phone");
    if (raw == u"MOBILE")
        return tr("Mobile");
    if (raw == u"EMAIL")
        return tr("E-mail");
    return raw;
}

QString Vocabulary::visibility(const QString& raw)
{
    if (raw == u"INTERNAL")
        return tr("Internal");
    if (raw == u"EXTERNAL")
        return tr("Visible to the customer");
    return raw;
}

QString Vocabulary::noteType(const QString& raw)
{
    if (raw == u"RESOLUTION_NOTES")
        return tr("Provider");
    if (raw == u"CUSTOMER_NOTES")
        return tr("Customer");
    return raw;
}

QString Vocabulary::ticketType(const QString& raw)
{
    if (raw == u"CASE")
        return tr("Case");
    if (raw == u"TROUBLE")
        return tr("Trouble ticket");
    return raw;
}

QString Vocabulary::channel(const QString& raw)
{
    if (raw == u"PORTAL")
        return tr("Portal");
    if (raw == u"OFFLINE")
        return tr("Offline");
    return raw;
}

QString Vocabulary::attachmentSource(const QString& raw)
{
    if (raw == u"CUSTOMER")
        return tr("Customer");
    if (raw == u"PROVIDER")
        return tr("Provider");
    return raw;
}

} // namespace CaseDesk

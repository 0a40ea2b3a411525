#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CaseDesk
{

// The case statuses of the API (StatusResponse) with their translated names. A status this version does not
// know is shown as the server sent it: label() returns the raw text, never a guess.
class CaseStatus
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatus)

public:
    enum class Known
    {
        Submitted,
        InProgress,
        ActionRequired,
        Resolved,
        Closed,
        Cancelled,
        Unknown,
    };

    static Known fromRaw(const QString& raw);
    static QString label(const QString& raw);
    // Open = the provider may still work on it; closed and cancelled cases are final.
    static bool isOpen(const QString& raw);
    static bool isFinal(const QString& raw);
    static QStringList knownRawValues();
};

// Translated names of the API's other enumerations. Unknown values come back unchanged.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString contactType(const QString& raw);      // NOTIFICATION, TECHNICAL, ORDERING, RESELLER
    static QString availability(const QString& raw);     // WORK_HOURS, ANYTIME
    static QString detailType(const QString& raw);       // PHONE, MOBILE, EMAIL
    static QString visibility(const QString& raw);       // INTERNAL, EXTERNAL
    static QString noteType(const QString& raw);         // RESOLUTION_NOTES, CUSTOMER_NOTES
    static QString ticketType(const QString& raw);       // CASE, TROUBLE
    static QString channel(const QString& raw);          // OFFLINE, PORTAL
    static QString attachmentSource(const QString& raw); // CUSTOMER, PROVIDER
};

} // namespace CaseDesk

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox
{

// The six case statuses and what each allows.
namespace CaseStatus
{
inline const QString Submitted = QStringLiteral("SUBMITTED");
inline const QString InProgress = QStringLiteral("IN_PROGRESS");
inline const QString ActionRequired = QStringLiteral("ACTION_REQUIRED");
inline const QString Resolved = QStringLiteral("RESOLVED");
inline const QString Closed = QStringLiteral("CLOSED");
inline const QString Cancelled = QStringLiteral("CANCELLED");

inline bool isModifiable(const QString& status)
{
    return status != Closed && status != Cancelled;
}
inline bool isCancellable(const QString& status)
{
    return status == Submitted || status == InProgress || status == ActionRequired;
}
// The order-history status a case status maps to.
QString orderStatus(const QString& status);
} // namespace CaseStatus

namespace NoteType
{
inline const QString Resolution = QStringLiteral("RESOLUTION_NOTES");
inline const QString Customer = QStringLiteral("CUSTOMER_NOTES");
} // namespace NoteType

struct StatusChange
{
    QString status;
    qint64 atMs = 0;
};

struct CaseNoteRecord
{
    QString id;
    QString caseNumber;
    qint64 createdMs = 0;
    qint64 visibleMs = 0; // --note-delay: GET shows the note from then on
    QString text;
    QString type;
    QString visibility = QStringLiteral("EXTERNAL");
    QJsonArray attachments; // [{id, name}] as the request gave them
    QString author;         // client id, or "provider"

    QJsonObject toJson() const;
};

struct CaseAttachmentRef
{
    QString id;
    QString name;
    QString source; // CUSTOMER or PROVIDER
    QString noteId;
};

// Fields a GET shows that the sandbox makes up once, when the case is created.
struct CasePresentation
{
    QString contactUcmId;
    QString recordType;
    QString subChannel;
    QString category;
    QString subCategory;
    QStringList purchaseOrders;
    QStringList products;
    QStringList productOfferingCodes;
    QString lineId;
    QString parentLineId;
    QString productCode;
    QString productName;
    QString activityId;
    QString cage;
    qint64 finalScheduledMs = 0;
    qint64 estimatedCompletionMs = 0;

    QJsonObject toStorage() const;
    static CasePresentation fromStorage(const QJsonObject& object);
};

/*
 * One case as the sandbox keeps it. toJson() is the SingleCaseResponseV2 answer of GET and
 * toOrderHeader() its order-history entry; every key of both is spelled in CaseRecord.cpp.
 */
struct CaseRecord
{
    QString caseNumber;  // 8 digits
    QString orderNumber; // "1-" + 12 digits for trouble tickets, empty for cases
    QString caseId;      // the backend's record id, as in CaseUpdateResponse
    QString code;
    QString status;
    QString ibx;
    QString customerReference;
    QString accountNumber;
    QString accountName;
    QString channel = QStringLiteral("PORTAL");
    QString createdBy;
    QString updatedBy;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QJsonObject request; // the accepted create request: description, primaryId, contacts, details, ...
    CasePresentation presentation;
    QList<StatusChange> history;
    QList<CaseNoteRecord> notes;
    QList<CaseAttachmentRef> attachments;
    bool customerReplied = false; // a customer note arrived while ACTION_REQUIRED
    int ticksInStatus = 0;

    bool isTrouble() const { return !orderNumber.isEmpty(); }
    QJsonObject toJson(qint64 nowMs) const;
    QJsonObject toOrderHeader(const QString& baseUrl) const;

    QJsonArray contactResponses() const;
    QStringList contactLastNames() const;
    // The contact order history calls the ordering contact: the first ORDERING one, else the first.
    QJsonObject orderingContact() const;
    QString orderingContactLastName() const;
};

} // namespace Sandbox

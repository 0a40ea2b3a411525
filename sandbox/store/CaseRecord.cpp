#include "sandbox/store/CaseRecord.h"

#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/RequestKeys.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QString lineStatus(const QString& status)
{
    if (status == CaseStatus::Submitted)
        return u"CREATED"_s;
    if (status == CaseStatus::Resolved)
        return u"COMPLETED"_s;
    if (status == CaseStatus::ActionRequired)
        return u"PENDING_CUSTOMER_INPUT"_s;
    return status; // IN_PROGRESS, CLOSED, CANCELLED
}

std::pair<QString, QString> splitName(const QString& name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), trimmed};
    return {trimmed.left(space), trimmed.mid(space + 1)};
}

QJsonObject summaryContact(const QJsonObject& contact)
{
    QJsonObject summary;
    if (contact.contains(u"registeredUser"_s)) {
        summary.insert(u"name"_s, contact.value(u"registeredUser"_s));
        return summary;
    }
    const QString name = contact.value(u"firstName"_s).toString() + u' ' + contact.value(u"lastName"_s).toString();
    summary.insert(u"name"_s, name.trimmed());
    for (const QJsonValue& detail : contact.value(u"details"_s).toArray()) {
        const QString type = detail[u"type"_s].toString();
        const QString key = type == u"EMAIL"_s ? u"email"_s : u"phone"_s;
        if (!summary.contains(key))
            summary.insert(key, detail[u"value"_s]);
    }
    return summary;
}

} // namespace

QString CaseStatus::orderStatus(const QString& status)
{
    if (status == InProgress || status == ActionRequired || status == Resolved)
        return InProgress;
    return status; // SUBMITTED, CLOSED, CANCELLED
}

QJsonObject CaseNoteRecord::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"createdDateTime"_s, SandboxTime::toIso(createdMs)},
        {u"text"_s, text},
        {u"type"_s, type},
        {u"visibility"_s, visibility},
        {u"attachments"_s, attachments},
    };
}

QJsonObject CasePresentation::toStorage() const
{
    return QJsonObject{
        {u"contactUcmId"_s, contactUcmId},
        {u"recordType"_s, recordType},
        {u"subChannel"_s, subChannel},
        {u"category"_s, category},
        {u"subCategory"_s, subCategory},
        {u"purchaseOrders"_s, toArray(purchaseOrders)},
        {u"products"_s, toArray(products)},
        {u"productOfferingCodes"_s, toArray(productOfferingCodes)},
        {u"lineId"_s, lineId},
        {u"parentLineId"_s, parentLineId},
        {u"productCode"_s, productCode},
        {u"productName"_s, productName},
        {u"activityId"_s, activityId},
        {u"cage"_s, cage},
        {u"finalScheduledMs"_s, double(finalScheduledMs)},
        {u"estimatedCompletionMs"_s, double(estimatedCompletionMs)},
    };
}

CasePresentation CasePresentation::fromStorage(const QJsonObject& object)
{
    CasePresentation p;
    p.contactUcmId = object.value(u"contactUcmId"_s).toString();
    p.recordType = object.value(u"recordType"_s).toString();
    p.subChannel = object.value(u"subChannel"_s).toString();
    p.category = object.value(u"category"_s).toString();
    p.subCategory = object.value(u"subCategory"_s).toString();
    p.purchaseOrders = toStringList(object.value(u"purchaseOrders"_s));
    p.products = toStringList(object.value(u"products"_s));
    p.productOfferingCodes = toStringList(object.value(u"productOfferingCodes"_s));
    p.lineId = object.value(u"lineId"_s).toString();
    p.parentLineId = object.value(u"parentLineId"_s).toString();
    p.productCode = object.value(u"productCode"_s).toString();
    p.productName = object.value(u"productName"_s).toString();
    p.activityId = object.value(u"activityId"_s).toString();
    p.cage = object.value(u"cage"_s).toString();
    p.finalScheduledMs = qint64(object.value(u"finalScheduledMs"_s).toDouble());
    p.estimatedCompletionMs = qint64(object.value(u"estimatedCompletionMs"_s).toDouble());
    return p;
}

QJsonArray CaseRecord::contactResponses() const
{
    QJsonArray responses;
    for (const QJsonValue& value : request.value(RequestKey::Contacts).toArray()) {
        const QJsonObject contact = value.toObject();
        const QJsonValue type = contact.value(RequestKey::ContactType);
        if (contact.contains(RequestKey::RegisteredUsers)) {
            for (const QJsonValue& user : contact.value(RequestKey::RegisteredUsers).toArray()) {
                const auto [first, last] = splitName(user.toString());
                responses.append(QJsonObject{{u"firstName"_s, first},
                                             {u"lastName"_s, last},
                                             {u"type"_s, type},
                                             {u"registeredUser"_s, user},
                                             {u"details"_s, QJsonArray()}});
            }
            continue;
        }
        responses.append(QJsonObject{{u"firstName"_s, contact.value(RequestKey::FirstName)},
                                     {u"lastName"_s, contact.value(RequestKey::LastName)},
                                     {u"type"_s, type},
                                     {u"details"_s, contact.value(RequestKey::ContactDetails).toArray()}});
    }
    return responses;
}

QStringList CaseRecord::contactLastNames() const
{
    QStringList names;
    for (const QJsonValue& contact : contactResponses())
        names.append(contact[u"lastName"_s].toString());
    return names;
}

QJsonObject CaseRecord::orderingContact() const
{
    const QJsonArray contacts = contactResponses();
    for (const QJsonValue& contact : contacts) {
        if (contact[u"type"_s].toString() == u"ORDERING"_s)
            return contact.toObject();
    }
    return contacts.isEmpty() ? QJsonObject() : contacts.first().toObject();
}

QString CaseRecord::orderingContactLastName() const
{
    return orderingContact().value(u"lastName"_s).toString();
}

QJsonObject CaseRecord::toJson(qint64 nowMs) const
{
    const bool modifiable = CaseStatus::isModifiable(status);
    const bool cancellable = CaseStatus::isCancellable(status);
    const QString updated = SandboxTime::toIso(updatedMs);
    const QJsonObject purchaseOrder =
        presentation.purchaseOrders.isEmpty()
            ? QJsonObject()
            : QJsonObject{{u"type"_s, u"EXISTING"_s}, {u"number"_s, presentation.purchaseOrders.constFirst()}};
    const QJsonObject line{
        {u"lineId"_s, presentation.lineId},
        {u"parentLineId"_s, presentation.parentLineId},
        {u"productType"_s, isTrouble() ? u"TROUBLE"_s : u"SUPPORT_CASE"_s},
        {u"productOfferingCode"_s, presentation.productOfferingCodes.value(0)},
        {u"productCode"_s, presentation.productCode},
        {u"productName"_s, presentation.productName},
        {u"status"_s, lineStatus(status)},
        {u"reOpen"_s, status == CaseStatus::Resolved ? u"ALLOWED"_s : u"NOT_ALLOWED"_s},
        {u"respond"_s, modifiable},
        {u"ibx"_s, ibx},
        {u"cage"_s, presentation.cage},
        {u"requestType"_s, u"ADD"_s},
        {u"activityId"_s, presentation.activityId},
        {u"purchaseOrder"_s, purchaseOrder},
        {u"estimatedCompletion"_s,
         QJsonObject{{u"originalDateTime"_s, SandboxTime::toIso(presentation.estimatedCompletionMs)}}},
        {u"updatedDateTime"_s, updated},
        {u"additionalInfo"_s, QJsonArray{QJsonObject{{u"key"_s, u"IS_RECURRING"_s}, {u"value"_s, false}}}},
        {u"modifiable"_s, modifiable},
        {u"cancellable"_s, cancellable},
    };
    QJsonArray historyArray;
    for (const StatusChange& change : history) {
        historyArray.append(
            QJsonObject{{u"status"_s, change.status}, {u"createdDate"_s, SandboxTime::toIso(change.atMs)}});
    }
    const QJsonObject otherDetails{
        {u"contactUCMID"_s, presentation.contactUcmId},
        {u"recordType"_s, presentation.recordType},
        {u"subChannel"_s, presentation.subChannel},
        {u"finalScheduledDate"_s, SandboxTime::toIso(presentation.finalScheduledMs)},
        {u"category"_s, presentation.category},
        {u"subCategory"_s, presentation.subCategory},
        {u"description"_s, request.value(RequestKey::Description)},
        {u"updatedDateTime"_s, updated},
        {u"updatedByFullName"_s, updatedBy},
        {u"requestedTerminationDate"_s, QString()},
        {u"statusHistory"_s, historyArray},
        {u"purchaseOrders"_s, toArray(presentation.purchaseOrders)},
        {u"products"_s, toArray(presentation.products)},
        {u"productOfferingCodes"_s, toArray(presentation.productOfferingCodes)},
        {u"details"_s, QJsonArray{line}},
        {u"additionalInfo"_s, QJsonArray{QJsonObject{{u"key"_s, u"RECURRING_TYPE"_s}, {u"value"_s, u"NONE"_s}}}},
        {u"modifiable"_s, modifiable},
        {u"reOpen"_s, status == CaseStatus::Resolved},
        {u"cancellable"_s, cancellable},
        {u"respond"_s, modifiable},
    };
    QJsonArray noteArray;
    for (const CaseNoteRecord& note : notes) {
        if (note.visibleMs <= nowMs)
            noteArray.append(note.toJson());
    }
    QJsonArray attachmentArray;
    for (const CaseAttachmentRef& attachment : attachments) {
        attachmentArray.append(
            QJsonObject{{u"id"_s, attachment.id}, {u"name"_s, attachment.name}, {u"source"_s, attachment.source}});
    }
    QJsonObject out{
        {u"id"_s, caseNumber},
        {u"accountNumber"_s, accountNumber},
        {u"accountName"_s, accountName},
        {u"channel"_s, channel},
        {u"code"_s, code},
        {u"location"_s, QJsonObject{{u"ibx"_s, QJsonArray{ibx}}}},
        {u"status"_s, status},
        {u"contacts"_s, contactResponses()},
        {u"createdDateTime"_s, SandboxTime::toIso(createdMs)},
        {u"otherDetails"_s, otherDetails},
        {u"notes"_s, noteArray},
        {u"attachments"_s, attachmentArray},
    };
    if (!customerReference.isEmpty())
        out.insert(u"customerReferenceId"_s, customerReference);
    if (isTrouble())
        out.insert(u"orderId"_s, orderNumber);
    return out;
}

QJsonObject CaseRecord::toOrderHeader(const QString& baseUrl) const
{
    QJsonObject notification;
    for (const QJsonValue& contact : contactResponses()) {
        if (contact[u"type"_s].toString() == u"NOTIFICATION"_s) {
            notification = summaryContact(contact.toObject());
            break;
        }
    }
    const QString created = SandboxTime::toIso(createdMs);
    return QJsonObject{
        {u"orderNumber"_s, isTrouble() ? orderNumber : caseNumber},
        {u"type"_s, QJsonArray{isTrouble() ? u"TROUBLE"_s : u"CASE"_s}},
        {u"orderStatus"_s, CaseStatus::orderStatus(status)},
        {u"createdAt"_s, created},
        {u"submittedDate"_s, created},
        {u"account"_s, QJsonObject{{u"number"_s, accountNumber}, {u"name"_s, accountName}}},
        {u"orderingContact"_s, summaryContact(orderingContact())},
        {u"notificationContact"_s, notification},
        {u"ibx"_s, QJsonArray{ibx}},
        {u"customerReferenceNumbers"_s, customerReference.isEmpty() ? QJsonArray() : QJsonArray{customerReference}},
        {u"links"_s, QJsonArray{QJsonObject{{u"rel"_s, u"orderFullDetails"_s},
                                            {u"href"_s, QString(baseUrl + u"/support/v2/tickets/"_s + caseNumber)}}}},
    };
}

} // namespace Sandbox

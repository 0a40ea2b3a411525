#include "models/presentation/CaseFacts.h"

#include "models/domain/CaseStatus.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
void addRow(QList<FactRow>& rows, const QString& label, const std::optional<QString>& value)
{
    if (value && !value->isEmpty())
        rows.append({label, *value});
}

QString yesNo(bool value)
{
    return value ? CaseFacts::tr("Yes") : CaseFacts::tr("No");
}

QString jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return yesNo(value.toBool());
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

QString contactText(const Contact& contact)
{
    QStringList parts;
    const QString name =
        QStringList{contact.firstName.value_or(QString()), contact.lastName.value_or(QString())}.join(u' ').trimmed();
    if (!name.isEmpty())
        parts << name;
    if (contact.registeredUser && *contact.registeredUser != name)
        parts << *contact.registeredUser;
    if (contact.registeredUsers)
        parts << contact.registeredUsers->join(u", ");
    for (const ContactDetail& detail : contact.details.value_or(QList<ContactDetail>()))
        parts << CaseFacts::tr("%1: %2", "contact detail: type, value")
                     .arg(Vocabulary::detailType(detail.type), detail.value);
    if (contact.availability)
        parts << Vocabulary::availability(*contact.availability);
    if (contact.timezone)
        parts << *contact.timezone;
    return parts.join(u" · ");
}

QList<FactRow> additionalInfoRows(const QList<AdditionalInfo>& infos)
{
    QList<FactRow> rows;
    for (const AdditionalInfo& info : infos)
        rows.append({info.key.value_or(CaseFacts::tr("(no key)")), jsonValueText(info.value.value_or(QJsonValue()))});
    return rows;
}
} // namespace

CaseFacts CaseFacts::from(const Case& c, const QByteArray& raw, const QList<CaseNote>& pendingNotes,
                          const TimeDisplay& time, const std::function<QString(const QString&)>& codeLabel,
                          const QDateTime& now)
{
    CaseFacts facts;
    const OtherDetails other = c.otherDetails.value_or(OtherDetails());
    facts.number = c.id.value_or(QString());
    facts.orderNumber = c.orderId.value_or(QString());
    facts.status = c.status.value_or(QString());
    facts.statusLabel = facts.status.isEmpty() ? tr("Unknown") : CaseStatus::label(facts.status);
    facts.code = c.code.value_or(QString());
    facts.codeLabel = facts.code.isEmpty() ? QString() : (codeLabel ? codeLabel(facts.code) : facts.code);
    facts.type = facts.orderNumber.isEmpty() ? Vocabulary::ticketType(u"CASE"_s) : Vocabulary::ticketType(u"TROUBLE"_s);
    facts.ibx = c.firstIbx();
    facts.cage = c.firstCage();
    const auto dateOf = [&](const std::optional<Timestamp>& t) {
        return t ? time.format(t->dateTime(), facts.ibx) : QString();
    };
    facts.created = dateOf(c.createdDateTime);
    facts.updated = dateOf(c.updatedDateTime());
    facts.description = other.description.value_or(QString());
    facts.cancellable = c.isCancellable();
    facts.modifiable = c.isModifiable();
    if (CaseStatus::isFinal(facts.status)) {
        facts.cancelBlockedReason =
            tr("This case is %1 and can no longer be cancelled.").arg(facts.statusLabel.toLower());
        facts.noteBlockedReason =
            tr("This case is %1; the provider no longer accepts notes on it.").arg(facts.statusLabel.toLower());
    } else {
        if (!facts.cancellable)
            facts.cancelBlockedReason = tr("The provider does not allow cancelling this case in its current state.");
        if (!facts.modifiable)
            facts.noteBlockedReason = tr("The provider does not accept notes on this case in its current state.");
    }

    // Overview
    FactSection overview{tr("Case"), {}};
    addRow(overview.rows, tr("Case number"), c.id);
    addRow(overview.rows, tr("Order number"), c.orderId);
    addRow(overview.rows, tr("Customer reference"), c.customerReferenceId);
    addRow(overview.rows, tr("Account"),
           c.accountName
               ? std::optional<QString>(tr("%1 (%2)").arg(*c.accountName, c.accountNumber.value_or(QString())))
               : c.accountNumber);
    if (c.channel)
        overview.rows.append({tr("Channel"), Vocabulary::channel(*c.channel)});
    if (c.location && c.location->ibx)
        overview.rows.append({tr("IBX"), c.location->ibx->join(u", ")});
    addRow(overview.rows, tr("Category"), other.category);
    addRow(overview.rows, tr("Subcategory"), other.subCategory);
    addRow(overview.rows, tr("Record type"), other.recordType);
    addRow(overview.rows, tr("Sub-channel"), other.subChannel);
    if (other.finalScheduledDate)
        overview.rows.append({tr("Scheduled for"), dateOf(other.finalScheduledDate)});
    addRow(overview.rows, tr("Requested termination"), other.requestedTerminationDate);
    addRow(overview.rows, tr("Updated by"), other.updatedByFullName);
    addRow(overview.rows, tr("Contact UCM ID"), other.contactUCMID);
    if (other.purchaseOrders && !other.purchaseOrders->isEmpty())
        overview.rows.append({tr("Purchase orders"), other.purchaseOrders->join(u", ")});
    if (other.products && !other.products->isEmpty())
        overview.rows.append({tr("Products"), other.products->join(u", ")});
    if (other.productOfferingCodes && !other.productOfferingCodes->isEmpty())
        overview.rows.append({tr("Product offering codes"), other.productOfferingCodes->join(u", ")});
    QStringList allowed;
    if (other.modifiable)
        allowed << tr("Notes: %1").arg(yesNo(*other.modifiable));
    if (other.cancellable)
        allowed << tr("Cancel: %1").arg(yesNo(*other.cancellable));
    if (other.reOpen)
        allowed << tr("Reopen: %1").arg(yesNo(*other.reOpen));
    if (other.respond)
        allowed << tr("Respond: %1").arg(yesNo(*other.respond));
    if (!allowed.isEmpty())
        overview.rows.append({tr("Allowed"), allowed.join(u", ")});
    facts.sections.append(overview);

    FactSection contacts{tr("Contacts"), {}};
    for (const Contact& contact : c.contacts.value_or(QList<Contact>()))
        contacts.rows.append({Vocabulary::contactType(contact.type.value_or(tr("Contact"))), contactText(contact)});
    if (!contacts.rows.isEmpty())
        facts.sections.append(contacts);

    FactSection info{tr("Additional information"),
                     additionalInfoRows(other.additionalInfo.value_or(QList<AdditionalInfo>()))};
    if (!info.rows.isEmpty())
        facts.sections.append(info);

    // Line items
    for (const CaseLine& line : other.details.value_or(QList<CaseLine>())) {
        LineItemView view;
        view.lineId = line.lineId.value_or(QString());
        view.product = QStringList{line.productType.value_or(QString()), line.productName.value_or(QString())}
                           .filter(QRegularExpression(u"."_s))
                           .join(u" · ");
        view.status = line.status.value_or(QString());
        view.location = QStringList{line.ibx.value_or(QString()), line.cage.value_or(QString())}
                            .filter(QRegularExpression(u"."_s))
                            .join(u" · ");
        view.requestType = line.requestType.value_or(QString());
        if (line.estimatedCompletion && line.estimatedCompletion->originalDateTime)
            view.estimatedCompletion = dateOf(line.estimatedCompletion->originalDateTime);
        QStringList flags;
        if (line.modifiable.value_or(false))
            flags << tr("modifiable");
        if (line.cancellable.value_or(false))
            flags << tr("cancellable");
        if (line.respond.value_or(false))
            flags << tr("awaits response");
        if (line.reOpen)
            flags << tr("reopen: %1").arg(*line.reOpen);
        for (const FactRow& row : additionalInfoRows(line.additionalInfo.value_or(QList<AdditionalInfo>())))
            flags << tr("%1 = %2").arg(row.label, row.value);
        view.flags = flags.join(u", ");
        facts.lineItems.append(view);
    }

    // Status history, oldest first, with the time spent in each status.
    QList<StatusHistoryEntry> history = other.statusHistory.value_or(QList<StatusHistoryEntry>());
    std::stable_sort(history.begin(), history.end(), [](const StatusHistoryEntry& a, const StatusHistoryEntry& b) {
        return a.createdDate.value_or(Timestamp()).toMSecsSinceEpoch()
               < b.createdDate.value_or(Timestamp()).toMSecsSinceEpoch();
    });
    for (qsizetype i = 0; i < history.size(); ++i) {
        const StatusHistoryEntry& entry = history.at(i);
        TimelineStep step;
        step.status = entry.status.value_or(QString());
        step.statusLabel = step.status.isEmpty() ? tr("Unknown") : CaseStatus::label(step.status);
        step.when = dateOf(entry.createdDate);
        step.current = i == history.size() - 1;
        if (entry.createdDate) {
            const QDateTime start = entry.createdDate->dateTime();
            QDateTime end = now;
            if (!step.current && history.at(i + 1).createdDate)
                end = history.at(i + 1).createdDate->dateTime();
            if (!step.current || !CaseStatus::isFinal(step.status))
                step.duration = time.formatDuration(start.msecsTo(end));
        }
        facts.timeline.append(step);
    }

    // Notes, newest last; own notes sent but not yet returned by the server are pending.
    auto addNote = [&](const CaseNote& note, bool pending) {
        NoteView view;
        view.id = note.id.value_or(QString());
        view.own = note.type.value_or(u"CUSTOMER_NOTES"_s) == u"CUSTOMER_NOTES";
        view.author = view.own ? tr("Customer") : Vocabulary::noteType(note.type.value_or(QString()));
        view.whenUtc = note.createdDateTime ? note.createdDateTime->dateTime() : QDateTime();
        view.when = dateOf(note.createdDateTime);
        view.text = note.text.value_or(QString());
        view.internal = note.visibility.value_or(QString()) == u"INTERNAL";
        view.visibility = Vocabulary::visibility(note.visibility.value_or(u"EXTERNAL"_s));
        view.pending = pending;
        view.attachments = note.attachments.value_or(QList<AttachmentRef>());
        facts.notes.append(view);
    };
    for (const CaseNote& note : c.notes.value_or(QList<CaseNote>()))
        addNote(note, false);
    for (const CaseNote& note : pendingNotes)
        addNote(note, true);
    std::stable_sort(facts.notes.begin(), facts.notes.end(), [](const NoteView& a, const NoteView& b) {
        if (a.pending != b.pending)
            return !a.pending;
        return a.whenUtc < b.whenUtc;
    });

    facts.attachments = c.attachments.value_or(QList<AttachmentRef>());
    // The answer as the server sent it; decoding keeps unknown keys, so re-encoding loses nothing either.
    const QJsonDocument document = raw.isEmpty() ? QJsonDocument(c.toJson()) : QJsonDocument::fromJson(raw);
    facts.prettyJson =
        document.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return facts;
}

} // namespace CaseDesk

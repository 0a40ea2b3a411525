#pragma once

#include "models/domain/Case.h"
#include "models/presentation/TimeDisplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * A case laid out for people: every field of the GET answer turned into translated labels and formatted
 * values, grouped the way the detail view shows them. Widgets only place these strings; they never read JSON.
 *
 *     CaseFacts facts = CaseFacts::from(c, raw, pendingNotes, TimeDisplay(mode), labelForCode);
 *     header->setText(facts.number); for (const FactSection& s : facts.sections) ...
 */
struct FactRow
{
    QString label;
    QString value;
};

struct FactSection
{
    QString title;
    QList<FactRow> rows;
};

struct TimelineStep
{
    QString status;      // raw, for the badge colour
    QString statusLabel; // translated, or the raw text when unknown
    QString when;
    QString duration; // time spent in this status (to the next step, or until now)
    bool current = false;
};

struct NoteView
{
    QString id;
    QString author; // "Provider", "You"
    QString when;
    QDateTime whenUtc;
    QString text;
    QString visibility;
    bool internal = false;
    bool own = false;
    bool pending = false; // sent, not yet returned by the server
    QList<AttachmentRef> attachments;
    bool operator==(const NoteView&) const = default;
};

struct LineItemView
{
    QString lineId;
    QString product;
    QString status;
    QString location;
    QString requestType;
    QString estimatedCompletion;
    QString flags; // "modifiable, cancellable, respond"
};

struct CaseFacts
{
    Q_DECLARE_TR_FUNCTIONS(CaseFacts)

public:
    QString number;
    QString orderNumber;
    QString status;
    QString statusLabel;
    QString code;
    QString codeLabel;
    QString type;
    QString ibx;
    QString cage;
    QString created;
    QString updated;
    QString description;
    QList<FactSection> sections;
    QList<TimelineStep> timeline;
    QList<NoteView> notes;
    QList<LineItemView> lineItems;
    QList<AttachmentRef> attachments;
    QString prettyJson;
    bool cancellable = false;
    bool modifiable = false;
    QString cancelBlockedReason; // why Cancel is disabled, empty when it is allowed
    QString noteBlockedReason;

    // `raw` is the answer's bytes when at hand; empty means "encode `c`" (lossless: unknown keys are kept).
    static CaseFacts from(const Case& c, const QByteArray& raw, const QList<CaseNote>& pendingNotes,
                          const TimeDisplay& time, const std::function<QString(const QString&)>& codeLabel,
                          const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace CaseDesk

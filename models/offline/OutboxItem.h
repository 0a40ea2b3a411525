#pragma once

#include "models/domain/CancelRequest.h"
#include "models/domain/NoteRequest.h"
#include "models/json/JsonCodec.h"
#include "models/offline/ArrivalBaseline.h"
#include "models/wizard/CaseDraft.h"
#include "models/wizard/DraftAttachment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * One write waiting in the outbox: a new case, a note or a cancellation, with everything needed to send it
 * again after a restart and to tell whether an earlier attempt went through.
 *
 * A create keeps the wizard's whole CaseDraft (so a refusal can turn it back into that draft) and its
 * customer reference, by which the order history is searched; a note keeps its request and the stashed
 * copies of its files, which are uploaded when it is sent (attachment ids expire after 40 days).
 *
 * `maybeSent` is set, and stored, before a request is handed to the network; while it is set the item is
 * never sent again before the server has been asked whether the earlier attempt arrived. `baseline` is what
 * the server held before the first of those attempts (OutboxChecks compares against it).
 */
struct OutboxItem
{
    Q_DECLARE_TR_FUNCTIONS(OutboxItem)

public:
    enum class Kind
    {
        Create,
        Note,
        Cancel,
    };
    enum class State
    {
        Waiting,   // goes out when the server answers and its turn comes
        Sending,   // on its way (after a crash: may have reached the server)
        Failed,    // needs the user: `reason` says why; "Send now" tries again
        Delivered, // done; `resultId` names the case or note
    };

    QString id;
    Kind kind = Kind::Create;
    State state = State::Waiting;
    qint64 sequence = 0; // creation order, assigned by the store (not part of the JSON)
    QString caseNumber;  // note and cancel: the case it is for
    std::optional<CaseDraft> caseDraft;
    std::optional<NoteRequest> note;
    std::optional<QList<DraftAttachment>> files; // a note's stashed attachments
    std::optional<CancelRequest> cancel;
    QString reference;     // create: the customer reference sent with it
    QString draftId;       // the draft it came from, and goes back to when refused
    QString pendingNoteId; // note: the case store's pending copy shown in the case
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    std::optional<qint64> firstAttemptMs;    // when it may first have reached the server
    std::optional<qint64> lastAttemptMs;     // when it last went out: the arrival check looks this long after it
    std::optional<ArrivalBaseline> baseline; // what the server held before it first went out
    std::optional<bool> maybeSent;
    std::optional<qint64> attempts;
    std::optional<QString> reason; // the last failure, in words
    std::optional<QString> resultId;
    std::optional<QString> resultType;
    QJsonObject extra;

    bool mayHaveBeenSent() const { return maybeSent.value_or(false); }
    int attemptCount() const { return int(attempts.value_or(0)); }
    bool isPending() const { return state != State::Delivered; }

    // "New case 0002-0000, CD-20261128-4F7A2C", "Note on 11150929", "Cancel 11150929".
    QString summary() const;
    QString firstWords(int maxCharacters = 80) const;
    QString stateText() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString& key);

    static OutboxItem fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    QByteArray toBytes() const;
    bool operator==(const OutboxItem&) const = default;
};

} // namespace CaseDesk

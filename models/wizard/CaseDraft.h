#pragma once

#include "models/domain/Case.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/json/JsonCodec.h"
#include "models/wizard/DraftAttachment.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * The create-case wizard's whole state as a value, so drafts and the outbox can save a wizard and restore
 * it exactly:
 *
 *     const CaseDraft draft = wizard->draft();
 *     store(draft.toJson());
 *     ...
 *     const Decoded<CaseDraft> restored = decodeJson<CaseDraft>(json);
 *     if (restored.ok()) wizard->setDraft(*restored.value);
 *     client.createCase(draft.requestToSend(), ...);
 *
 * `request` holds what the user entered: a customer reference only if they typed one, and no attachments
 * (the attachment list is `attachments`, by local path). requestToSend() adds the generated reference and
 * the uploaded attachments: that is the exact request the wizard sends.
 */
struct CaseDraft
{
    enum class Step
    {
        Code,
        Problem,
        Contacts,
        Details,
        Attachments,
        Review,
    };

    CreateCaseRequest request;
    Step step = Step::Code;
    QString generatedReference; // used when the user leaves the customer reference empty
    QList<DraftAttachment> attachments;
    QJsonObject extra; // keys this version does not know, kept for the round trip

    // The user's customer reference, else the generated one.
    QString effectiveReference() const;
    bool usesGeneratedReference() const;
    CreateCaseRequest requestToSend() const;

    // "New case like this": the code, references, contacts and details of another request; not its
    // description, time, customer reference or attachments. Contacts are made into ones a create accepts.
    static CaseDraft like(const CreateCaseRequest& source);
    // The same from a case as GET answers it: its code, its cage as the primary reference, its contacts.
    static CaseDraft like(const Case& source);

    static QString stepKey(Step step);
    static std::optional<Step> stepFromKey(const QString& key);

    static CaseDraft fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CaseDraft&) const = default;
};

} // namespace CaseDesk

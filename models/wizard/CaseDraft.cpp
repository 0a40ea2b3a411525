#include "wizard/CaseDraft.h"

using namespace Qt::StringLiterals;

namespace
{
const auto kStep = "step"_L1;
const auto fields = std::make_tuple(jsonField("request"_L1, &CaseDraft::request),
                                    jsonField("generatedReference"_L1, &CaseDraft::generatedReference),
                                    jsonField("attachments"_L1, &CaseDraft::attachments));

constexpr std::pair<CaseDraft::Step, QLatin1StringView> kStepKeys[] = {
    {CaseDraft::Step::Code, "code"_L1},
    {CaseDraft::Step::Problem, "problem"_L1},
    {CaseDraft::Step::Contacts, "contacts"_L1},
    {CaseDraft::Step::Details, "details"_L1},
    {CaseDraft::Step::Attachments, "attachments"_L1},
    {CaseDraft::Step::Review, "review"_L1},
};
} // namespace

QString CaseDraft::stepKey(Step step)
{
    for (const auto& [value, key] : kStepKeys) {
        if (value == step)
            return key;
    }
    return QString();
}

std::optional<CaseDraft::Step> CaseDraft::stepFromKey(const QString& key)
{
    for (const auto& [value, name] : kStepKeys) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QString CaseDraft::effectiveReference() const
{
    const QString own = request.customerReferenceId.value_or(QString());
    return own.isEmpty() ? generatedReference : own;
}

bool CaseDraft::usesGeneratedReference() const
{
    return request.customerReferenceId.value_or(QString()).isEmpty();
}

CreateCaseRequest CaseDraft::requestToSend() const
{
    CreateCaseRequest sent = request;
    const QString reference = effectiveReference();
    sent.customerReferenceId = reference.isEmpty() ? std::nullopt : std::optional<QString>(reference);
    QList<AttachmentRef> references;
    for (const DraftAttachment& attachment : attachments) {
        if (attachment.isUploaded())
            references.append(AttachmentRef{*attachment.attachmentId, attachment.name, std::nullopt, {}});
    }
    sent.attachments = references.isEmpty() ? std::nullopt : std::optional<QList<AttachmentRef>>(references);
    return sent;
}

CaseDraft CaseDraft::fromJson(JsonReader& reader)
{
    // The step is an enum written as a word; read it first so it is not kept among the unknown keys.
    std::optional<QString> stepText;
    reader.read(kStep, stepText);
    CaseDraft draft = reader.readFields<CaseDraft>(fields);
    if (stepText) {
        if (const auto step = stepFromKey(*stepText))
            draft.step = *step;
        else
            reader.badValue(reader.pathOf(kStep), "wizard step", *stepText);
    }
    return draft;
}

QJsonObject CaseDraft::toJson() const
{
    QJsonObject json = writeFields(*this, fields);
    json.insert(kStep, stepKey(step));
    return json;
}

#include "models/wizard/CaseDraft.h"

namespace CaseDesk
{

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
// A contact as GET answers it (or as another request had it), made into one a create accepts: the keys of
// one of the two create shapes only, nothing unknown carried along.
Contact requestContact(const Contact& given)
{
    Contact contact;
    contact.type = given.type;
    contact.availability = given.availability;
    contact.timezone = given.timezone;
    if (given.registeredUsers || given.registeredUser) {
        QStringList users = given.registeredUsers.value_or(QStringList());
        if (given.registeredUser && !users.contains(*given.registeredUser))
            users.append(*given.registeredUser);
        contact.registeredUsers = users;
        return contact;
    }
    contact.firstName = given.firstName;
    contact.lastName = given.lastName;
    QList<ContactDetail> details;
    for (const ContactDetail& detail : given.details.value_or(QList<ContactDetail>()))
        details.append(ContactDetail{detail.type, detail.value, {}});
    contact.details = details;
    return contact;
}

std::optional<QList<Contact>> requestContacts(const std::optional<QList<Contact>>& given)
{
    if (!given || given->isEmpty())
        return std::nullopt;
    QList<Contact> contacts;
    for (const Contact& contact : *given)
        contacts.append(requestContact(contact));
    return contacts;
}
} // namespace

CaseDraft CaseDraft::like(const CreateCaseRequest& source)
{
    CaseDraft draft;
    draft.request.code = source.code;
    draft.request.primaryId = source.primaryId;
    draft.request.secondaryId = source.secondaryId;
    draft.request.contacts = requestContacts(source.contacts);
    draft.request.details = source.details;
    return draft;
}

CaseDraft CaseDraft::like(const Case& source)
{
    CreateCaseRequest request;
    request.code = source.code.value_or(QString());
    request.primaryId = source.firstCage();
    request.contacts = source.contacts;
    return like(request);
}

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

} // namespace CaseDesk

#include "models/offline/Draft.h"

#include <QJsonDocument>
#include <QUuid>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto noteFields = std::make_tuple(
    jsonField("caseNumber"_L1, &NoteDraft::caseNumber), jsonField("text"_L1, &NoteDraft::text),
    jsonField("visibility"_L1, &NoteDraft::visibility), jsonField("attachments"_L1, &NoteDraft::attachments));

const auto fieldErrorFields =
    std::make_tuple(jsonField("path"_L1, &DraftFieldError::path), jsonField("reason"_L1, &DraftFieldError::reason));

// Kind and the two times are not optional members, so they are read by hand; their keys live here only.
const auto kKind = "kind"_L1;
const auto kCreated = "createdMs"_L1;
const auto kEdited = "editedMs"_L1;
const auto kId = "id"_L1;
const auto kCase = "case"_L1;
const auto kNote = "note"_L1;
const auto draftFields = std::make_tuple(
    jsonField(kId, &Draft::id), jsonField(kCase, &Draft::caseDraft), jsonField(kNote, &Draft::note),
    jsonField("errorMessage"_L1, &Draft::errorMessage), jsonField("fieldErrors"_L1, &Draft::fieldErrors));

constexpr std::pair<Draft::Kind, QLatin1StringView> kKinds[] = {
    {Draft::Kind::Case, "case"_L1},
    {Draft::Kind::Note, "note"_L1},
};

QString oneLine(const QString& text, int maxCharacters)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxCharacters)
        return simple;
    // Cut at a word boundary when there is one close enough.
    QString cut = simple.left(maxCharacters);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > maxCharacters / 2)
        cut.truncate(space);
    return cut + u'…';
}
} // namespace

NoteDraft NoteDraft::fromJson(JsonReader& reader)
{
    return reader.readFields<NoteDraft>(noteFields);
}

QJsonObject NoteDraft::toJson() const
{
    return writeFields(*this, noteFields);
}

DraftFieldError DraftFieldError::fromJson(JsonReader& reader)
{
    return reader.readFields<DraftFieldError>(fieldErrorFields);
}

QJsonObject DraftFieldError::toJson() const
{
    return writeFields(*this, fieldErrorFields);
}

QString Draft::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Draft Draft::forCase(const CaseDraft& caseDraft, const QString& id)
{
    Draft draft;
    draft.id = id.isEmpty() ? newId() : id;
    draft.kind = Kind::Case;
    draft.caseDraft = caseDraft;
    return draft;
}

Draft Draft::forNote(const NoteDraft& note, const QString& id)
{
    Draft draft;
    draft.id = id.isEmpty() ? newId() : id;
    draft.kind = Kind::Note;
    draft.note = note;
    return draft;
}

QString Draft::kindKey(Kind kind)
{
    for (const auto& [value, key] : kKinds) {
        if (value == kind)
            return key;
    }
    return {};
}

std::optional<Draft::Kind> Draft::kindFromKey(const QString& key)
{
    for (const auto& [value, name] : kKinds) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QString Draft::subject() const
{
    if (kind == Kind::Note)
        return note ? tr("Note on %1").arg(note->caseNumber) : tr("Note");
    if (!caseDraft)
        return tr("New case");
    const QString code = caseDraft->request.code;
    const QString reference = caseDraft->effectiveReference();
    if (code.isEmpty())
        return reference.isEmpty() ? tr("New case") : tr("New case, %1").arg(reference);
    return reference.isEmpty() ? tr("New case %1").arg(code) : tr("New case %1, %2").arg(code, reference);
}

QString Draft::firstWords(int maxCharacters) const
{
    if (kind == Kind::Note)
        return note ? oneLine(note->text, maxCharacters) : QString();
    return caseDraft ? oneLine(caseDraft->request.description, maxCharacters) : QString();
}

bool Draft::isEmpty() const
{
    if (kind == Kind::Note)
        return !note || (note->text.trimmed().isEmpty() && note->attachments.isEmpty());
    if (!caseDraft)
        return true;
    const CreateCaseRequest& request = caseDraft->request;
    return request.code.isEmpty() && request.description.trimmed().isEmpty() && caseDraft->attachments.isEmpty();
}

QList<DraftAttachment> Draft::attachments() const
{
    if (kind == Kind::Note)
        return note ? note->attachments : QList<DraftAttachment>();
    return caseDraft ? caseDraft->attachments : QList<DraftAttachment>();
}

QList<Violation> Draft::violations() const
{
    QList<Violation> list;
    for (const DraftFieldError& error : fieldErrors.value_or(QList<DraftFieldError>()))
        list.append({error.path, error.reason});
    return list;
}

void Draft::setRefusal(const QString& message, const QList<Violation>& violations)
{
    errorMessage = message;
    QList<DraftFieldError> errors;
    for (const Violation& violation : violations)
        errors.append({violation.path, violation.reason, {}});
    fieldErrors = errors.isEmpty() ? std::nullopt : std::optional<QList<DraftFieldError>>(errors);
}

void Draft::clearRefusal()
{
    errorMessage.reset();
    fieldErrors.reset();
}

Draft Draft::fromJson(JsonReader& reader)
{
    std::optional<QString> kindText;
    std::optional<qint64> created;
    std::optional<qint64> edited;
    reader.read(kKind, kindText);
    reader.read(kCreated, created);
    reader.read(kEdited, edited);
    Draft draft = reader.readFields<Draft>(draftFields);
    draft.createdMs = created.value_or(0);
    draft.editedMs = edited.value_or(draft.createdMs);
    const std::optional<Kind> kind = kindFromKey(kindText.value_or(QString()));
    if (!kind) {
        if (kindText)
            reader.badValue(reader.pathOf(kKind), "draft kind", *kindText);
        else
            reader.missing(reader.pathOf(kKind));
        return draft;
    }
    draft.kind = *kind;
    // A draft without the body of its kind cannot be reopened: report it rather than show an empty one.
    if (draft.kind == Kind::Case && !draft.caseDraft)
        reader.missing(reader.pathOf(kCase));
    if (draft.kind == Kind::Note && !draft.note)
        reader.missing(reader.pathOf(kNote));
    if (draft.id.isEmpty())
        reader.badValue(reader.pathOf(kId), "draft id", draft.id);
    return draft;
}

QJsonObject Draft::toJson() const
{
    QJsonObject json = writeFields(*this, draftFields);
    json.insert(kKind, kindKey(kind));
    json.insert(kCreated, createdMs);
    json.insert(kEdited, editedMs);
    return json;
}

QByteArray Draft::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace CaseDesk

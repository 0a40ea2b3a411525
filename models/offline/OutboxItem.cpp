#include "models/offline/OutboxItem.h"

#include <QJsonDocument>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto kKind = "kind"_L1;
const auto kState = "state"_L1;
const auto kCreated = "createdMs"_L1;
const auto kUpdated = "updatedMs"_L1;
const auto kId = "id"_L1;
const auto kCase = "case"_L1;
const auto kNote = "note"_L1;
const auto kCancel = "cancel"_L1;
const auto fields = std::make_tuple(
    jsonField(kId, &OutboxItem::id), jsonField("caseNumber"_L1, &OutboxItem::caseNumber),
    jsonField(kCase, &OutboxItem::caseDraft), jsonField(kNote, &OutboxItem::note),
    jsonField("files"_L1, &OutboxItem::files), jsonField(kCancel, &OutboxItem::cancel),
    jsonField("reference"_L1, &OutboxItem::reference), jsonField("draftId"_L1, &OutboxItem::draftId),
    jsonField("pendingNoteId"_L1, &OutboxItem::pendingNoteId),
    jsonField("firstAttemptMs"_L1, &OutboxItem::firstAttemptMs), jsonField("maybeSent"_L1, &OutboxItem::maybeSent),
    jsonField("lastAttemptMs"_L1, &OutboxItem::lastAttemptMs), jsonField("baseline"_L1, &OutboxItem::baseline),
    jsonField("attempts"_L1, &OutboxItem::attempts), jsonField("reason"_L1, &OutboxItem::reason),
    jsonField("resultId"_L1, &OutboxItem::resultId), jsonField("resultType"_L1, &OutboxItem::resultType));

constexpr std::pair<OutboxItem::Kind, QLatin1StringView> kKinds[] = {
    {OutboxItem::Kind::Create, "create"_L1},
    {OutboxItem::Kind::Note, "note"_L1},
    {OutboxItem::Kind::Cancel, "cancel"_L1},
};
constexpr std::pair<OutboxItem::State, QLatin1StringView> kStates[] = {
    {OutboxItem::State::Waiting, "waiting"_L1},
    {OutboxItem::State::Sending, "sending"_L1},
    {OutboxItem::State::Failed, "failed"_L1},
    {OutboxItem::State::Delivered, "delivered"_L1},
};

template <typename Enum, std::size_t N>
QString keyOf(const std::pair<Enum, QLatin1StringView> (&table)[N], Enum value)
{
    for (const auto& [entry, key] : table) {
        if (entry == value)
            return key;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, QLatin1StringView> (&table)[N], const QString& key)
{
    for (const auto& [entry, name] : table) {
        if (name == key)
            return entry;
    }
    return std::nullopt;
}

// A stored time (milliseconds since 1970) from a file that may be damaged, brought into 1970…9999 so that the
// checks before a resend (since - skew, now - created) cannot overflow.
qint64 storedTime(qint64 ms)
{
    constexpr qint64 kLatestMs = 253402300799999; // 9999-12-31T23:59:59.999Z
    return qBound<qint64>(0, ms, kLatestMs);
}

QString oneLine(const QString& text, int maxCharacters)
{
    const QString simple = text.simplified();
    return simple.size() <= maxCharacters ? simple : simple.left(maxCharacters) + u'…';
}
} // namespace

QString OutboxItem::kindKey(Kind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<OutboxItem::Kind> OutboxItem::kindFromKey(const QString& key)
{
    return valueOf(kKinds, key);
}

QString OutboxItem::stateKey(State state)
{
    return keyOf(kStates, state);
}

std::optional<OutboxItem::State> OutboxItem::stateFromKey(const QString& key)
{
    return valueOf(kStates, key);
}

QString OutboxItem::summary() const
{
    switch (kind) {
    case Kind::Create: {
        const QString code = caseDraft ? caseDraft->request.code : QString();
        return reference.isEmpty() ? tr("New case %1").arg(code) : tr("New case %1, %2").arg(code, reference);
    }
    case Kind::Note:
        return tr("Note on %1").arg(caseNumber);
    case Kind::Cancel:
        return tr("Cancel %1").arg(caseNumber);
    }
    return {};
}

QString OutboxItem::firstWords(int maxCharacters) const
{
    switch (kind) {
    case Kind::Create:
        return caseDraft ? oneLine(caseDraft->request.description, maxCharacters) : QString();
    case Kind::Note:
        return note ? oneLine(note->text, maxCharacters) : QString();
    case Kind::Cancel:
        return cancel ? oneLine(cancel->reason, maxCharacters) : QString();
    }
    return {};
}

QString OutboxItem::stateText() const
{
    switch (state) {
    case State::Waiting:
        // It may have arrived: the server is asked before it goes out again (OutboxAttempt).
        return mayHaveBeenSent() ? tr("Checking with the server") : tr("Waiting");
    case State::Sending:
        return tr("Sending");
    case State::Failed:
        return tr("Failed");
    case State::Delivered:
        return tr("Delivered");
    }
    return {};
}

OutboxItem OutboxItem::fromJson(JsonReader& reader)
{
    std::optional<QString> kindText;
    std::optional<QString> stateText;
    std::optional<qint64> created;
    std::optional<qint64> updated;
    reader.read(kKind, kindText);
    reader.read(kState, stateText);
    reader.read(kCreated, created);
    reader.read(kUpdated, updated);
    OutboxItem item = reader.readFields<OutboxItem>(fields);
    item.createdMs = storedTime(created.value_or(0));
    item.updatedMs = storedTime(updated.value_or(item.createdMs));
    if (item.firstAttemptMs)
        item.firstAttemptMs = storedTime(*item.firstAttemptMs);
    const std::optional<Kind> kind = kindFromKey(kindText.value_or(QString()));
    if (kind)
        item.kind = *kind;
    else if (kindText)
        reader.badValue(reader.pathOf(kKind), "outbox item kind", *kindText);
    else
        reader.missing(reader.pathOf(kKind));
    if (const auto state = stateFromKey(stateText.value_or(QString())))
        item.state = *state;
    else if (stateText)
        reader.badValue(reader.pathOf(kState), "outbox item state", *stateText);
    else
        reader.missing(reader.pathOf(kState));
    if (item.id.isEmpty())
        reader.badValue(reader.pathOf(kId), "outbox item id", item.id);
    // An item without the request of its kind could never be sent: report it rather than guess.
    if (kind == Kind::Create && !item.caseDraft)
        reader.missing(reader.pathOf(kCase));
    if (kind == Kind::Note && !item.note)
        reader.missing(reader.pathOf(kNote));
    if (kind == Kind::Cancel && !item.cancel)
        reader.missing(reader.pathOf(kCancel));
    return item;
}

QJsonObject OutboxItem::toJson() const
{
    QJsonObject json = writeFields(*this, fields);
    json.insert(kKind, kindKey(kind));
    json.insert(kState, stateKey(state));
    json.insert(kCreated, createdMs);
    json.insert(kUpdated, updatedMs);
    return json;
}

QByteArray OutboxItem::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace CaseDesk

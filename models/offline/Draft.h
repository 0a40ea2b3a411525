#pragma once

#include "models/json/JsonCodec.h"
#include "models/validation/Violation.h"
#include "models/wizard/CaseDraft.h"
#include "models/wizard/DraftAttachment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

// A note being written on one case: what the composer holds.
struct NoteDraft
{
    QString caseNumber;
    QString text;
    std::optional<QString> visibility;
    QList<DraftAttachment> attachments; // the stashed copies, by path
    QJsonObject extra;

    static NoteDraft fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const NoteDraft&) const = default;
};

// What the server refused when the draft was last sent, on the field it named.
struct DraftFieldError
{
    QString path; // JSON path into the request, "$" for the whole request
    QString reason;
    QJsonObject extra;

    static DraftFieldError fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const DraftFieldError&) const = default;
};

/*
 * Something the user wrote and has not sent: a new case (the wizard's whole CaseDraft) or a note on a case.
 * Saved as JSON in the local store as the user types; a draft that was sent and refused (400, 409) comes
 * back with the error and the field it concerns.
 *
 *     NoteDraft note;
 *     note.caseNumber = u"11150929"_s;
 *     note.text = text;
 *     Draft draft = Draft::forNote(note);
 *     drafts->save(draft);                                    // DraftStore
 *     const Decoded<Draft> back = decodeJson<Draft>(bytes);   // a draft that no longer decodes is reported
 *
 * (compiled and run, without the DraftStore, in tests/unit/tst_headerexamples.cpp)
 */
struct Draft
{
    Q_DECLARE_TR_FUNCTIONS(Draft)

public:
    enum class Kind
    {
        Case,
        Note,
    };

    QString id;
    Kind kind = Kind::Case;
    std::optional<CaseDraft> caseDraft; // kind Case
    std::optional<NoteDraft> note;      // kind Note
    qint64 createdMs = 0;
    qint64 editedMs = 0;
    std::optional<QString> errorMessage; // why the last send was refused, translated
    std::optional<QList<DraftFieldError>> fieldErrors;
    QJsonObject extra;

    static Draft forCase(const CaseDraft& draft, const QString& id = {});
    static Draft forNote(const NoteDraft& note, const QString& id = {});
    static QString newId();

    // The case number of a note, the customer reference of a case: what the Drafts list shows first.
    QString subject() const;
    // The first words of the description or the note, on one line.
    QString firstWords(int maxCharacters = 80) const;
    // True when there is nothing worth keeping (no text, no files, no code).
    bool isEmpty() const;
    QList<DraftAttachment> attachments() const;
    QList<Violation> violations() const;
    void setRefusal(const QString& message, const QList<Violation>& violations);
    void clearRefusal();

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);

    static Draft fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    QByteArray toBytes() const;
    bool operator==(const Draft&) const = default;
};

} // namespace CaseDesk

#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * Text a hostile server, document or user could send, and fixtures that carry it in every string field.
 * A screen shows it right when the markup reads as typed (tags, ampersand and all) and the right-to-left
 * override is gone:
 *
 *     label->text() == HostileText::shown()   // or at least contains HostileText::markup()
 */
namespace HostileText
{
// Bold, an image that would read /dev/zero for ever, a link, and an ampersand that would become a mnemonic.
inline QString markup()
{
    return QStringLiteral("<b>eve</b><img src=\"file:///dev/zero\"><a href=\"https://evil.example/\">R&D</a>");
}

// The parts of markup(), each of which must read as sent wherever a trace of it shows.
inline const QString kBold = QStringLiteral("<b>eve</b>");
inline const QString kImage = QStringLiteral("<img src=\"file:///dev/zero\">");
inline const QString kLink = QStringLiteral("<a href=\"https://evil.example/\">R&D</a>");

// A short one, for fields with a small limit (a custom server's name).
inline QString shortText()
{
    return kImage + QChar(0x202E) + QStringLiteral("txt.exe");
}

// What a server sends: the markup, then a right-to-left override that would show "exe.txt" as "txt.exe".
inline QString text()
{
    return markup() + QChar(0x202E) + QStringLiteral("txt.exe");
}

// What a screen shows of text(): every character as sent, the override removed.
inline QString shown()
{
    return markup() + QStringLiteral("txt.exe");
}

// Whether `piece` is part of what a screen shows of the hostile texts here, for text shortened with "…".
inline bool isShownPiece(const QString& piece)
{
    for (const QString& whole :
         {shown(), QString(shown() + QStringLiteral(".pdf")), QString(QStringLiteral("9000-0003 ") + shown()),
          QString(kImage + QStringLiteral("txt.exe"))})
        if (whole.contains(piece))
            return true;
    return false;
}

// Characters that reorder or hide what is around them; none may reach a screen.
inline bool isDisguise(char32_t c)
{
    return c == 0x061C || c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || (c >= 0xE0000 && c <= 0xE007F);
}

inline bool hasDisguise(const QString& text)
{
    for (const char32_t c : text.toUcs4())
        if (isDisguise(c))
            return true;
    return false;
}

// Replaces every string of `value` with text(), except under the keys in `keep` (numbers, dates).
inline QJsonValue poisoned(const QJsonValue& value, const QSet<QString>& keep, const QString& key = {})
{
    if (value.isString())
        return keep.contains(key) ? value : QJsonValue(text());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(poisoned(item, keep, key));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), poisoned(it.value(), keep, it.key()));
        return object;
    }
    return value;
}

inline QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The provider's GET sample with every string field hostile (dates and the case number kept, so it
// decodes), plus notes and attachments whose every string is hostile too. `id` names the case.
inline QJsonObject caseAnswer(const QString& id, const QString& status)
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> keep{u"createdDateTime"_s, u"createdDate"_s, u"updatedDateTime"_s,
                                    u"finalScheduledDate"_s, u"originalDateTime"_s};
    QJsonObject answer =
        poisoned(readJson(QStringLiteral(CASEDESK_TEST_DATA_DIR "/get-case-sample.json")), keep).toObject();
    answer.insert(u"id"_s, id);
    answer.insert(u"status"_s, status);
    QJsonObject other = answer.value(u"otherDetails"_s).toObject();
    other.insert(u"modifiable"_s, true); // notes may be written, so the outbox gets one
    other.insert(u"cancellable"_s, true);
    answer.insert(u"otherDetails"_s, other);
    const QJsonObject noteAttachment{{u"id"_s, u"att-3"_s}, {u"name"_s, QString(text() + u".pdf"_s)}};
    answer.insert(u"notes"_s, QJsonArray{QJsonObject{{u"id"_s, text()},
                                                     {u"type"_s, text()},
                                                     {u"text"_s, text()},
                                                     {u"visibility"_s, text()},
                                                     {u"createdDateTime"_s, u"2023-09-14T08:00:00Z"_s},
                                                     {u"attachments"_s, QJsonArray{noteAttachment}}},
                                         QJsonObject{{u"type"_s, u"CUSTOMER_NOTES"_s},
                                                     {u"text"_s, text()},
                                                     {u"createdDateTime"_s, u"2023-09-15T08:00:00Z"_s}}});
    answer.insert(u"attachments"_s,
                  QJsonArray{QJsonObject{{u"id"_s, u"att-1"_s},
                                         {u"name"_s, QString(u"invoice"_s + QChar(0x202E) + u"fdp.exe"_s)}},
                             QJsonObject{{u"id"_s, u"att-2"_s}, {u"name"_s, text()}, {u"source"_s, text()}}});
    return answer;
}

// A code of the hostile API document: its enum value is hostile too.
inline QString code()
{
    return QStringLiteral("9000-0003 ") + text();
}

// The synthetic kitchen-sink API document with every title, description and enum value hostile, one more
// code that is itself hostile, and the details form under that code.
inline QJsonObject apiDocument()
{
    using namespace Qt::StringLiterals;
    QJsonObject document = readJson(QStringLiteral(CASEDESK_TEST_DATA_DIR "/catalogue/kitchen-sink-api.json"));
    QJsonObject components = document.value(u"components"_s).toObject();
    QJsonObject schemas = components.value(u"schemas"_s).toObject();

    std::function<QJsonValue(const QJsonValue&)> poison = [&poison](const QJsonValue& value) -> QJsonValue {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue& item : value.toArray())
                array.append(poison(item));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        // A schema: its title and description are the API document's words about a field.
        if (!object.contains(u"$ref"_s) && (object.contains(u"type"_s) || object.contains(u"oneOf"_s))) {
            object.insert(u"title"_s, text());
            object.insert(u"description"_s, text());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"title"_s || it.key() == u"description"_s) {
                it.value() = text();
            } else if (it.key() == u"enum"_s) {
                QJsonArray values;
                for (const QJsonValue& item : it.value().toArray())
                    values.append(item.isString() ? QJsonValue(QString(text() + item.toString())) : item);
                it.value() = values;
            } else {
                it.value() = poison(it.value());
            }
        }
        return object;
    };
    QJsonObject kitchenSink = poison(schemas.value(u"KitchenSink"_s)).toObject();
    schemas.insert(u"KitchenSink"_s, kitchenSink);
    QJsonObject request = schemas.value(u"CaseCreateRequest"_s).toObject();
    QJsonObject properties = request.value(u"properties"_s).toObject();
    QJsonObject codeProperty = properties.value(u"code"_s).toObject();
    QJsonArray codes = codeProperty.value(u"enum"_s).toArray();
    codes.append(code());
    codeProperty.insert(u"enum"_s, codes);
    properties.insert(u"code"_s, codeProperty);
    request.insert(u"properties"_s, properties);
    QJsonObject byCode = request.value(u"x-details-schema-by-code"_s).toObject();
    byCode.insert(code(), QJsonObject{{u"$ref"_s, u"#/components/schemas/KitchenSink"_s}});
    request.insert(u"x-details-schema-by-code"_s, byCode);
    schemas.insert(u"CaseCreateRequest"_s, request);
    components.insert(u"schemas"_s, schemas);
    document.insert(u"components"_s, components);
    QJsonObject info = document.value(u"info"_s).toObject();
    info.insert(u"title"_s, text());
    info.insert(u"description"_s, text());
    document.insert(u"info"_s, info);
    return document;
}

// An error answer of the case API whose every field is hostile.
inline QByteArray caseApiError(const QString& errorCode)
{
    using namespace Qt::StringLiterals;
    const QJsonObject entry{{u"errorCode"_s, errorCode},
                            {u"errorMessage"_s, text()},
                            {u"details"_s, text()},
                            {u"correlationId"_s, text()},
                            {u"help"_s, text()},
                            {u"additionalInfo"_s, QJsonObject{{u"property"_s, text()}, {u"reason"_s, text()}}}};
    return QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact);
}
} // namespace HostileText

} // namespace CaseDesk

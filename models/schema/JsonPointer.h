#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace CaseDesk
{

/*
 * Local JSON pointers as OpenAPI documents write them in "$ref": "#/components/schemas/Attachment",
 * "#/paths/~1support~1v2~1tickets/post" ("~1" is "/", "~0" is "~").
 */
class JsonPointer
{
public:
    static QString root() { return QStringLiteral("#"); }
    static bool isLocal(const QString& reference) { return reference.startsWith(u'#'); }
    static QString append(const QString& pointer, const QString& segment);
    static QString append(const QString& pointer, qsizetype index);
    // The value the pointer names in `document`, or an undefined value when it names nothing.
    static QJsonValue resolve(const QJsonObject& document, const QString& pointer);
};

} // namespace CaseDesk

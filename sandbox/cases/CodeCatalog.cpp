#include "sandbox/cases/CodeCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox
{

using namespace Qt::StringLiterals;

CodeCatalog::CodeCatalog()
{
    QFile file(u":/api/code-labels.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray codes = QJsonDocument::fromJson(file.readAll()).object().value(u"codes"_s).toArray();
    for (const QJsonValue& value : codes) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.code = object.value(u"code"_s).toString();
        entry.category = object.value(u"category"_s).toString();
        entry.title = object.value(u"title"_s).toString();
        entry.trouble = object.value(u"ticketType"_s).toString() == u"TROUBLE"_s;
        m_codes.append(entry.code);
        m_entries.insert(entry.code, entry);
    }
}

QStringList CodeCatalog::troubleCodes() const
{
    QStringList result;
    for (const QString& code : m_codes) {
        if (isTroubleCode(code))
            result.append(code);
    }
    return result;
}

QStringList CodeCatalog::caseCodes() const
{
    QStringList result;
    for (const QString& code : m_codes) {
        if (!isTroubleCode(code))
            result.append(code);
    }
    return result;
}

CodeCatalog::Entry CodeCatalog::entry(const QString& code) const
{
    Entry entry = m_entries.value(code);
    entry.code = code;
    entry.trouble = isTroubleCode(code);
    return entry;
}

bool CodeCatalog::isTroubleCode(const QString& code)
{
    return code.left(4) < u"0100"_s;
}

} // namespace Sandbox

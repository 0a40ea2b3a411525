#include "models/schema/JsonPointer.h"

#include <QJsonArray>
#include <QUrl>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

QString JsonPointer::append(const QString& pointer, const QString& segment)
{
    QString escaped = segment;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QString JsonPointer::append(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QJsonValue JsonPointer::resolve(const QJsonObject& document, const QString& pointer)
{
    if (!isLocal(pointer))
        return QJsonValue(QJsonValue::Undefined);
    // The fragment is URI-encoded ("%7Bid%7D"); decode it before splitting on '/'.
    const QString path = QUrl::fromPercentEncoding(pointer.mid(1).toUtf8());
    QJsonValue current = document;
    if (path.isEmpty())
        return current;
    if (!path.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    const QStringList parts = path.mid(1).split(u'/');
    for (QString part : parts) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = part.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

} // namespace CaseDesk

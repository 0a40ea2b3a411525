#include "models/schema/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// An index a list can have: digits only, below int's maximum. Paths come from servers and stored drafts, and
// "[-1]" or "[9223372036854775807]" would reach at() or `index + 1` further on.
std::optional<qsizetype> indexIn(const QString& text)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = text.toLongLong(&ok);
    if (!ok || index >= std::numeric_limits<int>::max())
        return std::nullopt;
    return index;
}
} // namespace

QString JsonPath::key(const QString& base, const QString& key)
{
    return isRoot(base) ? key : base + u'.' + key;
}

QString JsonPath::index(const QString& base, qsizetype index)
{
    return (isRoot(base) ? QString() : base) + u'[' + QString::number(index) + u']';
}

QString JsonPath::append(const QString& base, const QString& relative)
{
    if (isRoot(relative))
        return isRoot(base) ? root() : base;
    if (isRoot(base))
        return relative;
    if (relative.startsWith(u'['))
        return base + relative;
    return base + u'.' + relative;
}

QList<JsonPath::Segment> JsonPath::split(const QString& path)
{
    QList<Segment> segments;
    if (isRoot(path))
        return segments;
    QString text = path;
    if (text.startsWith(u"$."_s))
        text = text.mid(2);
    else if (text.startsWith(u"$["_s))
        text = text.mid(1);
    QString name;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (!name.isEmpty())
                segments.append(name);
            name.clear();
            ++i;
        } else if (c == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            const std::optional<qsizetype> number = close > i ? indexIn(text.mid(i + 1, close - i - 1)) : std::nullopt;
            if (!number) { // not an index: keep the bracket as part of the key
                name += c;
                ++i;
                continue;
            }
            if (!name.isEmpty())
                segments.append(name);
            name.clear();
            segments.append(*number);
            i = close + 1;
        } else {
            name += c;
            ++i;
        }
    }
    if (!name.isEmpty())
        segments.append(name);
    return segments;
}

QString JsonPath::join(const QList<Segment>& segments)
{
    QString path = root();
    for (const Segment& segment : segments) {
        if (const auto* name = std::get_if<QString>(&segment))
            path = key(path, *name);
        else
            path = index(path, std::get<qsizetype>(segment));
    }
    return path;
}

bool JsonPath::isWithin(const QString& path, const QString& ancestor)
{
    const QList<Segment> inner = split(path);
    const QList<Segment> outer = split(ancestor);
    if (outer.size() > inner.size())
        return false;
    for (qsizetype i = 0; i < outer.size(); ++i) {
        if (inner.at(i) != outer.at(i))
            return false;
    }
    return true;
}

QString JsonPath::relativeTo(const QString& path, const QString& ancestor)
{
    const QList<Segment> inner = split(path);
    const qsizetype skip = split(ancestor).size();
    return join(inner.mid(qMin(skip, inner.size())));
}

QString JsonPath::parent(const QString& path)
{
    QList<Segment> segments = split(path);
    if (!segments.isEmpty())
        segments.removeLast();
    return join(segments);
}

QJsonValue JsonPath::valueAt(const QJsonValue& root, const QString& path)
{
    QJsonValue current = root;
    for (const Segment& segment : split(path)) {
        if (const auto* name = std::get_if<QString>(&segment)) {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(*name);
        } else {
            const qsizetype i = std::get<qsizetype>(segment);
            if (!current.isArray() || i < 0 || i >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(i);
        }
    }
    return current;
}

} // namespace CaseDesk

#include "sandbox/http/Router.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

QStringList Router::split(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QByteArray& method, const QString& pattern, ErrorStyle style, Handler handler,
                 bool authenticated)
{
    m_routes.append(Route{method, split(pattern), style, authenticated, std::move(handler)});
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match result;
    const QStringList segments = split(path);
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& expected = route.segments.at(i);
            if (expected.startsWith(u'{') && expected.endsWith(u'}'))
                params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (!matches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace Sandbox

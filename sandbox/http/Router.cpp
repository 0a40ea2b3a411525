#include "sandbox/http/Router.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{
bool isParameter(const QString& segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}
} // namespace

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
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& expected = route.segments.at(i);
            matches = isParameter(expected) || expected == segments.at(i);
        }
        if (!matches)
            continue;
        if (route.method == method) {
            // The parameters only for the route taken, not for each one tried (bench_sandbox: routing was 2 %).
            for (qsizetype i = 0; i < segments.size(); ++i) {
                const QString& expected = route.segments.at(i);
                if (isParameter(expected))
                    result.params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            }
            result.route = &route;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace Sandbox

#include "tests/support/IncludeGraph.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace CaseDesk::Testing
{

QStringList quotedIncludes(const QString& text)
{
    static const QRegularExpression include(uR"re(^\s*#\s*include\s*"([^"]*)")re"_s,
                                            QRegularExpression::MultilineOption);
    QStringList targets;
    auto it = include.globalMatch(text);
    while (it.hasNext())
        targets << it.next().captured(1);
    return targets;
}

QString includeProblem(const QString& from, const QString& include)
{
    if (include.endsWith(u".moc"_s) && !include.contains(u'/'))
        return {};
    if (include.isEmpty())
        return u"empty include"_s;
    if (include.contains(u".."_s) || include.startsWith(u'/'))
        return u"write includes from the repository root, without .."_s;
    const QString layer = include.section(u'/', 0, 0);
    static const QHash<QString, QStringList> allowed{
        {u"models"_s, {u"models"_s}},
        {u"ui"_s, {u"ui"_s, u"models"_s}},
        {u"app"_s, {u"app"_s, u"ui"_s, u"models"_s}},
        {u"sandbox"_s, {u"sandbox"_s}},
        {u"tests"_s, {u"tests"_s, u"app"_s, u"ui"_s, u"models"_s, u"sandbox"_s}},
    };
    if (!allowed.contains(layer) || !include.contains(u'/'))
        return u"write includes from the repository root (models/, ui/, app/, sandbox/, tests/)"_s;
    const QString fromLayer = from.section(u'/', 0, 0);
    if (!allowed.value(fromLayer).contains(layer))
        return u"%1/ may not include %2/ (arrows point down: app → ui → models; the sandbox stands apart)"_s.arg(
            fromLayer, layer);
    return {};
}

QString subArea(const QString& path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 ? parts[0] + u'/' + parts[1] : parts[0];
}

QList<QStringList> findCycles(const Graph& graph)
{
    // Tarjan's strongly connected components.
    QHash<QString, int> index;
    QHash<QString, int> low;
    QSet<QString> onStack;
    QStringList stack;
    QList<QStringList> cycles;
    int counter = 0;
    std::function<void(const QString&)> visit = [&](const QString& node) {
        index[node] = low[node] = counter++;
        stack.append(node);
        onStack.insert(node);
        QStringList next(graph.value(node).cbegin(), graph.value(node).cend());
        next.sort();
        for (const QString& to : next) {
            if (!index.contains(to)) {
                visit(to);
                low[node] = std::min(low[node], low[to]);
            } else if (onStack.contains(to)) {
                low[node] = std::min(low[node], index[to]);
            }
        }
        if (low[node] == index[node]) {
            QStringList component;
            QString member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                component.append(member);
            } while (member != node);
            if (component.size() > 1) {
                component.sort();
                cycles.append(component);
            }
        }
    };
    QStringList nodes = graph.keys();
    nodes.sort();
    for (const QString& node : nodes) {
        if (!index.contains(node))
            visit(node);
    }
    return cycles;
}

QString namespaceProblem(const QString& file, const QString& text)
{
    QString wanted;
    if (file.startsWith(u"models/"_s) || file.startsWith(u"ui/"_s) || file.startsWith(u"app/"_s))
        wanted = u"CaseDesk"_s;
    else if (file.startsWith(u"sandbox/"_s))
        wanted = u"Sandbox"_s;
    if (wanted.isEmpty() || file == u"app/main.cpp"_s || file == u"sandbox/main.cpp"_s)
        return {};
    const QRegularExpression opening(u"^namespace %1\\b"_s.arg(wanted), QRegularExpression::MultilineOption);
    return opening.match(text).hasMatch() ? QString() : u"not in namespace %1"_s.arg(wanted);
}

QStringList settingsKeyProblems(const QString& file, const QString& text)
{
    if (!(file.startsWith(u"models/"_s) || file.startsWith(u"ui/"_s) || file.startsWith(u"app/"_s))
        || file.startsWith(u"models/settings/Setting"_s))
        return {};
    // A call on anything named like settings whose key is not one of the declarations.
    static const QRegularExpression call(
        uR"([sS]ettings\w*(\(\))?\s*(->|\.)\s*(value|setValue|remove|contains)\(\s*(?!Settings::))"_s);
    QStringList problems;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (call.match(lines.at(i)).hasMatch())
            problems << u"%1:%2: %3"_s.arg(file).arg(i + 1).arg(lines.at(i).trimmed());
    }
    return problems;
}

} // namespace CaseDesk::Testing

#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace CaseDesk::Testing
{

/*
 * The pieces of tst_houserules, kept apart so that each rule can be tried on rows made to break it.
 *
 *     if (const QString why = includeProblem(u"models/api/ApiClient.h"_s, u"ui/X.h"_s); !why.isEmpty()) ...
 *     for (const QStringList& cycle : findCycles(graph)) ...
 */
using Graph = QHash<QString, QSet<QString>>;

// The targets of `#include "…"` lines, in order.
QStringList quotedIncludes(const QString& text);
// Why `from` may not include `include` (empty when it may): written from the root, pointing down the layers
// (app → ui → models; the sandbox on its own; tests may include anything), no "..".
QString includeProblem(const QString& from, const QString& include);
// "models/api/ApiClient.h" → "models/api"; "app/Session.h" → "app".
QString subArea(const QString& path);
// The loops of a directed graph: each strongly connected component of two nodes or more, sorted.
QList<QStringList> findCycles(const Graph& graph);
// Why `text`, the contents of `file`, is not in its namespace (CaseDesk for the client, Sandbox for the sandbox).
QString namespaceProblem(const QString& file, const QString& text);
// The lines of `text` (the contents of `file`) that read or write a QSettings key not declared in
// models/settings/SettingsKeys.h: `settings->value(u"x"_s)`, `m_settings->setValue(kKey, …)`.
QStringList settingsKeyProblems(const QString& file, const QString& text);

} // namespace CaseDesk::Testing

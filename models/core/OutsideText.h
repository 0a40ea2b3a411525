#pragma once

#include <QString>

namespace CaseDesk
{

/*
 * Text from outside (a server, an imported document, a file name, the user) made fit to show. Qt reads text
 * that looks like HTML as rich text in labels, tooltips and message boxes (an <img src="file:///dev/zero">
 * in a name froze the app), and bidirectional controls make a name read as another ("invoice\u202Efdp.exe"
 * shows as "invoiceexe.pdf"). Widgets go through ui/widgets/PlainText, which uses these; item models use them
 * for their display and tooltip roles.
 *
 *     case Qt::DisplayRole: return OutsideText::clean(summary.description);
 *     case Qt::ToolTipRole: return OutsideText::toolTip(summary.description);
 */
namespace OutsideText
{
// Whether `c` is a character that reorders or hides text: a format character (Unicode category Cf:
// bidirectional embeddings, overrides, isolates and marks, zero-width spaces, word joiners, soft hyphens,
// tag characters), except the zero-width (non-)joiners that scripts and emoji need.
bool isDisguise(char32_t c);
// `text` without such characters; `text` itself (no copy) when it has none.
QString clean(const QString& text);
// A name on one line (a file, a user, a code, a server): clean(), control characters and line breaks as
// spaces, trimmed.
QString name(const QString& text);
// For a tooltip or any other place that guesses between plain and rich text: clean() and escaped as rich
// text that reads exactly as `text` (line breaks kept). Empty stays empty: no tooltip.
QString toolTip(const QString& text);
// For rich text built around outside text: clean() and HTML-escaped.
QString escaped(const QString& text);
// JSON text for a raw view: each disguising character (inside strings, the only place JSON allows them)
// written as its \uXXXX escape, so the same JSON reads as it is.
QString escapedInJson(const QString& json);
// `name` shortened to at most `maxLength` characters with "…" in the middle of the base name, keeping the
// real extension (the part after the last dot, up to 12 characters) whole so the type stays visible.
QString shortened(const QString& name, int maxLength);
} // namespace OutsideText

} // namespace CaseDesk

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace CaseDesk
{

struct Case;

/*
 * Fills a note template's placeholders. A placeholder is a known name in braces: {case}, {ibx}, {cage},
 * {contact}, {me}. Anything else stays exactly as typed: an unknown name ({ticket}), a known one with no value
 * for this case (so the user sees what to fill in rather than a silent gap), an unclosed brace, spaces or
 * capitals inside ({ case }, {Case}). Braces around a placeholder stay too: "{{case}}" gives "{11150929}".
 *
 *     const auto values = TemplateExpansion::valuesFor(answer, u"Jana Schmidt"_s);
 *     const TemplateExpansion::Result result = TemplateExpansion::expand(text, values);
 *     insert(result.text); if (!result.unfilled.isEmpty()) say(...);
 */
class TemplateExpansion
{
public:
    struct Result
    {
        QString text;
        QStringList unfilled; // known placeholders left as typed for want of a value, in order, once each
        QStringList unknown;  // brace-words that are not placeholders, in order, once each
    };

    static const QStringList& placeholders();
    static Result expand(const QString& text, const QHash<QString, QString>& values);
    // The values one case gives (empty where it has none); `me` is the user's own name.
    static QHash<QString, QString> valuesFor(const Case& answer, const QString& me);
    // Before the case has been read: only its number (empty for an order number) and the user's name.
    static QHash<QString, QString> valuesFor(const QString& caseNumber, const QString& me);
};

} // namespace CaseDesk

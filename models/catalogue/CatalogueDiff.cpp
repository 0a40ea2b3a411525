#include "models/catalogue/CatalogueDiff.h"

#include "models/catalogue/ApiDocument.h"

#include <QLocale>

namespace CaseDesk
{

namespace
{
// Long lists are cut short: the dialog shows counts, and the first few codes as examples.
QString examples(const QStringList& codes)
{
    constexpr qsizetype shown = 8;
    QStringList list = codes.mid(0, shown);
    if (codes.size() > shown)
        list.append(QStringLiteral("…"));
    return QLocale().createSeparatedList(list);
}
} // namespace

QString CatalogueDiff::summary() const
{
    if (isEmpty())
        return tr("The codes and details forms are the same as before.");
    QStringList lines;
    if (!added.isEmpty())
        lines.append(tr("Codes added (%n): %1", nullptr, int(added.size())).arg(examples(added)));
    if (!removed.isEmpty())
        lines.append(tr("Codes removed (%n): %1", nullptr, int(removed.size())).arg(examples(removed)));
    if (!schemaChanged.isEmpty())
        lines.append(
            tr("Details form changed (%n): %1", nullptr, int(schemaChanged.size())).arg(examples(schemaChanged)));
    return lines.join(u'\n');
}

CatalogueDiff CatalogueDiff::between(const ApiDocument& before, const ApiDocument& after)
{
    CatalogueDiff diff;
    const QStringList oldCodes = before.codes();
    const QStringList newCodes = after.codes();
    for (const QString& code : newCodes) {
        if (!oldCodes.contains(code))
            diff.added.append(code);
        else if (before.detailsSchema(code) != after.detailsSchema(code))
            diff.schemaChanged.append(code);
    }
    for (const QString& code : oldCodes) {
        if (!newCodes.contains(code))
            diff.removed.append(code);
    }
    return diff;
}

} // namespace CaseDesk

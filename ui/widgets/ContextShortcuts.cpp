#include "ui/widgets/ContextShortcuts.h"

namespace CaseDesk
{

QList<ContextShortcuts::Entry> ContextShortcuts::all()
{
    const QString inCase = tr("In a case");
    const QString inAttachments = tr("In an attachment list");
    QList<Entry> entries;
    for (const QKeySequence& keys : refreshCase())
        entries.append({tr("Refresh the case"), keys, inCase});
    entries += {
        {tr("Write a note"), writeNote(), inCase},
        {tr("New case like this"), newCaseLikeThis(), inCase},
        {tr("Print the case"), printCase(), inCase},
        {tr("Send the note"), sendNote(), tr("In the note")},
        {tr("Attach the image or files on the clipboard"), pasteAttachment(), inAttachments},
        {tr("Remove the selected file"), removeAttachment(), inAttachments},
        {tr("Add to or remove from favourites"), toggleFavourite(), tr("In the wizard's code list")},
        {tr("Actions on the selected cases"), caseMenu().constFirst(), tr("In the case list and on a case tab")},
        {tr("Actions on the selected cases"), caseMenu().constLast(), tr("In the case list and on a case tab")},
    };
    return entries;
}

} // namespace CaseDesk

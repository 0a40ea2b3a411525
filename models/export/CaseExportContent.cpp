#include "models/export/CaseExportContent.h"

#include <QSet>

namespace CaseDesk
{

QList<ExportedAttachment> ExportedAttachment::listOf(const CaseFacts& facts)
{
    QList<ExportedAttachment> onNotes;
    QSet<QString> noteIds;
    for (const NoteView& note : facts.notes) {
        for (const AttachmentRef& ref : note.attachments) {
            if (noteIds.contains(ref.id))
                continue;
            noteIds.insert(ref.id);
            ExportedAttachment attachment;
            attachment.ref = ref;
            attachment.attachedTo = tr("Note by %1, %2").arg(note.author, note.when);
            attachment.noteId = note.id;
            onNotes.append(attachment);
        }
    }
    QList<ExportedAttachment> all;
    QSet<QString> caseIds;
    for (const AttachmentRef& ref : facts.attachments) {
        if (noteIds.contains(ref.id) || caseIds.contains(ref.id))
            continue;
        caseIds.insert(ref.id);
        ExportedAttachment attachment;
        attachment.ref = ref;
        attachment.attachedTo = tr("Case");
        all.append(attachment);
    }
    return all + onNotes;
}

} // namespace CaseDesk

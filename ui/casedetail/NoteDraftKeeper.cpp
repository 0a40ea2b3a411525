#include "ui/casedetail/NoteDraftKeeper.h"

#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "models/offline/DraftAutosave.h"
#include "models/offline/DraftStore.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"

#include <QComboBox>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

NoteDraftKeeper* NoteDraftKeeper::attach(CaseDetailView* view, DraftStore* drafts, const QString& caseNumber)
{
    if (!view || !drafts)
        return nullptr;
    if (NoteDraftKeeper* existing = of(view->composer()))
        return existing;
    return new NoteDraftKeeper(view->composer(), caseNumber.isEmpty() ? view->caseNumber() : caseNumber, drafts);
}

NoteDraftKeeper* NoteDraftKeeper::of(NoteComposer* composer)
{
    return composer ? composer->findChild<NoteDraftKeeper*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

NoteDraftKeeper::NoteDraftKeeper(NoteComposer* composer, const QString& caseNumber, DraftStore* drafts)
    : QObject(composer)
    , m_composer(composer)
    , m_drafts(drafts)
    , m_autosave(new DraftAutosave(drafts, this))
    , m_caseNumber(caseNumber)
{
    setObjectName(u"noteDraftKeeper"_s);
    connect(composer, &NoteComposer::textEdited, this, &NoteDraftKeeper::snapshot);
    connect(composer->attachments(), &AttachmentListWidget::changed, this, &NoteDraftKeeper::snapshot);
    if (auto* visibility = composer->findChild<QComboBox*>(u"noteVisibilityCombo"_s))
        connect(visibility, &QComboBox::currentIndexChanged, this, &NoteDraftKeeper::snapshot);
    if (drafts->isLoaded())
        restoreLatest();
    else
        connect(drafts, &DraftStore::draftsChanged, this, &NoteDraftKeeper::restoreLatest);
}

void NoteDraftKeeper::setCaseNumber(const QString& caseNumber)
{
    if (caseNumber == m_caseNumber)
        return;
    m_caseNumber = caseNumber;
    m_restored = false;
    restoreLatest();
    snapshot(); // what is written so far now belongs to the case's number
}

QString NoteDraftKeeper::draftId() const
{
    return m_autosave->draftId();
}

void NoteDraftKeeper::restoreLatest()
{
    if (m_restored || !m_drafts || !m_drafts->isLoaded() || !m_composer)
        return;
    m_restored = true;
    disconnect(m_drafts, &DraftStore::draftsChanged, this, &NoteDraftKeeper::restoreLatest);
    if (!m_composer->text().trimmed().isEmpty() || m_composer->attachments()->count() > 0)
        return; // the user is already writing: never overwrite that
    if (const std::optional<Draft> latest = m_drafts->latestNoteFor(m_caseNumber))
        show(*latest);
}

bool NoteDraftKeeper::load(const QString& draftId)
{
    const std::optional<Draft> draft = m_drafts ? m_drafts->find(draftId) : std::nullopt;
    if (!draft || !draft->note || !m_composer)
        return false;
    if (draftId == m_autosave->draftId())
        return true;
    m_autosave->flush(); // the text in the composer now stays a draft of its own
    m_restored = true;
    show(*draft);
    return true;
}

void NoteDraftKeeper::show(const Draft& draft)
{
    m_autosave->bindTo(draft); // bound first: the edits below save into the same draft
    const NoteDraft& note = *draft.note;
    m_composer->attachments()->clear();
    m_composer->setText(note.text);
    if (note.visibility)
        m_composer->setVisibility(*note.visibility);
    for (const DraftAttachment& file : note.attachments)
        m_composer->attachments()->uploader()->addFile(file.localPath, file.name); // uploaded anew: ids expire
    m_composer->setError(draft.errorMessage.value_or(QString()));
}

NoteDraft NoteDraftKeeper::current() const
{
    NoteDraft note;
    note.caseNumber = m_caseNumber;
    if (!m_composer)
        return note;
    note.text = m_composer->text();
    note.visibility = m_composer->visibility();
    note.attachments = files();
    return note;
}

QList<DraftAttachment> NoteDraftKeeper::files() const
{
    QList<DraftAttachment> list;
    if (!m_composer)
        return list;
    for (const AttachmentListModel::Item& item : m_composer->attachments()->uploader()->model()->items()) {
        if (item.state == AttachmentListModel::State::Cancelled)
            continue;
        DraftAttachment file;
        file.localPath = item.stashPath.isEmpty() ? item.sourcePath : item.stashPath;
        const bool uploaded = item.state == AttachmentListModel::State::Uploaded && !item.attachmentId.isEmpty();
        file.name = uploaded && !item.attachmentName.isEmpty() ? item.attachmentName : item.name;
        if (uploaded)
            file.attachmentId = item.attachmentId;
        list.append(file);
    }
    return list;
}

void NoteDraftKeeper::snapshot()
{
    m_autosave->changed(Draft::forNote(current()));
}

QString NoteDraftKeeper::beginSubmit()
{
    snapshot();
    return m_autosave->beginSubmit();
}

void NoteDraftKeeper::finishSubmit(bool accepted, const QString& draftId)
{
    if (accepted) {
        m_autosave->resume();
        return;
    }
    Draft back = Draft::forNote(current(), draftId.isEmpty() ? m_autosave->draftId() : draftId);
    if (m_drafts) {
        if (const std::optional<Draft> stored = m_drafts->find(back.id))
            back.createdMs = stored->createdMs;
    }
    m_autosave->resumeWith(back);
}

} // namespace CaseDesk

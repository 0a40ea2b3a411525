#pragma once

#include "models/offline/Draft.h"

#include <QObject>
#include <QPointer>

namespace CaseDesk
{

class CaseDetailView;
class DraftAutosave;
class DraftStore;
class NoteComposer;

/*
 * Keeps one case's note composer as a draft: saves text, visibility and attached files as the user types
 * (DraftAutosave), puts the latest note draft of the case back when the case is opened again, and takes part
 * in sending so the text is never both a draft and an outbox item.
 *
 *     NoteDraftKeeper::attach(caseView, offline->drafts(), key);  // once per case view
 *     ...
 *     NoteDraftKeeper* keeper = NoteDraftKeeper::of(composer);   // the controller, when Send is pressed
 *     const QString draftId = keeper ? keeper->beginSubmit() : QString();
 *     ...                                                         // outcome known:
 *     keeper->finishSubmit(sentOrQueued, draftId);
 *
 * A child of the composer; it saves what it last saw when the composer goes away.
 */
class NoteDraftKeeper : public QObject
{
    Q_OBJECT

public:
    // Attaches a keeper to the view's composer unless it has one; returns it. `caseNumber` defaults to the
    // number the view was opened with; a case opened by order number gets its case number through
    // setCaseNumber() once known.
    static NoteDraftKeeper* attach(CaseDetailView* view, DraftStore* drafts, const QString& caseNumber = {});
    static NoteDraftKeeper* of(NoteComposer* composer);

    NoteDraftKeeper(NoteComposer* composer, const QString& caseNumber, DraftStore* drafts);

    QString caseNumber() const { return m_caseNumber; }
    void setCaseNumber(const QString& caseNumber);
    QString draftId() const;
    // Loads a particular draft into the composer (the Drafts list's Reopen); the current text is saved first.
    bool load(const QString& draftId);
    // The files as a draft keeps them (stashed copies), for the outbox.
    QList<DraftAttachment> files() const;

    QString beginSubmit();
    // `accepted`: sent or safely queued (the composer is cleared); otherwise it went back to `draftId`.
    void finishSubmit(bool accepted, const QString& draftId);

private:
    void restoreLatest();
    void show(const Draft& draft);
    void snapshot();
    NoteDraft current() const;

    QPointer<NoteComposer> m_composer;
    QPointer<DraftStore> m_drafts;
    DraftAutosave* m_autosave;
    QString m_caseNumber;
    bool m_restored = false;
};

} // namespace CaseDesk

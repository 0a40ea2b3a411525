#pragma once

#include "models/presentation/CaseFacts.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;

namespace CaseDesk
{

class AttachmentService;
class CancelCaseDialog;
class CaseAttachmentsPanel;
class CaseHeaderWidget;
class CaseOverviewWidget;
class FileDropFilter;
class NoteComposer;
class NotesPane;
class NotesThreadWidget;
class StatusTimelineWidget;

/*
 * One open case: header, overview of every field, status timeline, notes with the composer, and the
 * case's actions (refresh, cancel, new case like this). It shows what it is given (CaseFacts) and says what
 * the user asked for through signals; the controller that owns it talks to the repository.
 */
class CaseDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailView(const QString& caseNumber, QWidget* parent = nullptr);

    QString caseNumber() const { return m_caseNumber; }
    void setFacts(const CaseFacts& facts);
    bool hasFacts() const { return m_hasFacts; }
    void setLoading(bool loading);
    void setFreshness(const QString& fetchedAge, bool offline);
    // A message above the tabs (an error, or why something cannot be done); empty hides it.
    void setMessage(const QString& message);
    QString message() const;

    NoteComposer* composer() const { return m_composer; }
    // The Notes tab: the thread over the composer.
    NotesPane* notesPane() const { return m_notesPane; }
    CaseAttachmentsPanel* attachmentsPanel() const { return m_attachmentsPanel; }
    // Uploads (composer) and downloads (Attachments tab) go through `service`; not owned.
    void setAttachmentService(AttachmentService* service);
    // Files dropped anywhere on the view start a note with them: Notes tab, composer, uploads begin.
    void startNoteWith(const QStringList& paths);
    // Opened from a list search: marks the note that matched (`bestNote`, else notes holding the filter's
    // words) and, once the notes are in, shows the Notes tab at the first one.
    void highlightSearch(const QString& bestNote, const QString& filterText);
    NotesThreadWidget* notesThread() const { return m_notes; }
    bool isDropActive() const;
    QAction* refreshAction() const { return m_refresh; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* newLikeThisAction() const { return m_newLikeThis; }
    QAction* writeNoteAction() const { return m_writeNote; }
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* printAction() const { return m_print; }
    QAction* exportEvidencePackAction() const { return m_exportPack; }
    // Copy link: casedesk://case/NUMBER?environment=KEY on the clipboard, for chat and e-mail.
    QAction* copyLinkAction() const { return m_copyLink; }
    // The environment the link names (the session's key).
    void setLinkEnvironment(const QString& key) { m_linkEnvironment = key; }
    QString link() const;
    // The cancel dialog while it is open (tests drive it).
    CancelCaseDialog* cancelDialog() const;

signals:
    void refreshRequested();
    void noteSubmitted(const QString& text, const QString& visibility);
    void cancelConfirmed(const QString& reason);
    void newCaseLikeThisRequested();
    void exportPdfRequested();
    void printRequested();
    void exportEvidencePackRequested();
    // A note's attachment was clicked; the Attachments tab has already begun opening it.
    void attachmentActivated(const AttachmentRef& attachment);
    // A case number in a note was clicked: that case should open.
    void caseLinkActivated(const QString& caseNumber);

private:
    void askCancelReason();

    QString m_caseNumber;
    bool m_hasFacts = false;
    CaseHeaderWidget* m_header;
    QLabel* m_message;
    QTabWidget* m_tabs;
    CaseOverviewWidget* m_overview;
    StatusTimelineWidget* m_timeline;
    NotesThreadWidget* m_notes;
    NoteComposer* m_composer;
    NotesPane* m_notesPane;
    CaseAttachmentsPanel* m_attachmentsPanel;
    FileDropFilter* m_drops;
    QAction* m_refresh;
    QAction* m_cancel;
    QAction* m_newLikeThis;
    QAction* m_writeNote;
    QAction* m_exportPdf;
    QAction* m_print;
    QAction* m_exportPack;
    QAction* m_copyLink;
    QString m_linkNumber; // the case number once the case is read (the view may be opened by order number)
    QString m_linkEnvironment;
    QPointer<CancelCaseDialog> m_cancelDialog;
    QString m_pendingCancelReason; // kept if the dialog is closed after a failed cancel
    bool m_showMatch = false;      // a search match waits to be shown when the notes arrive
};

} // namespace CaseDesk

#include "ui/casedetail/CaseDetailView.h"

#include "models/core/OutsideText.h"
#include "models/desktop/CaseLink.h"
#include "ui/attachments/CaseAttachmentsPanel.h"
#include "ui/attachments/FileDropFilter.h"
#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseHeaderWidget.h"
#include "ui/casedetail/CaseOverviewWidget.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NotesPane.h"
#include "ui/casedetail/NotesThreadWidget.h"
#include "ui/casedetail/StatusTimelineWidget.h"
#include "ui/widgets/ContextShortcuts.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace CaseDesk
{

CaseDetailView::CaseDetailView(const QString& caseNumber, QWidget* parent)
    : QWidget(parent)
    , m_caseNumber(caseNumber)
    , m_header(new CaseHeaderWidget(this))
    , m_message(PlainText::label(QString(), this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new CaseOverviewWidget(this))
    , m_timeline(new StatusTimelineWidget(this))
    , m_notes(new NotesThreadWidget(this))
    , m_composer(new NoteComposer(this))
    , m_attachmentsPanel(new CaseAttachmentsPanel(this))
    , m_drops(new FileDropFilter(this, tr("Drop files to attach them to a new note")))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_cancel(new QAction(tr("&Cancel case…"), this))
    , m_newLikeThis(new QAction(tr("New case &like this…"), this))
    , m_writeNote(new QAction(tr("&Write a note"), this))
    , m_exportPdf(new QAction(tr("Export as P&DF…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_exportPack(new QAction(tr("Export &evidence pack…"), this))
    , m_copyLink(new QAction(tr("Copy lin&k"), this))
{
    setObjectName(QStringLiteral("caseDetailView"));
    setAccessibleName(tr("Case %1").arg(caseNumber));
    m_refresh->setObjectName(QStringLiteral("refreshCaseAction"));
    m_refresh->setShortcuts(ContextShortcuts::refreshCase());
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel->setObjectName(QStringLiteral("cancelCaseAction"));
    m_cancel->setEnabled(false);
    m_newLikeThis->setObjectName(QStringLiteral("newCaseLikeThisAction"));
    m_newLikeThis->setShortcut(ContextShortcuts::newCaseLikeThis());
    m_newLikeThis->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newLikeThis->setEnabled(false); // until the case is read: there is nothing to copy yet
    m_writeNote->setObjectName(QStringLiteral("writeNoteAction"));
    m_writeNote->setShortcut(ContextShortcuts::writeNote());
    m_writeNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdf->setStatusTip(tr("Save this case with its history, notes and attachment list as a PDF"));
    m_print->setObjectName(QStringLiteral("printCaseAction"));
    m_print->setShortcut(ContextShortcuts::printCase());
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportPack->setObjectName(QStringLiteral("exportEvidencePackAction"));
    m_exportPack->setStatusTip(
        tr("Save one zip with the PDF, every attachment, the server's answer and a manifest of hashes"));
    m_copyLink->setObjectName(QStringLiteral("copyCaseLinkAction"));
    m_copyLink->setStatusTip(tr("Put a casedesk:// link to this case on the clipboard, to paste into chat or e-mail"));
    for (QAction* action : {m_exportPdf, m_print, m_exportPack, m_copyLink})
        action->setEnabled(false); // until the case is read: there is nothing to export yet
    for (QAction* action :
         {m_refresh, m_cancel, m_newLikeThis, m_writeNote, m_exportPdf, m_print, m_exportPack, m_copyLink})
        addAction(action);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("caseToolbar"));
    toolbar->setAccessibleName(tr("Case actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_writeNote);
    toolbar->addAction(m_newLikeThis);
    toolbar->addAction(m_copyLink);
    toolbar->addSeparator();
    toolbar->addAction(m_cancel);

    m_message->setObjectName(QStringLiteral("caseMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::setStyle(m_message, [](const ThemeColors& colors) {
        return colors.bannerStyle(colors.problemBanner(), QStringLiteral("QLabel"), QStringLiteral("padding: 6px;"));
    });
    m_message->setVisible(false);

    m_notesPane = new NotesPane(m_notes, m_composer, this);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_timeline, tr("&History"));
    m_tabs->addTab(m_notesPane, tr("&Notes"));
    m_tabs->addTab(m_attachmentsPanel, tr("&Attachments"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QAction::triggered, this, &CaseDetailView::refreshRequested);
    connect(m_newLikeThis, &QAction::triggered, this, &CaseDetailView::newCaseLikeThisRequested);
    connect(m_exportPdf, &QAction::triggered, this, &CaseDetailView::exportPdfRequested);
    connect(m_print, &QAction::triggered, this, &CaseDetailView::printRequested);
    connect(m_exportPack, &QAction::triggered, this, &CaseDetailView::exportEvidencePackRequested);
    connect(m_cancel, &QAction::triggered, this, &CaseDetailView::askCancelReason);
    connect(m_copyLink, &QAction::triggered, this, [this] {
        if (!link().isEmpty())
            QGuiApplication::clipboard()->setText(link());
    });
    connect(m_writeNote, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(2);
        m_composer->setFocus();
        m_composer->findChild<QWidget*>(QStringLiteral("noteTextEdit"))->setFocus();
    });
    connect(m_composer, &NoteComposer::submitted, this, &CaseDetailView::noteSubmitted);
    connect(m_notes, &NotesThreadWidget::attachmentActivated, this, [this](const AttachmentRef& attachment) {
        m_attachmentsPanel->open(attachment);
        emit attachmentActivated(attachment);
    });
    connect(m_notes, &NotesThreadWidget::caseLinkActivated, this, &CaseDetailView::caseLinkActivated);
    connect(m_drops, &FileDropFilter::filesDropped, this, &CaseDetailView::startNoteWith);
    m_header->setLoading(true);
}

QString CaseDetailView::link() const
{
    if (m_linkNumber.isEmpty())
        return {};
    return CaseLink{m_linkNumber, m_linkEnvironment}.toString();
}

void CaseDetailView::setFacts(const CaseFacts& facts)
{
    m_hasFacts = true;
    m_newLikeThis->setEnabled(true);
    m_linkNumber = CaseLink::checkCaseNumber(facts.number).isEmpty() ? facts.number : QString();
    m_copyLink->setEnabled(!m_linkNumber.isEmpty());
    for (QAction* action : {m_exportPdf, m_print, m_exportPack})
        action->setEnabled(true);
    m_header->setFacts(facts);
    m_overview->setFacts(facts);
    m_timeline->setSteps(facts.timeline);
    m_notes->setNotes(facts.notes);
    m_tabs->setTabText(2, tr("&Notes (%1)").arg(facts.notes.size()));
    if (m_showMatch && m_notes->highlightedCount() > 0) {
        m_showMatch = false;
        m_tabs->setCurrentIndex(2);
        m_notes->showFirstHighlight();
    }
    m_attachmentsPanel->setFacts(facts);
    m_tabs->setTabText(3, tr("&Attachments (%1)").arg(m_attachmentsPanel->count()));
    m_drops->setEnabled(facts.noteBlockedReason.isEmpty());
    m_cancel->setEnabled(facts.cancelBlockedReason.isEmpty());
    // The reason names the case's status as the server sent it.
    const QString cancelTip =
        facts.cancelBlockedReason.isEmpty() ? tr("Cancel this case with a reason") : facts.cancelBlockedReason;
    m_cancel->setToolTip(OutsideText::toolTip(cancelTip));
    m_cancel->setStatusTip(OutsideText::name(cancelTip));
    m_composer->setBlockedReason(facts.noteBlockedReason);
    m_writeNote->setEnabled(facts.noteBlockedReason.isEmpty());
}

void CaseDetailView::setAttachmentService(AttachmentService* service)
{
    m_composer->setAttachmentService(service);
    m_attachmentsPanel->setService(service);
}

void CaseDetailView::highlightSearch(const QString& bestNote, const QString& filterText)
{
    QStringList words;
    for (const QString& word : filterText.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 2)
            words.append(word);
    }
    m_showMatch = m_notes->setHighlight(bestNote, words) == 0 && !m_hasFacts;
    if (m_notes->highlightedCount() > 0) {
        m_tabs->setCurrentIndex(2);
        m_notes->showFirstHighlight();
    }
}

void CaseDetailView::startNoteWith(const QStringList& paths)
{
    m_tabs->setCurrentIndex(2);
    m_composer->addAttachments(paths);
    m_composer->findChild<QWidget*>(QStringLiteral("noteTextEdit"))->setFocus();
}

bool CaseDetailView::isDropActive() const
{
    return m_drops->isActive();
}

void CaseDetailView::setLoading(bool loading)
{
    m_header->setLoading(loading);
    m_refresh->setEnabled(!loading);
}

void CaseDetailView::setFreshness(const QString& fetchedAge, bool offline)
{
    m_header->setFreshness(fetchedAge, offline);
}

void CaseDetailView::setMessage(const QString& message)
{
    PlainText::setText(m_message, message);
    m_message->setVisible(!message.isEmpty());
}

QString CaseDetailView::message() const
{
    return m_message->text();
}

CancelCaseDialog* CaseDetailView::cancelDialog() const
{
    return m_cancelDialog;
}

void CaseDetailView::askCancelReason()
{
    if (m_cancelDialog && m_cancelDialog->isVisible()) {
        m_cancelDialog->raise();
        return;
    }
    m_cancelDialog = new CancelCaseDialog(m_caseNumber, this);
    m_cancelDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelDialog->setReason(m_pendingCancelReason);
    connect(m_cancelDialog, &QDialog::accepted, this, [this] {
        m_pendingCancelReason = m_cancelDialog->reason();
        emit cancelConfirmed(m_pendingCancelReason);
    });
    m_cancelDialog->open();
}

} // namespace CaseDesk

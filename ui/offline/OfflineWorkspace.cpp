#include "ui/offline/OfflineWorkspace.h"

#include "models/offline/ConnectivityMonitor.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "ui/casedetail/CaseDetailController.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteDraftKeeper.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/offline/CaseDraftKeeper.h"
#include "ui/offline/ConnectivityBanner.h"
#include "ui/offline/DraftsView.h"
#include "ui/offline/OutboxView.h"
#include "ui/widgets/ActionIcons.h"
#include "ui/wizard/NewCaseWizard.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

OfflineWorkspace::OfflineWorkspace(const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_banner(new ConnectivityBanner)
    , m_draftsView(new DraftsView(parts.offline->drafts()))
    , m_outboxView(new OutboxView(parts.offline->outbox(), parts.offline->sender()))
{
    OfflineServices* offline = parts.offline;
    m_draftsDock = makeDock(u"draftsDock"_s, m_draftsView);
    m_outboxDock = makeDock(u"outboxDock"_s, m_outboxView);

    m_showDrafts = new QAction(tr("&Drafts"), parts.window);
    m_showDrafts->setObjectName(u"showDraftsAction"_s);
    m_showDrafts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showOutbox = new QAction(tr("&Outbox"), parts.window);
    m_showOutbox->setObjectName(u"showOutboxAction"_s);
    m_showOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    parts.window->addAction(m_showDrafts);
    parts.window->addAction(m_showOutbox);
    if (parts.viewMenu) {
        m_separator = parts.viewMenu->addSeparator();
        parts.viewMenu->addAction(m_showDrafts);
        parts.viewMenu->addAction(m_showOutbox);
    }
    m_showDrafts->setIcon(ActionIcons::icon(ActionIcons::Drafts));
    m_showDrafts->setToolTip(
        tr("Show the drafts (%1)").arg(m_showDrafts->shortcut().toString(QKeySequence::NativeText)));
    m_showOutbox->setIcon(ActionIcons::icon(ActionIcons::Outbox));
    m_showOutbox->setToolTip(
        tr("Show the outbox (%1)").arg(m_showOutbox->shortcut().toString(QKeySequence::NativeText)));
    if (parts.toolBar) {
        m_toolBarSeparator = parts.toolBar->addSeparator();
        parts.toolBar->addAction(m_showDrafts);
        parts.toolBar->addAction(m_showOutbox);
    }
    connect(m_showDrafts, &QAction::triggered, this, &OfflineWorkspace::showDrafts);
    connect(m_showOutbox, &QAction::triggered, this, &OfflineWorkspace::showOutbox);

    m_status = new QToolButton;
    m_status->setObjectName(u"outboxStatusButton"_s);
    m_status->setAutoRaise(true);
    m_status->setToolTip(tr("Show the outbox (Ctrl+Shift+O)"));
    parts.window->statusBar()->addPermanentWidget(m_status);
    connect(m_status, &QToolButton::clicked, this, &OfflineWorkspace::showOutbox);

    connect(m_banner, &ConnectivityBanner::retryRequested, this, [this, offline] {
        m_banner->setRetrying(true);
        offline->sender()->retryAll();
    });
    connect(m_banner, &ConnectivityBanner::showOutboxRequested, this, &OfflineWorkspace::showOutbox);
    connect(offline->monitor(), &ConnectivityMonitor::onlineChanged, this, &OfflineWorkspace::updateState);
    connect(offline->monitor(), &ConnectivityMonitor::probeFinished, this, [this] {
        m_banner->setRetrying(false);
        updateState();
    });
    connect(offline->outbox(), &Outbox::itemsChanged, this, &OfflineWorkspace::updateState);
    connect(offline->drafts(), &DraftStore::draftsChanged, this, &OfflineWorkspace::updateState);

    connect(m_draftsView, &DraftsView::reopenRequested, this, &OfflineWorkspace::reopenDraft);
    connect(m_outboxView, &OutboxView::draftReopenRequested, this, &OfflineWorkspace::reopenDraft);
    connect(m_outboxView, &OutboxView::caseOpenRequested, this, [this](const QString& caseNumber) {
        if (m_parts.tabs)
            m_parts.tabs->openCase(caseNumber);
    });
    connect(offline->sender(), &OutboxSender::delivered, this,
            [this](const OutboxItem& item) { emit statusMessage(tr("Sent from the outbox: %1").arg(item.summary())); });
    connect(offline->sender(), &OutboxSender::returnedToDraft, this,
            [this](const QString&, const QString& draftId, const QString& message) {
                // Nothing is dropped silently: the refusal is said, and the draft is shown with it.
                emit statusMessage(tr("Back in Drafts: %1").arg(message));
                showDrafts();
                m_draftsView->selectDraft(draftId);
            });
    connect(offline->sender(), &OutboxSender::itemFailed, this, [this](const OutboxItem& item) {
        emit statusMessage(tr("Not sent: %1. %2").arg(item.summary(), item.reason.value_or(QString())));
    });
    connect(offline->drafts(), &DraftStore::saveFailed, this, [this](const QString&, const QString& error) {
        emit statusMessage(tr("A draft could not be saved: %1").arg(error));
    });
    connect(offline->outbox(), &Outbox::storeFailed, this, [this](const QString& error) {
        // What the user wrote stays where it is (draft, composer or outbox); the store must be fixed.
        emit statusMessage(tr("The outbox could not be written to the local store: %1. Nothing was sent; check that "
                              "the disk has room, then try again.")
                               .arg(error));
    });

    if (parts.tabs) {
        connect(parts.tabs, &CaseTabs::currentCaseChanged, this, &OfflineWorkspace::keepNotesOf);
        for (CaseDetailView* view : parts.tabs->openCases())
            keepNotesOf(view);
    }
    updateState();
}

OfflineWorkspace::~OfflineWorkspace()
{
    // The window outlives the session: take out what was put in. Open wizards save their drafts as they go.
    for (const QPointer<NewCaseWizard>& wizard : std::as_const(m_wizards))
        delete wizard.data();
    delete m_draftsDock;
    delete m_outboxDock;
    delete m_status;
    delete m_separator;
    delete m_toolBarSeparator;
    delete m_showDrafts;
    delete m_showOutbox;
    delete m_banner;
}

QDockWidget* OfflineWorkspace::makeDock(const QString& objectName, QWidget* content)
{
    auto* dock = new QDockWidget(m_parts.window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea | Qt::LeftDockWidgetArea);
    m_parts.window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    return dock;
}

void OfflineWorkspace::placeBeside(QDockWidget* dock, QDockWidget* other)
{
    // Tabified only once both are open: docks tabified while hidden leave an off-screen tab bar that
    // still takes keyboard focus.
    if (other->isVisible() && m_parts.window->tabifiedDockWidgets(dock).isEmpty())
        m_parts.window->tabifyDockWidget(other, dock);
    else if (!dock->isVisible())
        m_parts.window->resizeDocks({dock}, {520}, Qt::Horizontal);
}

void OfflineWorkspace::showDrafts()
{
    if (!m_draftsDock->isVisible())
        placeBeside(m_draftsDock, m_outboxDock);
    m_draftsDock->show();
    m_draftsDock->raise();
    m_draftsView->table()->setFocus();
}

void OfflineWorkspace::showOutbox()
{
    if (!m_outboxDock->isVisible())
        placeBeside(m_outboxDock, m_draftsDock);
    m_outboxDock->show();
    m_outboxDock->raise();
    m_outboxView->table()->setFocus();
}

void OfflineWorkspace::keepNotesOf(CaseDetailView* view)
{
    if (!view || NoteDraftKeeper::of(view->composer()))
        return;
    auto* controller = view->findChild<CaseDetailController*>();
    NoteDraftKeeper* keeper =
        NoteDraftKeeper::attach(view, m_parts.offline->drafts(), controller ? controller->key() : QString());
    if (controller) {
        // A case opened by its order number learns its case number later; its notes are filed under that.
        connect(controller, &CaseDetailController::keyChanged, keeper,
                [keeper](const QString&, const QString& key) { keeper->setCaseNumber(key); });
    }
}

void OfflineWorkspace::reopenDraft(const QString& draftId)
{
    const std::optional<Draft> draft = m_parts.offline->drafts()->find(draftId);
    if (!draft)
        return;
    if (draft->kind == Draft::Kind::Case)
        return newCase(draft);
    if (!draft->note || !m_parts.tabs)
        return;
    CaseDetailView* view = m_parts.tabs->openCase(draft->note->caseNumber);
    if (!view)
        return;
    keepNotesOf(view);
    if (NoteDraftKeeper* keeper = NoteDraftKeeper::of(view->composer()))
        keeper->load(draftId);
    view->writeNoteAction()->trigger(); // the Notes tab, the cursor in the text
}

void OfflineWorkspace::newCase(const std::optional<Draft>& draft)
{
    openWizard(draft);
}

void OfflineWorkspace::newCaseLike(const Case& source)
{
    // Prefilled after the draft keeper is attached, so the copied values are a draft from the start.
    if (NewCaseWizard* wizard = openWizard(std::nullopt))
        wizard->prefillFrom(source);
}

NewCaseWizard* OfflineWorkspace::openWizard(const std::optional<Draft>& draft)
{
    if (draft) {
        // Already open in a wizard: bring that one forward instead of a second copy of the same draft.
        for (auto* open : m_parts.window->findChildren<NewCaseWizard*>()) {
            auto* keeper = open->findChild<CaseDraftKeeper*>();
            if (keeper && keeper->draftId() == draft->id && open->isVisible()) {
                open->raise();
                open->activateWindow();
                return nullptr;
            }
        }
    }
    auto* keeper = new CaseDraftKeeper(m_parts.offline);
    auto* wizard = new NewCaseWizard({m_parts.catalogue, keeper->submitFunction(), m_parts.attachments, QLocale()},
                                     m_parts.window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    keeper->attach(wizard, draft);
    m_wizards.removeAll(nullptr);
    m_wizards.append(wizard);
    connect(keeper, &CaseDraftKeeper::queued, this, &OfflineWorkspace::statusMessage);
    connect(keeper, &CaseDraftKeeper::draftKept, this,
            [this] { emit statusMessage(tr("Your case is kept in Drafts (Ctrl+Shift+D).")); });
    connect(wizard, &NewCaseWizard::caseCreated, this, [this](const CreateCaseResponse& response) {
        emit statusMessage(tr("Case %1 created.").arg(response.id));
        if (m_parts.tabs)
            m_parts.tabs->openCase(response.id);
    });
    wizard->show();
    return wizard;
}

void OfflineWorkspace::updateState()
{
    OfflineServices* offline = m_parts.offline;
    const bool online = offline->monitor()->isOnline();
    const int pending = offline->outbox()->pendingCount();
    const int failed = offline->outbox()->failedCount();
    const int drafts = offline->drafts()->count();
    m_banner->setState(online, offline->monitor()->reason(), pending, failed);
    m_draftsDock->setWindowTitle(drafts > 0 ? tr("Drafts (%1)").arg(QLocale().toString(drafts)) : tr("Drafts"));
    m_outboxDock->setWindowTitle(pending > 0 ? tr("Outbox (%1)").arg(QLocale().toString(pending)) : tr("Outbox"));
    m_showDrafts->setText(drafts > 0 ? tr("&Drafts (%1)").arg(QLocale().toString(drafts)) : tr("&Drafts"));
    m_showOutbox->setText(pending > 0 ? tr("&Outbox (%1)").arg(QLocale().toString(pending)) : tr("&Outbox"));
    // The toolbar's buttons carry the counts too, without the menus' mnemonics.
    m_showDrafts->setIconText(drafts > 0 ? tr("Drafts (%1)").arg(QLocale().toString(drafts)) : tr("Drafts"));
    m_showOutbox->setIconText(pending > 0 ? tr("Outbox (%1)").arg(QLocale().toString(pending)) : tr("Outbox"));
    QString status; // the connection itself is said beside it; this is about the user's work
    if (failed > 0)
        status = tr("Outbox: %1 need you").arg(QLocale().toString(failed));
    else if (pending > 0)
        status = tr("Outbox: %1 waiting").arg(QLocale().toString(pending));
    m_status->setText(status);
    m_status->setAccessibleName(status.isEmpty() ? tr("Outbox empty") : status);
    m_status->setVisible(!status.isEmpty());
}

} // namespace CaseDesk

#pragma once

#include "models/domain/Case.h"
#include "models/offline/Draft.h"

#include <QAction>
#include <QDockWidget>
#include <QObject>
#include <QPointer>
#include <QToolButton>

class QMainWindow;
class QMenu;
class QToolBar;

namespace CaseDesk
{

class AttachmentService;
class CaseDetailView;
class CaseTabs;
class NewCaseWizard;
class CodeCatalogue;
class ConnectivityBanner;
class DraftsView;
class OfflineServices;
class NewCaseWizard;
class OutboxView;

/*
 * The offline parts of one environment's window, in one place: the connectivity banner, the Drafts and
 * Outbox docks (View ▸ Drafts, Ctrl+Shift+D; View ▸ Outbox, Ctrl+Shift+O; their titles carry counts), the
 * outbox state in the status bar, autosave of every case's note composer, and the create-case wizard, which
 * it opens new or from a draft and sends through the outbox.
 *
 *     auto* workspace = new OfflineWorkspace(
 *         {offline, window, window->viewMenu(), window->toolBar(), tabs, catalogue, attachments}, session);
 *     window->setBanner(workspace->banner());
 *     connect(window->action(MainWindow::Action::NewCase), &QAction::triggered, workspace,
 *             [workspace] { workspace->newCase(); });
 *
 * Made per session; destroying it takes its docks, actions (menu and toolbar) and status widget out of the window and
 * closes the wizards it opened (their drafts saved), so delete it while the OfflineServices still live.
 */
class OfflineWorkspace : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        OfflineServices* offline = nullptr;
        QMainWindow* window = nullptr;
        QMenu* viewMenu = nullptr;
        QToolBar* toolBar = nullptr; // may be null: Drafts and Outbox then stay in the menu
        CaseTabs* tabs = nullptr;
        CodeCatalogue* catalogue = nullptr;
        AttachmentService* attachments = nullptr; // may be null: files then wait in their lists
    };

    explicit OfflineWorkspace(const Parts& parts, QObject* parent = nullptr);
    ~OfflineWorkspace() override;

    ConnectivityBanner* banner() const { return m_banner; }
    DraftsView* draftsView() const { return m_draftsView; }
    OutboxView* outboxView() const { return m_outboxView; }
    QAction* showDraftsAction() const { return m_showDrafts; }
    QAction* showOutboxAction() const { return m_showOutbox; }
    QToolButton* statusButton() const { return m_status; }

public slots:
    // Opens the wizard: empty, or with `draft` put back on its step (its errors beside their fields).
    void newCase(const std::optional<Draft>& draft = std::nullopt);
    // A new case with the code, cage and contacts of an existing one.
    void newCaseLike(const Case& source);
    // Opens a draft where it was written: the wizard, or the case with the note in its composer.
    void reopenDraft(const QString& draftId);
    void showDrafts();
    void showOutbox();

signals:
    void statusMessage(const QString& message);

private:
    NewCaseWizard* openWizard(const std::optional<Draft>& draft);
    void placeBeside(QDockWidget* dock, QDockWidget* other);
    QDockWidget* makeDock(const QString& objectName, QWidget* content);
    void keepNotesOf(CaseDetailView* view);
    void updateState();

    Parts m_parts;
    ConnectivityBanner* m_banner;
    DraftsView* m_draftsView;
    OutboxView* m_outboxView;
    QPointer<QDockWidget> m_draftsDock;
    QPointer<QDockWidget> m_outboxDock;
    QPointer<QToolButton> m_status;
    QPointer<QAction> m_separator;
    QPointer<QAction> m_showDrafts;
    QPointer<QAction> m_showOutbox;
    QPointer<QAction> m_toolBarSeparator;
    QList<QPointer<NewCaseWizard>> m_wizards;
};

} // namespace CaseDesk

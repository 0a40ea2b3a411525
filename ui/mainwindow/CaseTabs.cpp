#include "ui/mainwindow/CaseTabs.h"

#include "models/attachments/AttachmentService.h"
#include "models/core/OutsideText.h"
#include "models/settings/ViewState.h"
#include "models/store/CaseSummary.h"
#include "models/templates/NoteTemplates.h"
#include "models/templates/TemplateExpansion.h"
#include "ui/casedetail/CancelCaseDialog.h"
#include "ui/casedetail/CaseDetailController.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NotesPane.h"
#include "ui/caselist/CaseSelectionActions.h"
#include "ui/widgets/PlainText.h"

#include <QMenu>
#include <QTabBar>
#include <QTabWidget>

namespace CaseDesk
{

CaseTabs::CaseTabs(QTabWidget* tabs, CaseRepository* repository, CaseActions* actions, LabelProvider labels,
                   QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_repository(repository)
    , m_actions(actions)
    , m_labels(std::move(labels))
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        emit currentCaseChanged(currentCase());
        emit openCasesChanged();
    });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &CaseTabs::openCasesChanged);
}

void CaseTabs::setSelectionActions(CaseSelectionActions* actions)
{
    m_selectionActions = actions;
    QTabBar* bar = m_tabs->tabBar();
    bar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(bar, &QTabBar::customContextMenuRequested, this,
            [this, bar](const QPoint& position) { showTabMenu(bar->tabAt(position), bar->mapToGlobal(position)); });
    CaseSelectionActions::installMenuKeys(bar, [this, bar] {
        const int index = bar->currentIndex();
        showTabMenu(index, bar->mapToGlobal(bar->tabRect(index).bottomLeft()));
    });
}

void CaseTabs::showTabMenu(int index, const QPoint& globalPosition)
{
    auto* view = qobject_cast<CaseDetailView*>(m_tabs->widget(index));
    auto* controller = view ? view->findChild<CaseDetailController*>() : nullptr;
    if (!m_selectionActions || !controller)
        return; // the list's tab has its own menu on its rows
    QMenu* menu = m_selectionActions->menu({controller->key()}, {}, m_tabs);
    menu->popup(globalPosition);
}

void CaseTabs::setNoteTemplates(NoteTemplates* templates)
{
    m_templates = templates;
    for (CaseDetailView* view : openCases())
        offerTemplates(view);
}

void CaseTabs::offerTemplates(CaseDetailView* view)
{
    auto* controller = view->findChild<CaseDetailController*>();
    if (!controller)
        return;
    QPointer<NoteTemplates> templates = m_templates;
    view->composer()->setTemplates(m_templates, [controller, templates] {
        const QString me = templates ? templates->me() : QString();
        if (controller->answer())
            return TemplateExpansion::valuesFor(*controller->answer(), me);
        // Not read yet: only what the key says (an order number is not a case number).
        const QString key = controller->key();
        return TemplateExpansion::valuesFor(CaseSummary::isCaseNumber(key) ? key : QString(), me);
    });
}

void CaseTabs::setAttachmentService(AttachmentService* service)
{
    m_attachments = service;
}

void CaseTabs::setTimeDisplay(const TimeDisplay& display)
{
    m_time = display;
    for (CaseDetailView* view : openCases()) {
        if (auto* controller = view->findChild<CaseDetailController*>())
            controller->setTimeDisplay(display);
    }
}

void CaseTabs::setServerReachable(bool reachable)
{
    m_reachable = reachable;
    for (CaseDetailView* view : openCases()) {
        if (auto* controller = view->findChild<CaseDetailController*>())
            controller->setServerReachable(reachable);
    }
}

QList<CaseDetailView*> CaseTabs::openCases() const
{
    QList<CaseDetailView*> views;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* view = qobject_cast<CaseDetailView*>(m_tabs->widget(i)))
            views.append(view);
    }
    return views;
}

CaseDetailView* CaseTabs::viewFor(const QString& key) const
{
    for (CaseDetailView* view : openCases()) {
        auto* controller = view->findChild<CaseDetailController*>();
        if (view->caseNumber() == key || (controller && controller->key() == key))
            return view;
    }
    return nullptr;
}

CaseDetailView* CaseTabs::currentCase() const
{
    return qobject_cast<CaseDetailView*>(m_tabs->currentWidget());
}

CaseDetailView* CaseTabs::openCase(const QString& key)
{
    return open(key, true);
}

void CaseTabs::restoreCases(const QStringList& keys, const QString& current)
{
    QWidget* front = m_tabs->currentWidget();
    for (const QString& key : keys) {
        if (CaseDetailView* view = open(key, false); view && key == current)
            front = view;
    }
    m_tabs->setCurrentWidget(front);
}

QStringList CaseTabs::openKeys() const
{
    QStringList keys;
    for (CaseDetailView* view : openCases()) {
        if (auto* controller = view->findChild<CaseDetailController*>())
            keys.append(controller->key());
    }
    return keys;
}

QString CaseTabs::currentKey() const
{
    CaseDetailView* view = currentCase();
    auto* controller = view ? view->findChild<CaseDetailController*>() : nullptr;
    return controller ? controller->key() : QString();
}

CaseDetailView* CaseTabs::open(const QString& key, bool fetch)
{
    if (key.isEmpty())
        return nullptr;
    if (CaseDetailView* open = viewFor(key)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto* view = new CaseDetailView(key);
    view->setLinkEnvironment(m_environmentKey);
    if (m_attachments)
        view->setAttachmentService(m_attachments);
    auto* controller = new CaseDetailController(view, m_repository, m_actions, m_labels);
    controller->setTimeDisplay(m_time);
    controller->setServerReachable(m_reachable);
    // The key was typed or came from the server: a tab title reads "&" as a mnemonic, a tooltip guesses rich text.
    const int index = m_tabs->addTab(view, PlainText::mnemonicSafe(key));
    m_tabs->setTabToolTip(index, OutsideText::toolTip(tr("Case %1").arg(key)));
    connect(controller, &CaseDetailController::titleChanged, view, [this, view](const QString& number) {
        const int at = m_tabs->indexOf(view);
        if (at < 0 || number.isEmpty())
            return;
        m_tabs->setTabText(at, PlainText::mnemonicSafe(number));
        m_tabs->setTabToolTip(at, OutsideText::toolTip(tr("Case %1").arg(number)));
    });
    connect(view, &CaseDetailView::newCaseLikeThisRequested, this, [this, controller] {
        if (controller->answer())
            emit newCaseLikeRequested(*controller->answer());
    });
    connect(view, &CaseDetailView::exportPdfRequested, this,
            [this, controller] { emit exportPdfRequested(controller->key()); });
    connect(view, &CaseDetailView::printRequested, this,
            [this, controller] { emit printRequested(controller->key()); });
    connect(view, &CaseDetailView::exportEvidencePackRequested, this,
            [this, controller] { emit exportEvidencePackRequested(controller->key()); });
    connect(controller, &CaseDetailController::keyChanged, this, &CaseTabs::openCasesChanged);
    // Queued: while the view is being destroyed, its tab is still there.
    connect(view, &QObject::destroyed, this, &CaseTabs::openCasesChanged, Qt::QueuedConnection);
    // A case number in one of its notes opens that case beside it.
    connect(view, &CaseDetailView::caseLinkActivated, this, [this](const QString& number) { openCase(number); });
    offerTemplates(view);
    if (m_viewState) {
        view->notesPane()->restoreLayout(m_viewState->notesSplitter());
        connect(view->notesPane(), &NotesPane::layoutChanged, this,
                [this](const QByteArray& state) { m_viewState->setNotesSplitter(state); });
    }
    m_tabs->setCurrentWidget(view);
    controller->open(fetch);
    emit openCasesChanged();
    return view;
}

} // namespace CaseDesk

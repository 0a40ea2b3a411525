#include "ui/caselist/CaseSelectionActions.h"

#include "models/desktop/CaseLink.h"
#include "models/store/CaseRepository.h"
#include "ui/widgets/ContextShortcuts.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <algorithm>

namespace CaseDesk
{

CaseSelectionActions::CaseSelectionActions(CaseRepository* repository, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
{}

QMenu* CaseSelectionActions::menu(const QStringList& keys, const QStringList& viewKeys, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("caseSelectionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Actions on the selected cases"));
    auto add = [this, menu, &keys](const QString& text, const QString& name, auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(name);
        action->setEnabled(!keys.isEmpty());
        connect(action, &QAction::triggered, this, [this, keys, slot] { (this->*slot)(keys); });
        return action;
    };
    add(tr("&Open"), QStringLiteral("openCasesAction"), &CaseSelectionActions::open);
    add(tr("&Refresh"), QStringLiteral("refreshCasesAction"), &CaseSelectionActions::refresh);
    menu->addSeparator();
    add(tr("Mark &seen"), QStringLiteral("markSeenAction"), &CaseSelectionActions::markSeen);
    add(tr("Mark &unseen"), QStringLiteral("markUnseenAction"), &CaseSelectionActions::markUnseen);
    if (!viewKeys.isEmpty()) {
        QAction* all = menu->addAction(tr("Mark &all in this view seen"));
        all->setObjectName(QStringLiteral("markViewSeenAction"));
        connect(all, &QAction::triggered, this, [this, viewKeys] { markSeen(viewKeys); });
    }
    menu->addSeparator();
    add(tr("&Copy case numbers"), QStringLiteral("copyCaseNumbersAction"), &CaseSelectionActions::copyCaseNumbers);
    QAction* links = add(keys.size() > 1 ? tr("Copy lin&ks") : tr("Copy lin&k"), QStringLiteral("copyCaseLinksAction"),
                         &CaseSelectionActions::copyLinks);
    links->setEnabled(std::any_of(keys.cbegin(), keys.cend(),
                                  [](const QString& key) { return CaseLink::checkCaseNumber(key).isEmpty(); }));
    menu->addSeparator();
    QAction* pdf = menu->addAction(tr("Export as &PDF…"));
    pdf->setObjectName(QStringLiteral("exportCasesPdfAction"));
    pdf->setEnabled(!keys.isEmpty());
    connect(pdf, &QAction::triggered, this, [this, keys] { emit exportPdfRequested(keys); });
    QAction* pack = menu->addAction(tr("Export &evidence pack…"));
    pack->setObjectName(QStringLiteral("exportCasesPackAction"));
    pack->setEnabled(!keys.isEmpty());
    connect(pack, &QAction::triggered, this, [this, keys] { emit exportEvidencePacksRequested(keys); });
    return menu;
}

void CaseSelectionActions::open(const QStringList& keys)
{
    for (const QString& key : keys)
        emit openRequested(key);
}

void CaseSelectionActions::refresh(const QStringList& keys)
{
    if (!m_repository || keys.isEmpty())
        return;
    m_repository->refresh(keys);
    emit statusMessage(tr("Refreshing %n case(s)…", nullptr, int(keys.size())));
}

void CaseSelectionActions::markSeen(const QStringList& keys)
{
    if (m_repository)
        m_repository->markSeen(keys);
}

void CaseSelectionActions::markUnseen(const QStringList& keys)
{
    if (m_repository)
        m_repository->markUnseen(keys);
}

void CaseSelectionActions::copyCaseNumbers(const QStringList& keys)
{
    if (keys.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(keys.join(u'\n'));
    emit statusMessage(tr("Copied %n case number(s).", nullptr, int(keys.size())));
}

void CaseSelectionActions::copyLinks(const QStringList& keys)
{
    QStringList links;
    for (const QString& key : keys) {
        if (CaseLink::checkCaseNumber(key).isEmpty())
            links << CaseLink{key, m_environmentKey}.toString();
    }
    if (links.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(links.join(u'\n'));
    QString message = tr("Copied %n link(s).", nullptr, int(links.size()));
    if (const auto left = int(keys.size() - links.size()); left > 0)
        message +=
            u' ' + tr("%n case(s) known only by an order number have no link until they are fetched.", nullptr, left);
    emit statusMessage(message);
}

void CaseSelectionActions::installMenuKeys(QWidget* widget, const std::function<void()>& show)
{
    auto* action = new QAction(widget);
    action->setObjectName(QStringLiteral("caseMenuKeyAction"));
    action->setShortcuts(ContextShortcuts::caseMenu());
    action->setShortcutContext(Qt::WidgetShortcut);
    widget->addAction(action);
    QObject::connect(action, &QAction::triggered, widget, show);
}

} // namespace CaseDesk

#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace CaseDesk
{

class CaseRepository;

/*
 * What can be done to several cases at once, as the context menu of the list's selected rows and of a case
 * tab: Open, Refresh, Mark seen, Mark unseen, Copy case numbers, Copy link(s), Export as PDF, Export evidence
 * pack, and in the list Mark all in this view seen. Store and clipboard work is done here; opening and exporting belong
 * to the window, so they are asked for by signal.
 *
 *     auto* actions = new CaseSelectionActions(repository, this);
 *     connect(actions, &CaseSelectionActions::openRequested, tabs, &CaseTabs::openCase);
 *     QMenu* menu = actions->menu(selectedKeys, keysInView, listView);
 *     menu->popup(globalPosition);
 */
class CaseSelectionActions : public QObject
{
    Q_OBJECT

public:
    explicit CaseSelectionActions(CaseRepository* repository, QObject* parent = nullptr);

    // The environment Copy link names (the session's key).
    void setEnvironmentKey(const QString& key) { m_environmentKey = key; }

    // A new menu (deleted when closed) acting on `keys`; with `viewKeys`, also "Mark all in this view seen".
    // Its actions are named (openCasesAction, markSeenAction, ...) for tests and scripts.
    QMenu* menu(const QStringList& keys, const QStringList& viewKeys, QWidget* parent);

    void open(const QStringList& keys);
    void refresh(const QStringList& keys);
    void markSeen(const QStringList& keys);
    void markUnseen(const QStringList& keys);
    // One number a line, in the order given; a row known only by its order number gives that.
    void copyCaseNumbers(const QStringList& keys);
    // One casedesk:// link a line (with the environment), in the order given; a row known only by its order
    // number has no link until it is fetched, and is left out.
    void copyLinks(const QStringList& keys);

    // The keyboard's way to a context menu (Menu key, Shift+F10) while `widget` has focus: calls `show`.
    static void installMenuKeys(QWidget* widget, const std::function<void()>& show);

signals:
    void openRequested(const QString& key);
    void exportPdfRequested(const QStringList& keys);
    void exportEvidencePacksRequested(const QStringList& keys);
    void statusMessage(const QString& text);

private:
    QPointer<CaseRepository> m_repository;
    QString m_environmentKey;
};

} // namespace CaseDesk

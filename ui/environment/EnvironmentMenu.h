#pragma once

#include <QMenu>
#include <QMessageBox>
#include <QPointer>

class QActionGroup;

namespace CaseDesk
{

class EnvironmentRegistry;

/*
 * The Environment menu: every environment as a checkable item (the active one checked), then
 * "Add custom server…", "Remove custom server" (the custom servers but the active one; each asks first),
 * "Sign in…", "Sign out" and who is signed in. It only reports choices; the composition root switches
 * sessions, signs in and removes.
 *
 *     auto* menu = new EnvironmentMenu(registry, window);
 *     connect(menu, &EnvironmentMenu::environmentChosen, this, &EnvironmentController::switchTo);
 *     menu->setActive(environment.key);
 */
class EnvironmentMenu : public QMenu
{
    Q_OBJECT

public:
    explicit EnvironmentMenu(EnvironmentRegistry* registry, QWidget* parent = nullptr);

    void setActive(const QString& key);
    QString activeKey() const { return m_active; }
    // needsSignIn: the active environment takes the user's credentials. userName: empty when signed out.
    void setSignInState(bool needsSignIn, const QString& userName);

    QAction* actionFor(const QString& key) const;
    QAction* addCustomServerAction() const { return m_addCustom; }
    QMenu* removeCustomServerMenu() const { return m_removeCustom; }
    // The question asked before a removal, while it is open (for tests).
    QMessageBox* removalQuestion() const { return m_question; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }

signals:
    void environmentChosen(const QString& key);
    void addCustomServerRequested();
    // The user confirmed removing this custom server from the list.
    void removeCustomServerConfirmed(const QString& key);
    void signInRequested();
    void signOutRequested();

private:
    void rebuild();
    void rebuildRemoveMenu();
    void askToRemove(const QString& key);

    EnvironmentRegistry* m_registry;
    QActionGroup* m_group;
    QAction* m_environmentsEnd;
    QAction* m_addCustom;
    QMenu* m_removeCustom;
    QPointer<QMessageBox> m_question;
    QAction* m_account;
    QAction* m_signIn;
    QAction* m_signOut;
    QString m_active;
};

} // namespace CaseDesk

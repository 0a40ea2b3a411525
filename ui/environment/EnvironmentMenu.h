#pragma once

#include <QMenu>

class QActionGroup;
class EnvironmentRegistry;

/*
 * The Environment menu: every environment as a checkable item (the active one checked), then
 * "Add custom server…", "Sign in…", "Sign out" and who is signed in. It only reports choices; the
 * composition root switches sessions and signs in.
 *
 *     auto* menu = new EnvironmentMenu(registry, window);
 *     connect(menu, &EnvironmentMenu::environmentChosen, this, &AppController::switchEnvironment);
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
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }

signals:
    void environmentChosen(const QString& key);
    void addCustomServerRequested();
    void signInRequested();
    void signOutRequested();

private:
    void rebuild();

    EnvironmentRegistry* m_registry;
    QActionGroup* m_group;
    QAction* m_environmentsEnd;
    QAction* m_addCustom;
    QAction* m_account;
    QAction* m_signIn;
    QAction* m_signOut;
    QString m_active;
};

#include "ui/environment/EnvironmentMenu.h"

#include "models/environment/EnvironmentRegistry.h"
#include "ui/widgets/PlainText.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

EnvironmentMenu::EnvironmentMenu(EnvironmentRegistry* registry, QWidget* parent)
    : QMenu(tr("&Environment"), parent)
    , m_registry(registry)
    , m_group(new QActionGroup(this))
    , m_environmentsEnd(addSeparator())
    , m_addCustom(addAction(tr("&Add custom server…")))
    , m_removeCustom(addMenu(tr("&Remove custom server")))
    , m_account(nullptr)
    , m_signIn(nullptr)
    , m_signOut(nullptr)
{
    setObjectName(u"environmentMenu"_s);
    m_group->setExclusive(true);
    m_addCustom->setObjectName(u"addCustomServerAction"_s);
    m_removeCustom->setObjectName(u"removeCustomServerMenu"_s);
    addSeparator();
    m_account = addAction(tr("Not signed in"));
    m_account->setObjectName(u"accountAction"_s);
    m_account->setEnabled(false);
    m_signIn = addAction(tr("&Sign in…"));
    m_signIn->setObjectName(u"signInAction"_s);
    m_signOut = addAction(tr("Sign &out"));
    m_signOut->setObjectName(u"signOutAction"_s);
    connect(m_addCustom, &QAction::triggered, this, &EnvironmentMenu::addCustomServerRequested);
    connect(m_signIn, &QAction::triggered, this, &EnvironmentMenu::signInRequested);
    connect(m_signOut, &QAction::triggered, this, &EnvironmentMenu::signOutRequested);
    connect(m_registry, &EnvironmentRegistry::environmentsChanged, this, &EnvironmentMenu::rebuild);
    rebuild();
    setSignInState(false, {});
}

void EnvironmentMenu::rebuildRemoveMenu()
{
    m_removeCustom->clear();
    // The active one stays: its session is running. Switch away first to remove it.
    for (const Environment& environment : m_registry->customEnvironments()) {
        if (environment.key == m_active)
            continue;
        const QString text = tr("%1 (%2)…").arg(environment.displayName, environment.baseUrl.host());
        QAction* action = m_removeCustom->addAction(PlainText::mnemonicSafe(text));
        action->setObjectName(u"remove:"_s + environment.key);
        connect(action, &QAction::triggered, this, [this, key = environment.key] { askToRemove(key); });
    }
    m_removeCustom->menuAction()->setEnabled(!m_removeCustom->isEmpty());
}

void EnvironmentMenu::askToRemove(const QString& key)
{
    const std::optional<Environment> environment = m_registry->find(key);
    if (!environment)
        return;
    if (m_question)
        m_question->close();
    m_question = PlainText::messageBox(QMessageBox::Question, tr("Remove custom server"),
                                       tr("Remove “%1” (%2) from the Environment menu?")
                                           .arg(environment->displayName, environment->baseUrl.toDisplayString()),
                                       QMessageBox::NoButton, parentWidget());
    m_question->setObjectName(u"removeCustomServerQuestion"_s);
    m_question->setInformativeText(
        tr("Its secret is deleted from the keychain. Its cases, drafts and outbox stay on this computer and "
           "come back when you add the same address again."));
    QPushButton* remove = m_question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveServerButton"_s);
    m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, remove, key](QAbstractButton* clicked) {
        if (clicked == remove)
            emit removeCustomServerConfirmed(key);
    });
    m_question->open();
}

void EnvironmentMenu::rebuild()
{
    const QList<QAction*> old = m_group->actions();
    for (QAction* action : old)
        delete action;
    const QList<Environment> environments = m_registry->environments();
    for (const Environment& environment : environments) {
        QString text = environment.displayName; // the user's own name for a custom server
        if (environment.kind == Environment::Kind::Custom)
            text = tr("%1 (%2)").arg(text, environment.baseUrl.host());
        auto* action = new QAction(PlainText::mnemonicSafe(text), m_group);
        action->setObjectName(u"environment:"_s + environment.key);
        action->setData(environment.key);
        action->setCheckable(true);
        action->setChecked(environment.key == m_active);
        if (environment.isProduction())
            action->setStatusTip(tr("Real cases, acted on by the provider's engineers."));
        insertAction(m_environmentsEnd, action);
        connect(action, &QAction::triggered, this, [this, key = environment.key] {
            // The check mark moves only once the switch happened (setActive), so a cancelled one leaves it.
            if (QAction* current = actionFor(m_active))
                current->setChecked(true);
            if (key != m_active)
                emit environmentChosen(key);
        });
    }
    rebuildRemoveMenu();
}

QAction* EnvironmentMenu::actionFor(const QString& key) const
{
    const QList<QAction*> actions = m_group->actions();
    for (QAction* action : actions) {
        if (action->data().toString() == key)
            return action;
    }
    return nullptr;
}

void EnvironmentMenu::setActive(const QString& key)
{
    m_active = key;
    if (QAction* action = actionFor(key))
        action->setChecked(true);
    rebuildRemoveMenu();
}

void EnvironmentMenu::setSignInState(bool needsSignIn, const QString& userName)
{
    m_signIn->setEnabled(needsSignIn);
    m_signOut->setEnabled(needsSignIn && !userName.isEmpty());
    if (!needsSignIn)
        m_account->setText(tr("Signed in with the local sandbox's own client"));
    else if (userName.isEmpty())
        m_account->setText(tr("Not signed in"));
    else
        m_account->setText(PlainText::mnemonicSafe(tr("Signed in as %1").arg(userName))); // the server's name for us
}

} // namespace CaseDesk

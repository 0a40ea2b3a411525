#include "app/PreferencesController.h"

#include "app/Session.h"
#include "models/api/ApiClient.h"
#include "models/export/CaseExporter.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/OutboxSender.h"
#include "models/secrets/SecretStore.h"
#include "models/store/AutoRefresher.h"
#include "models/store/CaseRepository.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notifications/CaseNotifications.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QAction>
#include <QStyle>

namespace CaseDesk
{

PreferencesController::PreferencesController(QSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_preferences(new Preferences(settings, this))
    , m_secrets(secrets)
{
    connect(m_preferences, &Preferences::changed, this, &PreferencesController::apply);
}

void PreferencesController::attach(MainWindow* window)
{
    m_window = window;
    connect(window->action(MainWindow::Action::Preferences), &QAction::triggered, this,
            &PreferencesController::openDialog);
    const QIcon icon =
        window->windowIcon().isNull() ? window->style()->standardIcon(QStyle::SP_ComputerIcon) : window->windowIcon();
    m_notifier = new CaseNotifications(icon, this);
    m_notifier->setEnabled(m_preferences->statusNotifications());
    connect(m_notifier, &CaseNotifications::windowRequested, window, &MainWindow::bringToFront);
}

void PreferencesController::loadProxyPassword(std::function<void()> done)
{
    const ProxySettings proxy = m_preferences->proxy();
    if (proxy.mode != ProxySettings::Mode::Manual || proxy.user.isEmpty()) {
        done();
        return;
    }
    m_secrets->read(Preferences::proxyScope(), Preferences::proxyAccount(proxy), this,
                    [this, done](const std::optional<QString>& password) {
                        m_proxyPassword = password.value_or(QString());
                        done();
                    });
}

void PreferencesController::applyTo(Session* session, bool direct)
{
    m_session = session;
    m_direct = direct;
    apply(Preferences::Item::RefreshInterval);
    apply(Preferences::Item::TimeDisplay);
    apply(Preferences::Item::ArrivalCheck);
    applyProxy();
    if (m_notifier) {
        connect(session->repository(), &CaseRepository::opened, m_notifier,
                [notifier = m_notifier, repository = session->repository(), key = session->config().key](bool ok) {
                    if (ok)
                        notifier->watch(repository, key);
                });
    }
}

void PreferencesController::apply(Preferences::Item item)
{
    switch (item) {
    case Preferences::Item::RefreshInterval:
        if (m_session)
            m_session->refresher()->setInterval(m_preferences->refreshInterval());
        break;
    case Preferences::Item::TimeDisplay:
        if (m_session) {
            m_session->caseTabs()->setTimeDisplay(TimeDisplay(m_preferences->timeDisplay()));
            m_session->caseExporter()->setTimeDisplay(TimeDisplay(m_preferences->timeDisplay()));
        }
        break;
    case Preferences::Item::StatusNotifications:
        if (m_notifier)
            m_notifier->setEnabled(m_preferences->statusNotifications());
        break;
    case Preferences::Item::Proxy:
        applyProxy();
        break;
    case Preferences::Item::ArrivalCheck:
        if (m_session) {
            const auto window = std::chrono::milliseconds(m_preferences->arrivalWindow());
            m_session->offline()->sender()->setArrivalCheck(int(window.count()), 10000);
        }
        break;
    case Preferences::Item::Language:
        if (m_window)
            m_window->showStatusMessage(tr("The new language applies when CaseDesk starts again."));
        break;
    }
}

void PreferencesController::applyProxy()
{
    if (!m_session)
        return;
    ProxySettings proxy = m_preferences->proxy();
    if (proxy.mode == ProxySettings::Mode::Manual)
        proxy.password = m_proxyPassword;
    if (m_direct)
        proxy = ProxySettings{ProxySettings::Mode::None, {}, 0, {}, {}}; // on this computer: always direct
    m_session->client()->setProxy(proxy);
}

void PreferencesController::onProxyChosen(const ProxySettings& proxy)
{
    const ProxySettings old = m_preferences->proxy(); // still the previous one: the dialog saves after this
    if (old.mode == ProxySettings::Mode::Manual && !old.user.isEmpty()
        && Preferences::proxyAccount(old) != Preferences::proxyAccount(proxy))
        m_secrets->remove(Preferences::proxyScope(), Preferences::proxyAccount(old));
    m_proxyPassword = proxy.mode == ProxySettings::Mode::Manual ? proxy.password : QString();
    if (proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        if (proxy.password.isEmpty())
            m_secrets->remove(Preferences::proxyScope(), Preferences::proxyAccount(proxy));
        else
            m_secrets->write(Preferences::proxyScope(), Preferences::proxyAccount(proxy), proxy.password);
    }
    applyProxy();
}

void PreferencesController::openDialog()
{
    if (!m_window)
        return;
    auto* dialog = new PreferencesDialog(m_preferences, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProxyPassword(m_proxyPassword);
    if (m_session)
        dialog->setNoteTemplates(m_session->noteTemplates());
    connect(dialog, &PreferencesDialog::proxyChosen, this, &PreferencesController::onProxyChosen);
    dialog->open();
}

} // namespace CaseDesk

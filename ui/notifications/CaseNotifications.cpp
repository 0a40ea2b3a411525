#include "ui/notifications/CaseNotifications.h"

#include "models/desktop/CaseNewsWatcher.h"
#include "ui/notifications/TrayNotifier.h"

#ifdef CASEDESK_DBUS_NOTIFICATIONS
#include "ui/notifications/DBusNotifier.h"
#endif

namespace CaseDesk
{

CaseNotifications::CaseNotifications(const QIcon& icon, QObject* parent)
    : QObject(parent)
    , m_watcher(new CaseNewsWatcher(this))
    , m_tray(new TrayNotifier(icon, this))
{
    connect(m_watcher, &CaseNewsWatcher::newsArrived, this, &CaseNotifications::tell);
    connect(m_tray, &TrayNotifier::activated, this, [this] { emit windowRequested({}); });
    connect(m_tray, &TrayNotifier::caseClicked, this,
            [this](const QString& caseNumber) { emit caseRequested(caseNumber, m_environmentKey, {}); });
#ifdef CASEDESK_DBUS_NOTIFICATIONS
    m_dbus = new DBusNotifier(QDBusConnection::sessionBus(), this);
    // Refused (the service went away meanwhile): the tray says it instead.
    connect(m_dbus, &DBusNotifier::failed, m_tray, &TrayNotifier::show);
    connect(m_dbus, &DBusNotifier::caseClicked, this, [this](const QString& caseNumber, const QString& token) {
        emit caseRequested(caseNumber, m_environmentKey, token);
    });
    connect(m_dbus, &DBusNotifier::activated, this, &CaseNotifications::windowRequested);
#endif
}

CaseNotifications::~CaseNotifications() = default;

void CaseNotifications::setEnabled(bool enabled)
{
    m_watcher->setEnabled(enabled);
    m_tray->setEnabled(enabled);
}

bool CaseNotifications::isEnabled() const
{
    return m_watcher->isEnabled();
}

void CaseNotifications::watch(CaseRepository* repository, const QString& environmentKey)
{
    m_environmentKey = environmentKey;
    m_watcher->watch(repository);
}

void CaseNotifications::tell(const QList<CaseNewsItem>& items)
{
#ifdef CASEDESK_DBUS_NOTIFICATIONS
    if (m_dbus->isUsable()) {
        for (const CaseNotice& notice : CaseNews::compose(items, kMaxSeparate))
            m_dbus->show(notice);
        return;
    }
#endif
    const QList<CaseNotice> notices = CaseNews::compose(items, 1);
    if (!notices.isEmpty())
        m_tray->show(notices.constFirst());
}

} // namespace CaseDesk

#pragma once

#include "models/desktop/CaseNews.h"

#include <QIcon>
#include <QObject>

namespace CaseDesk
{

class CaseNewsWatcher;
class CaseRepository;
class DBusNotifier;
class TrayNotifier;

/*
 * Desktop notifications about the user's cases: the news a CaseNewsWatcher finds goes to the desktop's
 * notification service over D-Bus where the session bus has one (one notification per case, up to
 * kMaxSeparate cases a round), and to the system tray otherwise or when the service refuses it. A click
 * asks for the case to open in the environment it belongs to.
 *
 *     auto* notifications = new CaseNotifications(window->windowIcon(), this);
 *     notifications->setEnabled(preferences.statusNotifications());
 *     notifications->watch(session->repository(), session->config().key); // each new session
 *     connect(notifications, &CaseNotifications::caseRequested, this, &...::openCaseFromNotification);
 *
 * Where Qt was built without D-Bus (Windows, macOS) only the tray is there.
 */
class CaseNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSeparate = 3;

    explicit CaseNotifications(const QIcon& icon, QObject* parent = nullptr);
    ~CaseNotifications() override;

    void setEnabled(bool enabled);
    bool isEnabled() const;
    void watch(CaseRepository* repository, const QString& environmentKey);

    CaseNewsWatcher* watcher() const { return m_watcher; }
    TrayNotifier* tray() const { return m_tray; }
    // Null where there is no D-Bus.
    DBusNotifier* dbus() const { return m_dbus; }

signals:
    // A click on a notification about one case: open it (in `environmentKey`) and bring the window forward
    // with `activationToken` (Wayland; may be empty).
    void caseRequested(const QString& caseNumber, const QString& environmentKey, const QString& activationToken);
    // A click on one about several cases, or on the tray icon: bring the window forward.
    void windowRequested(const QString& activationToken);

private:
    void tell(const QList<CaseNewsItem>& items);

    CaseNewsWatcher* m_watcher;
    TrayNotifier* m_tray;
    DBusNotifier* m_dbus = nullptr;
    QString m_environmentKey; // of the repository watched; a click names it, so a case opens where it lives
};

} // namespace CaseDesk

#pragma once

#include "models/desktop/CaseNews.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace CaseDesk
{

/*
 * Case notifications through the desktop's notification service (org.freedesktop.Notifications on the
 * session bus, the Desktop Notifications Specification 1.2). It asks the service what it can do
 * (GetCapabilities) when made and whenever the service appears; a click on a notification (its default
 * action, or on a service without actions the user dismissing it) says which case to open.
 *
 *     auto* dbus = new DBusNotifier(QDBusConnection::sessionBus(), this);
 *     if (dbus->isUsable()) dbus->show(notice);
 *     connect(dbus, &DBusNotifier::failed, tray, &TrayNotifier::show);       // the service did not take it
 *     connect(dbus, &DBusNotifier::caseClicked, this, &...::openCase);      // with an activation token, if any
 *
 * Every call is asynchronous: the UI thread never waits on the bus. Text goes as plain text: a body is
 * escaped when the service reads markup in it ("body-markup"), so what is shown while the service is still
 * being asked waits for its answer. Signals of the service about notifications
 * of other programs (the bus broadcasts them) are ignored.
 */
class DBusNotifier : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, // asking
        Available,
        Absent,
    };
    Q_ENUM(State)

    static QString serviceName();
    static QString objectPath();
    static QString interfaceName();
    // The close reason of a notification the user dismissed (the specification's 2).
    static constexpr uint kDismissedByUser = 2;
    // Notifications remembered for their click at most (oldest forgotten first).
    static constexpr int kMaxRemembered = 100;

    explicit DBusNotifier(const QDBusConnection& bus, QObject* parent = nullptr);

    State state() const { return m_state; }
    // Worth sending to: available, or still asking (a failure then comes back as failed()).
    bool isUsable() const { return m_state != State::Absent; }
    QStringList capabilities() const { return m_capabilities; }
    void show(const CaseNotice& notice);

signals:
    void stateChanged(DBusNotifier::State state);
    // The service showed it, under this id.
    void shown(uint id, const CaseNotice& notice);
    // The service did not take it (gone, or it answered an error): show it another way.
    void failed(const CaseNotice& notice);
    // A click on a notification about one case; `activationToken` from the service (Wayland), may be empty.
    void caseClicked(const QString& caseNumber, const QString& activationToken);
    // A click on a notification about several cases.
    void activated(const QString& activationToken);

private slots:
    // Connected by name (QDBusConnection::connect takes slots so): the service's signals.
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString& token);

private:
    void probe();
    void setState(State state);
    void send(const CaseNotice& notice);
    void clicked(uint id);
    void remember(uint id, const CaseNotice& notice);

    QDBusConnection m_bus;
    State m_state = State::Unknown;
    QStringList m_capabilities;
    QHash<uint, QString> m_cases; // notification id -> case number ("" for one about several)
    QList<uint> m_order;          // ids in the order shown, to forget the oldest
    QHash<uint, QString> m_tokens;
    QList<CaseNotice> m_waiting; // shown while asking: sent once the capabilities are known
    QDBusPendingCallWatcher* m_probe = nullptr;
};

} // namespace CaseDesk

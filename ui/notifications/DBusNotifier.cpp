#include "ui/notifications/DBusNotifier.h"

#include "models/core/AppIdentity.h"
#include "models/core/Logging.h"
#include "models/core/OutsideText.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QVariantMap>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// A notification stays until the service's own default time (the specification's -1).
constexpr int kServerDefaultTimeout = -1;
// Urgency "normal" (the specification's byte 1): news, not an alarm.
constexpr uchar kNormalUrgency = 1;
} // namespace

QString DBusNotifier::serviceName()
{
    return u"org.freedesktop.Notifications"_s;
}

QString DBusNotifier::objectPath()
{
    return u"/org/freedesktop/Notifications"_s;
}

QString DBusNotifier::interfaceName()
{
    return u"org.freedesktop.Notifications"_s;
}

DBusNotifier::DBusNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_state = State::Absent; // no session bus at all (ssh, a bare CI machine): the tray it is
        return;
    }
    // QDBusConnection::connect takes its slot only as a SLOT() string in Qt 6.4 (there is no pointer-to-member
    // overload): the D-Bus signal's arguments are matched against the slot's signature at run time.
    m_bus.connect(serviceName(), objectPath(), interfaceName(), u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(), u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
    m_bus.connect(serviceName(), objectPath(), interfaceName(), u"ActivationToken"_s, this,
                  SLOT(onActivationToken(uint, QString)));
    // A service that starts later (or again, after a crash) is asked afresh.
    auto* watcher = new QDBusServiceWatcher(serviceName(), m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, &DBusNotifier::probe);
    probe();
}

void DBusNotifier::probe()
{
    delete m_probe;
    // Calling it also starts a service that the bus starts on demand.
    const QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(), u"GetCapabilities"_s);
    m_probe = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(m_probe, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* watcher) {
        const QDBusPendingReply<QStringList> reply = *watcher;
        watcher->deleteLater();
        m_probe = nullptr;
        const QList<CaseNotice> waiting = std::exchange(m_waiting, {});
        if (reply.isError()) {
            qCInfo(lcApp).noquote() << "no desktop notification service:" << reply.error().message();
            setState(State::Absent);
        } else {
            m_capabilities = reply.value();
            setState(State::Available);
        }
        for (const CaseNotice& notice : waiting)
            show(notice);
    });
}

void DBusNotifier::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DBusNotifier::show(const CaseNotice& notice)
{
    if (m_state == State::Absent) {
        emit failed(notice);
        return;
    }
    if (m_probe) {
        m_waiting.append(notice);
        return;
    }
    send(notice);
}

void DBusNotifier::send(const CaseNotice& notice)
{
    // The summary is plain text by the specification; the body only where the service does not read markup.
    QString body = OutsideText::clean(notice.body);
    if (m_capabilities.contains(u"body-markup"_s))
        body = body.toHtmlEscaped();
    QStringList actions;
    if (m_capabilities.contains(u"actions"_s))
        actions << u"default"_s << (notice.caseNumber.isEmpty() ? tr("Show CaseDesk") : tr("Open case"));
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, AppIdentity::applicationId());
    hints.insert(u"urgency"_s, QVariant::fromValue(kNormalUrgency));
    hints.insert(u"category"_s, u"x-casedesk.case"_s);

    QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), objectPath(), interfaceName(), u"Notify"_s);
    call << QGuiApplication::applicationDisplayName() << uint(0) << AppIdentity::applicationId()
         << OutsideText::clean(notice.summary) << body << actions << hints << kServerDefaultTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher* finished) {
        const QDBusPendingReply<uint> reply = *finished;
        finished->deleteLater();
        if (reply.isError()) {
            qCWarning(lcApp).noquote() << "the notification service refused a notification:" << reply.error().message();
            setState(State::Absent); // until it registers again
            emit failed(notice);
            return;
        }
        remember(reply.value(), notice);
        emit shown(reply.value(), notice);
    });
}

void DBusNotifier::remember(uint id, const CaseNotice& notice)
{
    if (!m_cases.contains(id))
        m_order.append(id);
    m_cases.insert(id, notice.caseNumber);
    while (m_order.size() > kMaxRemembered) {
        const uint oldest = m_order.takeFirst();
        m_cases.remove(oldest);
        m_tokens.remove(oldest);
    }
}

void DBusNotifier::onActivationToken(uint id, const QString& token)
{
    // Sent just before ActionInvoked (specification 1.2): the token lets the window come forward on Wayland.
    if (m_cases.contains(id))
        m_tokens.insert(id, token);
}

void DBusNotifier::onActionInvoked(uint id, const QString& action)
{
    if (action == u"default"_s)
        clicked(id);
}

void DBusNotifier::onNotificationClosed(uint id, uint reason)
{
    // A service without actions closes a notification when it is clicked: then that is the click. With
    // actions, a click comes as ActionInvoked first, and a dismissal is only a dismissal.
    if (reason == kDismissedByUser && !m_capabilities.contains(u"actions"_s))
        clicked(id);
    m_cases.remove(id);
    m_order.removeOne(id);
    m_tokens.remove(id);
}

void DBusNotifier::clicked(uint id)
{
    const auto found = m_cases.constFind(id);
    if (found == m_cases.constEnd())
        return; // another program's notification, or one long forgotten
    const QString caseNumber = *found;
    const QString token = m_tokens.take(id);
    if (caseNumber.isEmpty())
        emit activated(token);
    else
        emit caseClicked(caseNumber, token);
}

} // namespace CaseDesk

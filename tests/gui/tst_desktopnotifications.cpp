// Case notifications through the desktop's notification service over D-Bus, against a fake service on a
// private session bus (a dbus-daemon this test starts): what Notify is sent (plain text, the app's identity),
// clicks that open the case, clicks on other programs' notifications, and the tray when there is no service.
#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "app/Session.h"
#include "models/core/AppIdentity.h"
#include "models/desktop/CaseNewsWatcher.h"
#include "models/items/CaseListModel.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notifications/CaseNotifications.h"
#include "ui/notifications/DBusNotifier.h"
#include "ui/notifications/TrayNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

// org.freedesktop.Notifications as a test double: it answers GetCapabilities with what the test says and
// remembers every Notify.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QStringList capabilities;
    QList<Call> calls;

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString& appName, uint replacesId, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(timeout)
        calls.append({appName, icon, summary, body, actions, hints, m_nextId});
        return m_nextId++;
    }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = u"CaseDesk tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake"_s;
    }

signals:
    void ActionInvoked(uint id, const QString& action);
    void NotificationClosed(uint id, uint reason);
    void ActivationToken(uint id, const QString& token);

private:
    uint m_nextId = 41;
};

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aNoticeIsSentAsPlainText_data();
    void aNoticeIsSentAsPlainText();
    void aClickOnTheDefaultActionNamesTheCase();
    void clicksOnOtherNotificationsAreIgnored();
    void aDismissalIsAClickOnlyWithoutActions();
    void withoutTheServiceTheTrayTellsIt();
    void aStatusChangeInTheAppIsNotifiedAndAClickOpensTheCase();

private:
    std::unique_ptr<DBusNotifier> availableNotifier();
    bool registerService();
    void unregisterService();

    std::unique_ptr<TestHome> m_home;
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<FakeNotificationService> m_service;
    bool m_registered = false;
};

void TestDesktopNotifications::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CaseDesk"_s);
    QCoreApplication::setApplicationName(u"CaseDesk"_s);
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    // A session bus of this test's own: never the developer's desktop, and there is none on CI.
    m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(m_daemon.waitForStarted(10000), "dbus-daemon is missing (./dev installs dbus)");
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY2(m_address.startsWith(u"unix:"_s), qPrintable(m_address));
    // Before anything asks for the session bus: QDBusConnection::sessionBus() reads this once.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

void TestDesktopNotifications::cleanupTestCase()
{
    unregisterService();
    QDBusConnection::disconnectFromBus(u"fake-notification-service"_s);
    m_daemon.terminate();
    m_daemon.waitForFinished(5000);
}

void TestDesktopNotifications::init()
{
    m_service = std::make_unique<FakeNotificationService>();
    m_service->capabilities = {u"actions"_s, u"body"_s, u"body-markup"_s};
}

void TestDesktopNotifications::cleanup()
{
    unregisterService();
    m_service.reset();
}

bool TestDesktopNotifications::registerService()
{
    // A connection of its own, as a real service is another program: its signals reach the app's connection.
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"fake-notification-service"_s);
    if (!bus.isConnected())
        return false;
    if (!bus.registerObject(DBusNotifier::objectPath(), m_service.get(),
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals))
        return false;
    m_registered = bus.registerService(DBusNotifier::serviceName());
    return m_registered;
}

void TestDesktopNotifications::unregisterService()
{
    if (!m_registered)
        return;
    QDBusConnection bus(u"fake-notification-service"_s);
    bus.unregisterService(DBusNotifier::serviceName());
    bus.unregisterObject(DBusNotifier::objectPath());
    m_registered = false;
}

std::unique_ptr<DBusNotifier> TestDesktopNotifications::availableNotifier()
{
    auto notifier = std::make_unique<DBusNotifier>(QDBusConnection::sessionBus());
    if (!QTest::qWaitFor([&] { return notifier->state() == DBusNotifier::State::Available; }, 10000))
        return nullptr;
    return notifier;
}

void TestDesktopNotifications::aNoticeIsSentAsPlainText_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QStringList>("actions");

    const QString hostile = u"<b>Fixed</b> & <a href=\"file:///etc\">see</a>\u202Eexe.pdf"_s;
    const QString clean = u"<b>Fixed</b> & <a href=\"file:///etc\">see</a>exe.pdf"_s;
    QTest::newRow("a service that reads markup: escaped")
        << QStringList{u"actions"_s, u"body"_s, u"body-markup"_s} << hostile << clean.toHtmlEscaped()
        << QStringList{u"default"_s, u"Open case"_s};
    QTest::newRow("a service that does not: as it is, disguise gone")
        << QStringList{u"body"_s} << hostile << clean << QStringList{};
    QTest::newRow("nothing to escape") << QStringList{u"body-markup"_s} << u"It is now Resolved."_s
                                       << u"It is now Resolved."_s << QStringList{};
}

void TestDesktopNotifications::aNoticeIsSentAsPlainText()
{
    QFETCH(QStringList, capabilities);
    QFETCH(QString, body);
    QFETCH(QString, sent);
    QFETCH(QStringList, actions);
    m_service->capabilities = capabilities;
    QVERIFY(registerService());
    const std::unique_ptr<DBusNotifier> notifier = availableNotifier();
    QVERIFY(notifier);
    QCOMPARE(notifier->capabilities(), capabilities);
    QSignalSpy shown(notifier.get(), &DBusNotifier::shown);
    notifier->show({u"11150929"_s, u"Case 11150929 <changed> status"_s, body, {}});
    QVERIFY(shown.wait());
    QCOMPARE(m_service->calls.size(), 1);
    const FakeNotificationService::Call& call = m_service->calls.constFirst();
    QCOMPARE(call.summary, u"Case 11150929 <changed> status"_s); // never markup, by the specification
    QCOMPARE(call.body, sent);
    QCOMPARE(call.actions, actions);
    QCOMPARE(call.appName, u"CaseDesk"_s);
    QCOMPARE(call.icon, AppIdentity::applicationId());
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), AppIdentity::applicationId());
    QCOMPARE(shown.constFirst().constFirst().toUInt(), call.id);
}

void TestDesktopNotifications::aClickOnTheDefaultActionNamesTheCase()
{
    QVERIFY(registerService());
    const std::unique_ptr<DBusNotifier> notifier = availableNotifier();
    QVERIFY(notifier);
    QSignalSpy shown(notifier.get(), &DBusNotifier::shown);
    QSignalSpy clicked(notifier.get(), &DBusNotifier::caseClicked);
    QSignalSpy windowWanted(notifier.get(), &DBusNotifier::activated);
    notifier->show({u"11150929"_s, u"Case 11150929 changed status"_s, u"It is now Resolved."_s, {}});
    notifier->show({{}, u"7 case(s) changed"_s, u"…"_s, {}});
    QTRY_COMPARE(shown.size(), 2);
    const uint aboutOne = m_service->calls.at(0).id;
    const uint aboutSeveral = m_service->calls.at(1).id;

    // Wayland: the token comes just before the action, and goes with the click.
    emit m_service->ActivationToken(aboutOne, u"token-123"_s);
    emit m_service->ActionInvoked(aboutOne, u"default"_s);
    QVERIFY(clicked.wait());
    QCOMPARE(clicked.constFirst().at(0).toString(), u"11150929"_s);
    QCOMPARE(clicked.constFirst().at(1).toString(), u"token-123"_s);

    emit m_service->ActionInvoked(aboutSeveral, u"default"_s);
    QVERIFY(windowWanted.wait());
    QCOMPARE(windowWanted.constFirst().at(0).toString(), QString());
    QCOMPARE(clicked.size(), 1);
}

void TestDesktopNotifications::clicksOnOtherNotificationsAreIgnored()
{
    QVERIFY(registerService());
    const std::unique_ptr<DBusNotifier> notifier = availableNotifier();
    QVERIFY(notifier);
    QSignalSpy shown(notifier.get(), &DBusNotifier::shown);
    QSignalSpy clicked(notifier.get(), &DBusNotifier::caseClicked);
    notifier->show({u"11150929"_s, u"Case 11150929 changed status"_s, u"It is now Resolved."_s, {}});
    QVERIFY(shown.wait());
    const uint ours = m_service->calls.constFirst().id;
    // Another program's notification (the bus broadcasts the signals), an action that is not the default,
    // and ours once it is closed.
    emit m_service->ActionInvoked(ours + 1000, u"default"_s);
    emit m_service->ActionInvoked(ours, u"snooze"_s);
    emit m_service->NotificationClosed(ours, 1); // expired
    emit m_service->ActionInvoked(ours, u"default"_s);
    // A last click on a fresh one shows the signals above were delivered (in order) and did nothing.
    notifier->show({u"11150930"_s, u"Case 11150930 changed status"_s, u"It is now Closed."_s, {}});
    QTRY_COMPARE(shown.size(), 2);
    emit m_service->ActionInvoked(m_service->calls.at(1).id, u"default"_s);
    QVERIFY(clicked.wait());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.constFirst().at(0).toString(), u"11150930"_s);
}

void TestDesktopNotifications::aDismissalIsAClickOnlyWithoutActions()
{
    for (const bool withActions : {true, false}) {
        m_service->capabilities = withActions ? QStringList{u"actions"_s, u"body"_s} : QStringList{u"body"_s};
        QVERIFY(registerService());
        const std::unique_ptr<DBusNotifier> notifier = availableNotifier();
        QVERIFY(notifier);
        QSignalSpy shown(notifier.get(), &DBusNotifier::shown);
        QSignalSpy clicked(notifier.get(), &DBusNotifier::caseClicked);
        notifier->show({u"11150929"_s, u"Case 11150929 changed status"_s, u"It is now Resolved."_s, {}});
        notifier->show({u"11150930"_s, u"Case 11150930 changed status"_s, u"It is now Closed."_s, {}});
        QTRY_COMPARE(shown.size(), 2);
        emit m_service->NotificationClosed(m_service->calls.at(0).id, DBusNotifier::kDismissedByUser);
        // A sure click after it: whatever the dismissal did has been delivered by then.
        emit m_service->ActionInvoked(m_service->calls.at(1).id, u"default"_s);
        QTRY_VERIFY(!clicked.isEmpty() && clicked.constLast().at(0).toString() == u"11150930"_s);
        QCOMPARE(clicked.size(), withActions ? 1 : 2);
        if (!withActions)
            QCOMPARE(clicked.constFirst().at(0).toString(), u"11150929"_s);
        unregisterService();
        m_service->calls.clear();
    }
}

void TestDesktopNotifications::withoutTheServiceTheTrayTellsIt()
{
    // No service on the bus: the app's notifications find that out and go to the tray.
    CaseNotifications notifications(QIcon{});
    notifications.setEnabled(true);
    QVERIFY(notifications.dbus());
    QTRY_COMPARE_WITH_TIMEOUT(notifications.dbus()->state(), DBusNotifier::State::Absent, 10000);
    QSignalSpy tray(notifications.tray(), &TrayNotifier::notified);
    emit notifications.watcher()->newsArrived(
        {{CaseNewsItem::Kind::ProviderNote, u"11150929"_s, {}, u"<b>Fixed</b>"_s}});
    QCOMPARE(tray.size(), 1);
    QCOMPARE(tray.constFirst().at(0).toString(), u"New note from the provider on case 11150929"_s);
    // The provider's words stay out of the tray (Qt may pass them on to something that reads markup).
    QCOMPARE(tray.constFirst().at(1).toString(), u"1 new note(s) from the provider."_s);
    QVERIFY(m_service->calls.isEmpty());

    // The service appears: it is asked, and used from then on.
    QVERIFY(registerService());
    QTRY_COMPARE_WITH_TIMEOUT(notifications.dbus()->state(), DBusNotifier::State::Available, 10000);
    emit notifications.watcher()->newsArrived({{CaseNewsItem::Kind::StatusChanged, u"11150929"_s, u"RESOLVED"_s, {}}});
    QTRY_COMPARE(m_service->calls.size(), 1);
    QCOMPARE(tray.size(), 1);
}

void TestDesktopNotifications::aStatusChangeInTheAppIsNotifiedAndAClickOpensTheCase()
{
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
    QVERIFY(registerService());
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    options.sandboxArguments = {u"--pace"_s, u"2"_s}; // cases move on a step every 2 s
    AppController app(options);
    app.start();
    CaseNotifications* notifications = app.environments()->notifier();
    QVERIFY(notifications && notifications->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(notifications->dbus()->state(), DBusNotifier::State::Available, 10000);
    auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);

    // A case still open, as stored (its first full answer, which is no news).
    QString number;
    const auto findOpenCase = [&] {
        CaseListModel* cases = app.session()->cases();
        for (int row = 0; row < cases->rowCount(); ++row) {
            const CaseSummary summary = cases->caseRow(row).summary;
            if (summary.hasFullAnswer && summary.caseNumber.size() == 8
                && (summary.status == u"SUBMITTED"_s || summary.status == u"IN_PROGRESS"_s)) {
                number = summary.caseNumber;
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findOpenCase(), 30000);
    QVERIFY(!app.caseTabs()->viewFor(number));
    // Fetched again until the server has moved it on: then the notification service hears of it.
    bool fetching = false;
    const auto fetchUntilNotified = [&] {
        if (!m_service->calls.isEmpty())
            return true;
        if (!fetching) {
            fetching = true;
            app.repository()->fetch(number, this,
                                    [&fetching](const CaseRepository::FetchOutcome&) { fetching = false; });
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fetchUntilNotified(), 30000);
    const FakeNotificationService::Call call = m_service->calls.constFirst();
    QVERIFY2(call.summary.contains(number), qPrintable(call.summary));
    QVERIFY2(call.body.contains(u"It is now"_s), qPrintable(call.body));
    QCOMPARE(call.actions.value(0), u"default"_s);

    emit m_service->ActionInvoked(call.id, u"default"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app.caseTabs()->viewFor(number), 10000);
    QCOMPARE(app.caseTabs()->currentCase(), app.caseTabs()->viewFor(number));
}

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"

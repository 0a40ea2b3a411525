#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/environment/EnvironmentRegistry.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/environment/CustomServerDialog.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/environment/ProductionBand.h"
#include "ui/environment/SignInDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The Environment menu, --environment, and production's look, offscreen. No server environment here signs in,
// so nothing leaves this computer.
class TestEnvironmentMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aNewUserStartsInTheLocalSandbox();
    void theEnvironmentOptionPicksWhereToStart_data();
    void theEnvironmentOptionPicksWhereToStart();
    void productionIsUnmistakableAndSandboxesAreNot();
    void switchingFromTheMenuStartsTheOtherEnvironmentAndIsRemembered();
    void choosingTheActiveEnvironmentAgainChangesNothing();
    void aCustomServerAddedFromTheMenuBecomesTheEnvironment();
    void plainHttpToAnotherComputerIsRefusedWithAClearMessage();
    void aCustomServerIsRemovedAfterAskingButNotWhileInUse();
    void thePreferencesOpenFromTheFileMenuWithEveryPreference();

private:
    std::unique_ptr<AppController> startApp(const QString& environment = {});
    static QAction* menuAction(AppController& app, const QString& key);
    static QString title(AppController& app) { return app.window()->windowTitle(); }
    // With CASEDESK_TEST_SHOTS=folder, saves what a user would see, to look at.
    static void shoot(QWidget* widget, const QString& name);

    std::unique_ptr<TestHome> m_home;
};

void TestEnvironmentMenu::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestEnvironmentMenu::init()
{
    QSettings().clear(); // a new user each time: nothing remembered
}

std::unique_ptr<AppController> TestEnvironmentMenu::startApp(const QString& environment)
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    options.environment = environment;
    auto app = std::make_unique<AppController>(options);
    app->start();
    return app;
}

void TestEnvironmentMenu::shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CASEDESK_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

QAction* TestEnvironmentMenu::menuAction(AppController& app, const QString& key)
{
    return app.environments()->menu()->actionFor(key);
}

void TestEnvironmentMenu::aNewUserStartsInTheLocalSandbox()
{
    auto app = startApp();
    QCOMPARE(app->session()->config().key, u"local"_s);
    QCOMPARE(title(*app), u"CaseDesk – Local sandbox"_s);
    EnvironmentMenu* menu = app->environments()->menu();
    QVERIFY(app->window()->menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(menuAction(*app, u"local"_s)->isChecked());
    QVERIFY(!menuAction(*app, u"provider-production"_s)->isChecked());
    QVERIFY(!menu->signInAction()->isEnabled()); // the local sandbox signs in with its own client
    QVERIFY(!menu->signOutAction()->isEnabled());
    QVERIFY(!app->environments()->productionBand()->isVisible());
    auto* connection = app->window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
    QVERIFY(!app->environments()->signInDialog());
}

void TestEnvironmentMenu::theEnvironmentOptionPicksWhereToStart_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("explained");
    QTest::newRow("name") << u"Provider production"_s << u"provider-production"_s << false;
    QTest::newRow("key") << u"provider-sandbox"_s << u"provider-sandbox"_s << false;
    QTest::newRow("other case") << u"PROVIDER SANDBOX"_s << u"provider-sandbox"_s << false;
    QTest::newRow("local") << u"Local sandbox"_s << u"local"_s << false;
    QTest::newRow("unknown: the harmless one, and why") << u"Produktion"_s << u"local"_s << true;
}

void TestEnvironmentMenu::theEnvironmentOptionPicksWhereToStart()
{
    QFETCH(QString, option);
    QFETCH(QString, key);
    QFETCH(bool, explained);
    auto app = startApp(option);
    QCOMPARE(app->session()->config().key, key);
    QVERIFY(menuAction(*app, key)->isChecked());
    if (explained) {
        QVERIFY2(app->window()->problemText().contains(u"“Produktion”"_s), qPrintable(app->window()->problemText()));
        return;
    }
    QVERIFY(app->window()->problemText().isEmpty());
    if (key == u"local")
        return;
    // A provider environment without credentials asks for them and stays off the network meanwhile.
    QTRY_VERIFY(app->environments()->signInDialog());
    SignInDialog* dialog = app->environments()->signInDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().startsWith(u"Sign in to Provider "_s));
    QCOMPARE(app->window()->findChild<QLabel*>(u"connectionLabel"_s)->text(), u"Not signed in"_s);
    QVERIFY(app->environments()->menu()->signInAction()->isEnabled());
}

void TestEnvironmentMenu::productionIsUnmistakableAndSandboxesAreNot()
{
    auto production = startApp(u"Provider production"_s);
    ProductionBand* band = production->environments()->productionBand();
    QVERIFY(band->isVisible());
    QVERIFY(band->text().contains(u"PRODUCTION"_s));
    QVERIFY(band->geometry().width() > production->window()->width() / 2);
    QTRY_VERIFY(production->environments()->signInDialog());
    shoot(production->environments()->signInDialog(), u"signin-production"_s);
    production->environments()->signInDialog()->reject();
    shoot(production->window(), u"production"_s);
    EnvironmentMenu* menu = production->environments()->menu();
    menu->popup(production->window()->mapToGlobal(QPoint(200, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    shoot(menu, u"environment-menu"_s);
    menu->hide();
    QCOMPARE(title(*production), u"CaseDesk – PRODUCTION: Provider production"_s);
    auto* label = production->window()->findChild<QLabel*>(u"environmentLabel"_s);
    QCOMPARE(label->text(), u"PRODUCTION: Provider production"_s);
    QVERIFY(!label->styleSheet().isEmpty());
    // The band cannot be put away from the window's tool bar menu.
    QVERIFY(!band->toggleViewAction()->isVisible());
    QVERIFY(!band->isMovable());
    production.reset();

    for (const QString& name : {u"Provider sandbox"_s, u"Local sandbox"_s}) {
        auto sandbox = startApp(name);
        QVERIFY(!sandbox->environments()->productionBand()->isVisible());
        QVERIFY(!title(*sandbox).contains(u"PRODUCTION"_s));
        QVERIFY(sandbox->window()->findChild<QLabel*>(u"environmentLabel"_s)->styleSheet().isEmpty());
    }
}

void TestEnvironmentMenu::switchingFromTheMenuStartsTheOtherEnvironmentAndIsRemembered()
{
    {
        auto app = startApp();
        QPointer<Session> local = app->session();
        menuAction(*app, u"provider-sandbox"_s)->trigger();
        QVERIFY(!local); // ended, with everything it held
        QCOMPARE(app->session()->config().key, u"provider-sandbox"_s);
        QCOMPARE(app->session()->config().baseUrl, QUrl(u"https://sandboxapi.equinix.com"_s));
        QCOMPARE(title(*app), u"CaseDesk – Provider sandbox"_s);
        QVERIFY(menuAction(*app, u"provider-sandbox"_s)->isChecked());
        QVERIFY(!menuAction(*app, u"local"_s)->isChecked());
        QVERIFY(app->session()->dataFolder().endsWith(u"/provider-sandbox"_s));
        QTRY_VERIFY(app->environments()->signInDialog());
        app->environments()->signInDialog()->reject(); // not now: the environment stays, signed out
        QCOMPARE(app->session()->config().key, u"provider-sandbox"_s);

        menuAction(*app, u"provider-production"_s)->trigger();
        QVERIFY(app->environments()->productionBand()->isVisible());
        QVERIFY(title(*app).contains(u"PRODUCTION"_s));
        menuAction(*app, u"local"_s)->trigger();
        QVERIFY(!app->environments()->productionBand()->isVisible());
        QCOMPARE(title(*app), u"CaseDesk – Local sandbox"_s);
        menuAction(*app, u"provider-sandbox"_s)->trigger();
        QTRY_VERIFY(app->environments()->signInDialog());
    }
    auto again = startApp();
    QCOMPARE(again->session()->config().key, u"provider-sandbox"_s);
}

void TestEnvironmentMenu::choosingTheActiveEnvironmentAgainChangesNothing()
{
    auto app = startApp();
    QPointer<Session> session = app->session();
    menuAction(*app, u"local"_s)->trigger();
    QVERIFY(session);
    QCOMPARE(app->session(), session.data());
    QVERIFY(menuAction(*app, u"local"_s)->isChecked());
}

void TestEnvironmentMenu::aCustomServerAddedFromTheMenuBecomesTheEnvironment()
{
    auto app = startApp();
    app->environments()->menu()->addCustomServerAction()->trigger();
    auto* dialog = app->window()->findChild<CustomServerDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setFields(u"Staging"_s, u"http://staging.example.com"_s);
    dialog->findChild<QPushButton*>(u"addServerButton"_s)->click();
    QVERIFY2(dialog->message().contains(u"only https"_s), qPrintable(dialog->message()));
    QCOMPARE(app->session()->config().key, u"local"_s);

    dialog->findChild<QLineEdit*>(u"serverUrlEdit"_s)->setText(u"staging.example.com"_s);
    dialog->findChild<QPushButton*>(u"addServerButton"_s)->click();
    QTRY_VERIFY(!app->window()->findChild<CustomServerDialog*>());
    QCOMPARE(app->session()->config().key, u"custom-staging.example.com"_s);
    QCOMPARE(app->session()->config().baseUrl, QUrl(u"https://staging.example.com"_s));
    QAction* action = menuAction(*app, u"custom-staging.example.com"_s);
    QVERIFY(action);
    QVERIFY(action->isChecked());
    QCOMPARE(action->text(), u"Staging (staging.example.com)"_s);
    QTRY_VERIFY(app->environments()->signInDialog());
    QVERIFY(app->environments()->registry()->find(u"Staging"_s));
}

void TestEnvironmentMenu::aCustomServerIsRemovedAfterAskingButNotWhileInUse()
{
    auto app = startApp();
    EnvironmentRegistry* registry = app->environments()->registry();
    EnvironmentMenu* menu = app->environments()->menu();
    QVERIFY(!menu->removeCustomServerMenu()->menuAction()->isEnabled()); // nothing to remove yet
    QVERIFY(registry->addCustom(u"Staging"_s, u"staging.example.com"_s).environment);
    const QString key = u"custom-staging.example.com"_s;
    registry->setClientId(key, u"client-1"_s);
    QVERIFY(menu->removeCustomServerMenu()->menuAction()->isEnabled());
    auto removeEntry = [&] {
        return menu->removeCustomServerMenu()->findChild<QAction*>(u"remove:"_s + key);
    };
    QVERIFY(removeEntry());
    QCOMPARE(removeEntry()->text(), u"Staging (staging.example.com)…"_s);

    removeEntry()->trigger(); // asks first; Cancel keeps it
    QTRY_VERIFY(menu->removalQuestion() && menu->removalQuestion()->isVisible());
    QVERIFY(menu->removalQuestion()->text().contains(u"https://staging.example.com"_s));
    menu->removalQuestion()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!menu->removalQuestion());
    QVERIFY(registry->find(key));

    removeEntry()->trigger();
    QTRY_VERIFY(menu->removalQuestion() && menu->removalQuestion()->isVisible());
    menu->removalQuestion()->findChild<QPushButton*>(u"confirmRemoveServerButton"_s)->click();
    QTRY_VERIFY(!registry->find(key));
    QVERIFY(registry->clientId(key).isEmpty());
    QVERIFY(!menuAction(*app, key));
    QVERIFY(!menu->removeCustomServerMenu()->menuAction()->isEnabled());

    // The one in use is not offered: its session is running.
    QVERIFY(registry->addCustom(u"Staging"_s, u"staging.example.com"_s).environment);
    app->environments()->switchTo(key);
    QTRY_COMPARE(app->session()->config().key, key);
    QVERIFY(!removeEntry());
    QVERIFY(!menu->removeCustomServerMenu()->menuAction()->isEnabled());
}

void TestEnvironmentMenu::plainHttpToAnotherComputerIsRefusedWithAClearMessage()
{
    AppOptions options;
    options.baseUrl = QUrl(u"http://cases.example.com"_s);
    options.sandboxProgram = m_home->filePath(u"must-not-start"_s);
    AppController app(options);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(!app.window()->problemText().isEmpty(), 10000);
    QVERIFY2(app.window()->problemText().contains(u"servers other than this computer over HTTPS"_s),
             qPrintable(app.window()->problemText()));
}

void TestEnvironmentMenu::thePreferencesOpenFromTheFileMenuWithEveryPreference()
{
    auto app = startApp();
    QAction* preferences = app->window()->action(MainWindow::Action::Preferences);
    QVERIFY(app->window()->fileMenu()->actions().contains(preferences));
    preferences->trigger();
    auto* dialog = app->window()->findChild<PreferencesDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    for (const QString& name : {u"refreshIntervalSpin"_s, u"languageCombo"_s, u"timeLocalRadio"_s, u"timeUtcRadio"_s,
                                u"timeSiteRadio"_s, u"notificationsCheck"_s, u"proxySystemRadio"_s, u"proxyNoneRadio"_s,
                                u"proxyManualRadio"_s, u"proxyHostEdit"_s, u"proxyPasswordEdit"_s}) {
        auto* widget = dialog->findChild<QWidget*>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(name)); // keyboard reachable
    }
    QVERIFY(!dialog->findChild<QWidget*>(u"proxyHostEdit"_s)->isEnabled()); // only for a manual proxy
    shoot(dialog, u"preferences"_s);
    dialog->reject();
}

QTEST_MAIN(TestEnvironmentMenu)
#include "tst_environmentmenu.moc"

#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/api/ApiClient.h"
#include "models/settings/Preferences.h"
#include "models/store/AutoRefresher.h"
#include "models/store/CaseRepository.h"
#include "tests/integration/RecordingProxy.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/*
 * The proxy preference reaches the network layer: a recording proxy in the test sees the app's requests to a
 * server environment (an https one: loopback addresses never go through a proxy, so the proxy sees the CONNECT
 * for the server, which does not exist), the local sandbox is always reached directly, and preferences (the
 * proxy's password in the keychain, run through tests/support/with-keyring.sh) survive a restart.
 */
class TestProxyPreference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aManualProxyCarriesTheRequestsOfAServerEnvironment();
    void theLocalSandboxIsReachedDirectlyWhateverTheProxy();
    void aProxyChosenInPreferencesAppliesToTheRunningSession();
    void preferencesAndTheProxyPasswordSurviveARestart();

private:
    std::unique_ptr<AppController> startApp(bool localSandbox = false);
    PreferencesDialog* openPreferences(AppController& app);
    void waitConnected(AppController& app);
    QString connectLine() const { return u"CONNECT cases.casedesk.test:443 HTTP/1.1"_s; }

    std::unique_ptr<TestHome> m_home;
    const QUrl m_remote{u"https://cases.casedesk.test"_s};
    RecordingProxy m_proxy;
    const QString m_password = u"proxy-pa55-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
};

void TestProxyPreference::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
    QVERIFY(m_proxy.listen());
}

void TestProxyPreference::init()
{
    QSettings().clear(); // one home for the whole run: every test starts with no preferences
    m_proxy.clear();
}

std::unique_ptr<AppController> TestProxyPreference::startApp(bool localSandbox)
{
    AppOptions options;
    options.sandboxProgram = localSandbox ? SandboxProcess::sandboxBinary() : m_home->filePath(u"must-not-start"_s);
    if (!localSandbox)
        options.baseUrl = m_remote;
    auto app = std::make_unique<AppController>(options);
    app->start();
    return app;
}

void TestProxyPreference::waitConnected(AppController& app)
{
    auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
}

PreferencesDialog* TestProxyPreference::openPreferences(AppController& app)
{
    app.window()->action(MainWindow::Action::Preferences)->trigger();
    return app.window()->findChild<PreferencesDialog*>();
}

void TestProxyPreference::aManualProxyCarriesTheRequestsOfAServerEnvironment()
{
    {
        QSettings settings;
        Preferences(&settings).setProxy({ProxySettings::Mode::Manual, u"127.0.0.1"_s, m_proxy.port(), {}, {}});
    }
    auto app = startApp();
    QTRY_VERIFY2_WITH_TIMEOUT(m_proxy.requestLines().contains(connectLine()),
                              qPrintable(m_proxy.requestLines().join(u'\n')), 20000);
    const ProxySettings used = app->session()->client()->proxy();
    QCOMPARE(used.mode, ProxySettings::Mode::Manual);
    QCOMPARE(used.port, m_proxy.port());
}

void TestProxyPreference::theLocalSandboxIsReachedDirectlyWhateverTheProxy()
{
    {
        QSettings settings;
        Preferences(&settings).setProxy({ProxySettings::Mode::Manual, u"127.0.0.1"_s, m_proxy.port(), {}, {}});
    }
    auto app = startApp(true);
    waitConnected(*app);
    QCOMPARE(app->session()->client()->proxy().mode, ProxySettings::Mode::None);
    QCOMPARE(m_proxy.requestLines(), QStringList());
}

void TestProxyPreference::aProxyChosenInPreferencesAppliesToTheRunningSession()
{
    {
        QSettings settings;
        Preferences(&settings).setProxy({ProxySettings::Mode::None, {}, 0, {}, {}});
    }
    auto app = startApp();
    QCOMPARE(app->session()->client()->proxyFor(m_remote).type(), QNetworkProxy::NoProxy);
    QCOMPARE(m_proxy.requestLines(), QStringList());

    PreferencesDialog* dialog = openPreferences(*app);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QRadioButton*>(u"proxyManualRadio"_s)->click();
    dialog->findChild<QLineEdit*>(u"proxyHostEdit"_s)->setText(u"127.0.0.1"_s);
    dialog->findChild<QSpinBox*>(u"proxyPortSpin"_s)->setValue(m_proxy.port());
    dialog->findChild<QLineEdit*>(u"proxyUserEdit"_s)->setText(u"bob"_s);
    dialog->findChild<QLineEdit*>(u"proxyPasswordEdit"_s)->setText(m_password);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!app->window()->findChild<PreferencesDialog*>());

    const ProxySettings used = app->session()->client()->proxy();
    QCOMPARE(used.mode, ProxySettings::Mode::Manual);
    QCOMPARE(used.user, u"bob"_s);
    QCOMPARE(used.password, m_password);
    const QNetworkProxy proxy = app->session()->client()->proxyFor(m_remote);
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.port(), m_proxy.port());
    QCOMPARE(proxy.user(), u"bob"_s);
    app->repository()->fetch(u"99999999"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(m_proxy.requestLines().contains(connectLine()),
                              qPrintable(m_proxy.requestLines().join(u'\n')), 20000);
}

void TestProxyPreference::preferencesAndTheProxyPasswordSurviveARestart()
{
    QString language;
    {
        auto app = startApp();
        PreferencesDialog* dialog = openPreferences(*app);
        QVERIFY(dialog);
        auto* note = dialog->findChild<QLabel*>(u"languageRestartNote"_s);
        QVERIFY(!note->isVisible());
        auto* languages = dialog->findChild<QComboBox*>(u"languageCombo"_s);
        QVERIFY(languages->count() >= 2);
        languages->setCurrentIndex(languages->count() - 1);
        language = languages->currentData().toString();
        QVERIFY(!language.isEmpty());
        QVERIFY(note->isVisible()); // said where it matters: under the language, once it changed
        dialog->findChild<QSpinBox*>(u"refreshIntervalSpin"_s)->setValue(7);
        dialog->findChild<QRadioButton*>(u"timeUtcRadio"_s)->click();
        dialog->findChild<QCheckBox*>(u"notificationsCheck"_s)->setChecked(false);
        dialog->findChild<QRadioButton*>(u"proxyManualRadio"_s)->click();
        dialog->findChild<QLineEdit*>(u"proxyHostEdit"_s)->setText(u"127.0.0.1"_s);
        dialog->findChild<QSpinBox*>(u"proxyPortSpin"_s)->setValue(m_proxy.port());
        dialog->findChild<QLineEdit*>(u"proxyUserEdit"_s)->setText(u"carol"_s);
        dialog->findChild<QLineEdit*>(u"proxyPasswordEdit"_s)->setText(m_password);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(app->session()->refresher()->interval(), std::chrono::milliseconds(7min));
    }

    m_proxy.clear();
    auto app = startApp();
    QTRY_VERIFY2_WITH_TIMEOUT(m_proxy.requestLines().contains(connectLine()),
                              qPrintable(m_proxy.requestLines().join(u'\n')), 20000);
    Preferences* preferences = app->environments()->preferences();
    QCOMPARE(preferences->refreshInterval(), 420s);
    QCOMPARE(preferences->language(), language);
    QCOMPARE(preferences->timeDisplay(), TimeDisplay::Mode::Utc);
    QCOMPARE(preferences->statusNotifications(), false);
    QCOMPARE(app->session()->refresher()->interval(), std::chrono::milliseconds(7min));
    const ProxySettings used = app->session()->client()->proxy();
    QCOMPARE(used.mode, ProxySettings::Mode::Manual);
    QCOMPARE(used.user, u"carol"_s);
    QCOMPARE(used.password, m_password); // back from the keychain

    PreferencesDialog* dialog = openPreferences(*app);
    QCOMPARE(dialog->findChild<QSpinBox*>(u"refreshIntervalSpin"_s)->value(), 7);
    QVERIFY(dialog->findChild<QRadioButton*>(u"timeUtcRadio"_s)->isChecked());
    QCOMPARE(dialog->findChild<QComboBox*>(u"languageCombo"_s)->currentData().toString(), language);
    QVERIFY(!dialog->findChild<QLabel*>(u"languageRestartNote"_s)->isVisible());
    QCOMPARE(dialog->proxy().password, m_password);

    // In the keychain, and in no file of the app.
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, u"CaseDesk"_s, u"user"_s, u"proxy/carol@127.0.0.1:%1"_s.arg(m_proxy.port())});
    QVERIFY(tool.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), m_password);
    QSettings().sync();
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(m_password.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestProxyPreference)
#include "tst_proxypreference.moc"

#include "models/settings/Preferences.h"
#include "models/settings/Translations.h"
#include "tests/support/TestHome.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Preferences: defaults, what survives a restart, what a damaged settings file reads as, and no password.
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aNewUserGetsTheDefaults();
    void everyPreferenceSurvivesARestart();
    void changedIsSentOncePerRealChange();
    void storedValuesThatDoNotParseReadAsTheDefault_data();
    void storedValuesThatDoNotParseReadAsTheDefault();
    void theProxyPasswordNeverReachesTheSettingsFile();
    void theRefreshIntervalStaysInItsRange();
    void englishIsAlwaysOffered();

private:
    std::unique_ptr<QSettings> settings() { return std::make_unique<QSettings>(m_file, QSettings::IniFormat); }
    std::unique_ptr<TestHome> m_home;
    QString m_file;
    int m_files = 0;
};

void TestPreferences::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestPreferences::init()
{
    m_file = m_home->filePath(u"prefs-%1.ini"_s.arg(++m_files));
}

void TestPreferences::aNewUserGetsTheDefaults()
{
    auto store = settings();
    Preferences preferences(store.get());
    QCOMPARE(preferences.refreshInterval(), 300s);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.timeDisplay(), TimeDisplay::Mode::Local);
    QCOMPARE(preferences.statusNotifications(), true);
    QCOMPARE(preferences.proxy().mode, ProxySettings::Mode::System);
}

void TestPreferences::everyPreferenceSurvivesARestart()
{
    {
        auto store = settings();
        Preferences preferences(store.get());
        preferences.setRefreshInterval(120s);
        preferences.setLanguage(u"de"_s);
        preferences.setTimeDisplay(TimeDisplay::Mode::Site);
        preferences.setStatusNotifications(false);
        preferences.setProxy({ProxySettings::Mode::Manual, u"proxy.example.com"_s, 3128, u"bob"_s, u"pw"_s});
    }
    auto store = settings();
    Preferences preferences(store.get());
    QCOMPARE(preferences.refreshInterval(), 120s);
    QCOMPARE(preferences.language(), u"de"_s);
    QCOMPARE(preferences.timeDisplay(), TimeDisplay::Mode::Site);
    QCOMPARE(preferences.statusNotifications(), false);
    const ProxySettings proxy = preferences.proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::Manual);
    QCOMPARE(proxy.host, u"proxy.example.com"_s);
    QCOMPARE(proxy.port, quint16(3128));
    QCOMPARE(proxy.user, u"bob"_s);
    QVERIFY(proxy.password.isEmpty());

    preferences.setProxy({ProxySettings::Mode::None, u"ignored"_s, 1, u"x"_s, {}});
    auto reread = settings();
    const ProxySettings none = Preferences(reread.get()).proxy();
    QCOMPARE(none.mode, ProxySettings::Mode::None);
    QVERIFY(none.host.isEmpty());
}

void TestPreferences::changedIsSentOncePerRealChange()
{
    auto store = settings();
    Preferences preferences(store.get());
    QSignalSpy changed(&preferences, &Preferences::changed);
    preferences.setTimeDisplay(TimeDisplay::Mode::Utc);
    preferences.setTimeDisplay(TimeDisplay::Mode::Utc);
    preferences.setRefreshInterval(600s);
    preferences.setRefreshInterval(600s);
    preferences.setStatusNotifications(false);
    preferences.setStatusNotifications(false);
    preferences.setLanguage(u"fr"_s);
    preferences.setLanguage(u"fr"_s);
    const ProxySettings manual{ProxySettings::Mode::Manual, u"p.example.com"_s, 8080, {}, {}};
    preferences.setProxy(manual);
    preferences.setProxy(manual);
    // A new password alone is no change to the settings: it goes to the keychain.
    preferences.setProxy({ProxySettings::Mode::Manual, u"p.example.com"_s, 8080, {}, u"other"_s});
    const QList<Preferences::Item> expected{Preferences::Item::TimeDisplay, Preferences::Item::RefreshInterval,
                                            Preferences::Item::StatusNotifications, Preferences::Item::Language,
                                            Preferences::Item::Proxy};
    QCOMPARE(changed.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(changed.at(i).at(0).value<Preferences::Item>(), expected.at(i));
}

void TestPreferences::storedValuesThatDoNotParseReadAsTheDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected"); // as the test prints the preference back

    QTest::newRow("refresh: number") << u"refreshSeconds"_s << u"900"_s << u"900"_s;
    QTest::newRow("refresh: words") << u"refreshSeconds"_s << u"often"_s << u"300"_s;
    QTest::newRow("refresh: empty") << u"refreshSeconds"_s << u""_s << u"300"_s;
    QTest::newRow("refresh: negative") << u"refreshSeconds"_s << u"-5"_s << u"60"_s;
    QTest::newRow("refresh: huge") << u"refreshSeconds"_s << u"99999999999"_s << u"3600"_s;
    QTest::newRow("refresh: fraction") << u"refreshSeconds"_s << u"90.5"_s << u"300"_s;
    QTest::newRow("language: code") << u"language"_s << u"pt_BR"_s << u"pt_BR"_s;
    QTest::newRow("language: upper case") << u"language"_s << u"DE"_s << u""_s;
    QTest::newRow("language: path") << u"language"_s << u"../../etc/passwd"_s << u""_s;
    QTest::newRow("language: long") << u"language"_s << u"english"_s << u""_s;
    QTest::newRow("time: utc") << u"timeDisplay"_s << u"utc"_s << u"utc"_s;
    QTest::newRow("time: upper case") << u"timeDisplay"_s << u"SITE"_s << u"site"_s;
    QTest::newRow("time: unknown") << u"timeDisplay"_s << u"mars"_s << u"local"_s;
    QTest::newRow("notify: false") << u"statusNotifications"_s << u"false"_s << u"false"_s;
    QTest::newRow("notify: 0") << u"statusNotifications"_s << u"0"_s << u"false"_s;
    QTest::newRow("notify: maybe") << u"statusNotifications"_s << u"maybe"_s << u"true"_s;
    QTest::newRow("proxy: none") << u"proxy/mode"_s << u"none"_s << u"none"_s;
    QTest::newRow("proxy: unknown mode") << u"proxy/mode"_s << u"socks9"_s << u"system"_s;
}

static QString readBack(const Preferences& preferences, const QString& key)
{
    if (key == u"refreshSeconds")
        return QString::number(preferences.refreshInterval().count());
    if (key == u"language")
        return preferences.language();
    if (key == u"timeDisplay")
        return TimeDisplay::modeKey(preferences.timeDisplay());
    if (key == u"statusNotifications")
        return preferences.statusNotifications() ? u"true"_s : u"false"_s;
    switch (preferences.proxy().mode) {
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::Manual:
        return u"manual %1:%2"_s.arg(preferences.proxy().host).arg(preferences.proxy().port);
    case ProxySettings::Mode::System:
        break;
    }
    return u"system"_s;
}

void TestPreferences::storedValuesThatDoNotParseReadAsTheDefault()
{
    QFETCH(QString, key);
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    auto store = settings();
    store->setValue(u"preferences/"_s + key, stored);
    store->sync();
    auto reread = settings();
    QCOMPARE(readBack(Preferences(reread.get()), key), expected);
}

void TestPreferences::theProxyPasswordNeverReachesTheSettingsFile()
{
    struct Row
    {
        QString host;
        QString port;
        QString expected;
    };
    const QList<Row> rows{
        {u"proxy.example.com"_s, u"3128"_s, u"manual proxy.example.com:3128"_s},
        {u"proxy.example.com"_s, u"0"_s, u"system"_s},
        {u"proxy.example.com"_s, u"70000"_s, u"system"_s},
        {u"proxy.example.com"_s, u"port"_s, u"system"_s},
        {u""_s, u"3128"_s, u"system"_s},
        {u"bad host!"_s, u"3128"_s, u"system"_s},
    };
    for (const Row& row : rows) {
        auto store = settings();
        store->setValue(u"preferences/proxy/mode"_s, u"manual"_s);
        store->setValue(u"preferences/proxy/host"_s, row.host);
        store->setValue(u"preferences/proxy/port"_s, row.port);
        QCOMPARE(readBack(Preferences(store.get()), u"proxy"_s), row.expected);
    }

    const QString password = u"pr0xy-pa55word-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    {
        auto store = settings();
        Preferences preferences(store.get());
        preferences.setProxy({ProxySettings::Mode::Manual, u"proxy.example.com"_s, 3128, u"bob"_s, password});
        QVERIFY(preferences.proxy().password.isEmpty());
    }
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("proxy.example.com"));
    QVERIFY(!text.contains(password.toUtf8()));
}

void TestPreferences::theRefreshIntervalStaysInItsRange()
{
    auto store = settings();
    Preferences preferences(store.get());
    preferences.setRefreshInterval(1s);
    QCOMPARE(preferences.refreshInterval(), Preferences::kMinimumRefresh);
    preferences.setRefreshInterval(std::chrono::hours(48));
    QCOMPARE(preferences.refreshInterval(), Preferences::kMaximumRefresh);
}

void TestPreferences::englishIsAlwaysOffered()
{
    const QStringList languages = Translations::availableLanguages();
    QVERIFY(languages.contains(u"en"_s));
    for (const QString& code : languages)
        QVERIFY2(Preferences::isLanguageCode(code), qPrintable(code));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"

#include "models/api/NetworkRules.h"

#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Where ApiClient lets a request go, as tables: which redirects are followed (and with or without the token),
 * which hosts are this computer (never sent through a proxy), and on which Qt versions HTTP/2 stays off.
 */
class TestNetworkRules : public QObject
{
    Q_OBJECT

private slots:
    void redirectsAreFollowedOnlyWhereCredentialsMayGo_data();
    void redirectsAreFollowedOnlyWhereCredentialsMayGo();
    void originsCompareSchemeHostAndPort_data();
    void originsCompareSchemeHostAndPort();
    void loopbackHostsAreRecognised_data();
    void loopbackHostsAreRecognised();
    void http2IsOffOnVulnerableOrUnreadableQtVersions_data();
    void http2IsOffOnVulnerableOrUnreadableQtVersions();
};

using NetworkRules::Redirect;

void TestNetworkRules::redirectsAreFollowedOnlyWhereCredentialsMayGo_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("isDownload");
    QTest::addColumn<Redirect>("expected");

    const QString api = u"https://api.example.com/support/v2/tickets/1"_s;
    QTest::newRow("api, same origin") << api << u"https://api.example.com/support/v2/tickets/2"_s << false
                                      << Redirect::Follow;
    QTest::newRow("api, same origin, explicit default port")
        << api << u"https://API.example.com:443/x"_s << false << Redirect::Follow;
    QTest::newRow("api, other host") << api << u"https://evil.example.net/x"_s << false << Redirect::Refuse;
    QTest::newRow("api, other port") << api << u"https://api.example.com:8443/x"_s << false << Redirect::Refuse;
    QTest::newRow("api, subdomain") << api << u"https://a.api.example.com/x"_s << false << Redirect::Refuse;
    QTest::newRow("api, to http same host") << api << u"http://api.example.com/x"_s << false << Redirect::Refuse;
    QTest::newRow("api, loopback to other loopback port")
        << u"http://127.0.0.1:8080/a"_s << u"http://127.0.0.1:8081/a"_s << false << Redirect::Refuse;
    QTest::newRow("api, loopback same port")
        << u"http://127.0.0.1:8080/a"_s << u"http://127.0.0.1:8080/b"_s << false << Redirect::Follow;
    QTest::newRow("download, same origin") << api << u"https://api.example.com/files/1"_s << true << Redirect::Follow;
    QTest::newRow("download, storage bucket")
        << api << u"https://bucket.storage.example.org/f?sig=1"_s << true << Redirect::FollowWithoutCredentials;
    QTest::newRow("download, https to http") << api << u"http://bucket.example.org/f"_s << true << Redirect::Refuse;
    QTest::newRow("download, https to http loopback")
        << api << u"http://127.0.0.1:9000/f"_s << true << Redirect::Refuse;
    QTest::newRow("download, http loopback to other loopback")
        << u"http://127.0.0.1:8080/a"_s << u"http://127.0.0.1:9000/f"_s << true << Redirect::FollowWithoutCredentials;
    QTest::newRow("download, http loopback to remote http")
        << u"http://127.0.0.1:8080/a"_s << u"http://bucket.example.org/f"_s << true << Redirect::Refuse;
    QTest::newRow("download, to file:") << api << u"file:///etc/passwd"_s << true << Redirect::Refuse;
    QTest::newRow("download, to ftp") << api << u"ftp://bucket.example.org/f"_s << true << Redirect::Refuse;
    QTest::newRow("malformed: empty target") << api << QString() << true << Redirect::Refuse;
    QTest::newRow("malformed: no host") << api << u"https:///path"_s << true << Redirect::Refuse;
    QTest::newRow("malformed: garbage") << api << u"ht!tp://%%%"_s << false << Redirect::Refuse;
}

void TestNetworkRules::redirectsAreFollowedOnlyWhereCredentialsMayGo()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, isDownload);
    QFETCH(Redirect, expected);
    const auto decision = NetworkRules::decideRedirect(QUrl(from), QUrl(to), isDownload);
    QCOMPARE(decision.action, expected);
    QCOMPARE(decision.reason.isEmpty(), expected != Redirect::Refuse);
}

void TestNetworkRules::originsCompareSchemeHostAndPort_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << u"https://h.example/x"_s << u"https://h.example/y?q=1"_s << true;
    QTest::newRow("case of host and scheme") << u"HTTPS://H.example/x"_s << u"https://h.example/"_s << true;
    QTest::newRow("default port spelled") << u"http://h.example:80/"_s << u"http://h.example/"_s << true;
    QTest::newRow("scheme differs") << u"http://h.example/"_s << u"https://h.example/"_s << false;
    QTest::newRow("port differs") << u"https://h.example/"_s << u"https://h.example:444/"_s << false;
    QTest::newRow("host differs") << u"https://h.example/"_s << u"https://g.example/"_s << false;
    QTest::newRow("malformed: empty") << QString() << QString() << false;
    QTest::newRow("malformed: no host") << u"file:///a"_s << u"file:///a"_s << false;
}

void TestNetworkRules::originsCompareSchemeHostAndPort()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(NetworkRules::sameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(NetworkRules::sameOrigin(QUrl(b), QUrl(a)), same);
}

void TestNetworkRules::loopbackHostsAreRecognised_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("v4-mapped loopback") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("remote name") << u"api.example.com"_s << false;
    QTest::newRow("localhost as a prefix") << u"localhost.example.com"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("private address") << u"10.0.0.1"_s << false;
    QTest::newRow("malformed: empty") << QString() << false;
    QTest::newRow("malformed: 127.0.0.1.evil") << u"127.0.0.1.evil.example"_s << false;
}

void TestNetworkRules::loopbackHostsAreRecognised()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(NetworkRules::isLoopbackHost(host), loopback);
}

void TestNetworkRules::http2IsOffOnVulnerableOrUnreadableQtVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("Debian 12's 6.4.2") << u"6.4.2"_s << false;
    QTest::newRow("6.2.4") << u"6.2.4"_s << false;
    QTest::newRow("6.5.3") << u"6.5.3"_s << false;
    QTest::newRow("6.5.4, the fix") << u"6.5.4"_s << true;
    QTest::newRow("6.5.10") << u"6.5.10"_s << true;
    QTest::newRow("6.6.0, released before the fix") << u"6.6.0"_s << false;
    QTest::newRow("6.6.1") << u"6.6.1"_s << false;
    QTest::newRow("6.6.2") << u"6.6.2"_s << true;
    QTest::newRow("6.8.0") << u"6.8.0"_s << true;
    QTest::newRow("7.0.0") << u"7.0.0"_s << true;
    QTest::newRow("5.15.2") << u"5.15.2"_s << false;
    QTest::newRow("malformed: empty") << QString() << false;
    QTest::newRow("malformed: words") << u"six"_s << false;
    QTest::newRow("malformed: two parts") << u"6.7"_s << false;
    QTest::newRow("malformed: four parts") << u"6.7.0.1"_s << false;
    QTest::newRow("malformed: suffix") << u"6.7.0-beta1"_s << false;
    QTest::newRow("malformed: leading space") << u" 6.7.0"_s << false;
    QTest::newRow("malformed: negative") << u"-6.7.0"_s << false;
    QTest::newRow("malformed: leading zero") << u"06.7.0"_s << false;
    QTest::newRow("malformed: trailing dot") << u"6.7.0."_s << false;
}

void TestNetworkRules::http2IsOffOnVulnerableOrUnreadableQtVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, allowed);
    QCOMPARE(NetworkRules::http2Allowed(version), allowed);
}

QTEST_APPLESS_MAIN(TestNetworkRules)
#include "tst_networkrules.moc"

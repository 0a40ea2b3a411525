// The status bar's words for a connection follow what the session does and what its API client reports.
#include "models/api/ApiClient.h"
#include "models/api/ConnectionStatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private slots:
    void wordsForEachState_data();
    void wordsForEachState();
    void followsTheClient();
};

void TestConnectionStatus::wordsForEachState_data()
{
    QTest::addColumn<ConnectionStatus::State>("state");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    using S = ConnectionStatus::State;
    QTest::newRow("not signed in") << S::NotSignedIn << QString() << u"Not signed in"_s;
    QTest::newRow("starting") << S::StartingSandbox << QString() << u"Starting the local sandbox…"_s;
    QTest::newRow("sandbox failed") << S::SandboxUnavailable << QString() << u"Local sandbox unavailable"_s;
    QTest::newRow("connecting") << S::Connecting << u"https://api.example.com"_s
                                << u"Connecting to https://api.example.com…"_s;
    QTest::newRow("connected") << S::Connected << u"Ola"_s << u"Connected as Ola"_s;
    QTest::newRow("offline") << S::Offline << u"ignored"_s << u"Offline: the server cannot be reached"_s;
    QTest::newRow("not connected") << S::NotConnected << QString() << u"Not connected"_s;
    QTest::newRow("refused") << S::Refused << u"The server refused the client secret."_s
                             << u"The server refused the client secret."_s;
    // A user name with %1 in it is not expanded again, and markup stays text for the plain-text label.
    QTest::newRow("hostile name") << S::Connected << u"<b>%1 eve</b>"_s << u"Connected as <b>%1 eve</b>"_s;
    QTest::newRow("connected, no name") << S::Connected << QString() << u"Connected as "_s;
}

void TestConnectionStatus::wordsForEachState()
{
    QFETCH(ConnectionStatus::State, state);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionStatus::textFor(state, detail), expected);
}

void TestConnectionStatus::followsTheClient()
{
    ApiClient client;
    ConnectionStatus status(&client);
    QSignalSpy text(&status, &ConnectionStatus::textChanged);
    status.setState(ConnectionStatus::State::Connecting, u"http://127.0.0.1:1"_s);
    emit client.signedIn(u"Ola"_s);
    QCOMPARE(status.state(), ConnectionStatus::State::Connected);
    emit client.serverReachabilityChanged(false);
    QCOMPARE(status.state(), ConnectionStatus::State::Offline);
    emit client.authenticationFailed(ApiError::make(ApiError::Kind::Unauthorized, u"locked"_s));
    QCOMPARE(status.state(), ConnectionStatus::State::Refused);
    const QStringList seen = [&] {
        QStringList all;
        for (const QList<QVariant>& args : text)
            all << args.at(0).toString();
        return all;
    }();
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(0), u"Connecting to http://127.0.0.1:1…"_s);
    QCOMPARE(seen.at(1), u"Connected as Ola"_s);
    QCOMPARE(seen.at(2), u"Offline: the server cannot be reached"_s);
    QCOMPARE(seen.at(3), ApiError::make(ApiError::Kind::Unauthorized, u"locked"_s).userMessage());
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"

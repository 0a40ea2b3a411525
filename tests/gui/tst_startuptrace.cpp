#include "tests/support/StoreGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * The opt-in start-up trace (CASEDESK_TRACE_STARTUP=1) of the real casedesk binary, on a generated store:
 * it prints when the window is painted, when the list first paints rows and when the whole list is ready,
 * each with milliseconds since main and the monotonic clock, which bench_startup reads.
 */
class TestStartupTrace : public QObject
{
    Q_OBJECT

private slots:
    void tracesTheStartOnAStoreWithCases();

private:
    struct Event
    {
        qint64 sinceMain = -1;
        qint64 monotonic = -1;
    };
};

void TestStartupTrace::tracesTheStartOnAStoreWithCases()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("CASEDESK_APP_BIN"));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // --base-url http://127.0.0.1:9 (nothing listens there) keeps its store in AppLocalDataLocation/custom-127.0.0.1-9.
    const QString folder = home.filePath(u"data/CaseDesk/CaseDesk/custom-127.0.0.1-9"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    StoreGenerator generator;
    QString error;
    QVERIFY2(generator.write(folder + u"/casedesk.sqlite"_s, 300, &error), qPrintable(error));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"CASEDESK_TRACE_STARTUP"_s, u"1"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    const qint64 startedMonotonic = clock.msecsSinceReference();
    app.start(qEnvironmentVariable("CASEDESK_APP_BIN"), {u"--base-url"_s, u"http://127.0.0.1:9"_s});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    QByteArray err;
    const auto read = [&] {
        err += app.readAllStandardError();
        return err;
    };
    QTRY_VERIFY_WITH_TIMEOUT(read().contains("casedesk-trace: list ready ")
                                 && err.contains("casedesk-trace: first rows painted ")
                                 && err.contains("casedesk-trace: window painted "),
                             30000);
    app.kill();
    app.waitForFinished(5000);

    static const QRegularExpression line(u"^casedesk-trace: (.+) (\\d+) ms since main, monotonic (\\d+) ms$"_s,
                                         QRegularExpression::MultilineOption);
    QHash<QString, Event> events;
    auto matches = line.globalMatch(QString::fromUtf8(err));
    while (matches.hasNext()) {
        const auto match = matches.next();
        QVERIFY2(!events.contains(match.captured(1)), "each event is traced once");
        events.insert(match.captured(1), {match.captured(2).toLongLong(), match.captured(3).toLongLong()});
    }
    QCOMPARE(events.size(), 3);
    const Event window = events.value(u"window painted"_s);
    const Event rows = events.value(u"first rows painted"_s);
    const Event ready = events.value(u"list ready"_s);
    // The window is painted first or about as soon as the rows.
    QVERIFY(window.sinceMain >= 0 && rows.sinceMain >= window.sinceMain - 1000);
    // The monotonic readings are the clock this process reads too: after the start, before now.
    for (const Event& event : {window, rows, ready}) {
        QVERIFY(event.monotonic >= startedMonotonic);
        QVERIFY(event.monotonic <= startedMonotonic + clock.elapsed());
        QVERIFY(event.monotonic - event.sinceMain <= startedMonotonic + clock.elapsed());
    }
}

QTEST_GUILESS_MAIN(TestStartupTrace)
#include "tst_startuptrace.moc"

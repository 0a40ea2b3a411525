// One running copy per user: the first start listens, later ones hand their command line over and exit, and
// nothing a stranger writes to the socket gets through or brings the running copy down.
#include "models/desktop/InstanceMessage.h"
#include "models/desktop/SingleInstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QtEndian>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theReaderTakesAMessageByteByByte();
    void aSecondStartHandsItsArgumentsToTheFirst();
    void anActivationTokenGoesWithTheArguments();
    void twoStartsAtOnceResolveToOne();
    void aCrashedCopysLockAndSocketAreTakenOver();
    void aRunningCopyThatDoesNotAnswerIsReported();
    void malformedMessagesAreRefused_data();
    void malformedMessagesAreRefused();
    void aStalledPartialMessageIsDropped();
    void aFloodIsRefusedWithoutBufferingIt();
    void tooLongACommandLineIsNotSent();
};

namespace
{
QByteArray header(quint32 length)
{
    QByteArray bytes("CDSK");
    char size[4];
    qToBigEndian(length, size);
    return bytes + QByteArray(size, 4);
}

QByteArray framed(const QByteArray& payload)
{
    return header(quint32(payload.size())) + payload;
}

// Sends raw bytes to the running copy (in this thread, so everything waits on the event loop); returns its
// one-byte answer, empty when it closed without one. `hangUp`: leave at once, without waiting for an answer.
QByteArray sendRaw(const QString& path, const QByteArray& bytes, bool hangUp = false)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QLocalSocket::ConnectedState; }, 5000))
        return "not connected";
    socket.write(bytes);
    if (hangUp) {
        QTest::qWaitFor([&socket] { return socket.bytesToWrite() == 0; }, 5000);
        socket.disconnectFromServer();
        return {};
    }
    QTest::qWaitFor(
        [&socket] { return socket.bytesAvailable() > 0 || socket.state() == QLocalSocket::UnconnectedState; }, 5000);
    return socket.readAll();
}
} // namespace

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSingleInstance::theReaderTakesAMessageByteByByte()
{
    const QStringList arguments{u"--open"_s, u"11150929"_s, u"casedesk://case/11150929?environment=local"_s,
                                u"Grüße “quoted”"_s};
    const QByteArray message = InstanceMessage::encode(arguments);
    QVERIFY(!message.isEmpty());
    InstanceMessage::Reader reader;
    for (qsizetype i = 0; i < message.size() - 1; ++i)
        QCOMPARE(reader.append(message.mid(i, 1)), InstanceMessage::Reader::State::NeedMore);
    QCOMPARE(reader.append(message.right(1)), InstanceMessage::Reader::State::Done);
    QCOMPARE(reader.arguments(), arguments);
    // Anything after it spoils it.
    QCOMPARE(reader.append("x"), InstanceMessage::Reader::State::Refused);
}

void TestSingleInstance::aSecondStartHandsItsArgumentsToTheFirst()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance first(folder.path());
    QSignalSpy primary(&first, &SingleInstance::becamePrimary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    first.start({});
    QVERIFY(primary.wait());
    QVERIFY(first.isPrimary());
    QVERIFY(QFileInfo(first.socketPath()).exists());

    SingleInstance second(folder.path());
    QSignalSpy handedOver(&second, &SingleInstance::handedOver);
    QSignalSpy secondPrimary(&second, &SingleInstance::becamePrimary);
    QSignalSpy failed(&second, &SingleInstance::failed);
    second.start({u"--open"_s, u"11150929"_s});
    QVERIFY(handedOver.wait());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().toStringList(), (QStringList{u"--open"_s, u"11150929"_s}));
    QVERIFY(secondPrimary.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(!second.isPrimary());

    // The running copy goes on taking them.
    SingleInstance third(folder.path());
    QSignalSpy thirdHandedOver(&third, &SingleInstance::handedOver);
    third.start({u"casedesk://case/11150929"_s});
    QVERIFY(thirdHandedOver.wait());
    QCOMPARE(received.size(), 2);
}

void TestSingleInstance::anActivationTokenGoesWithTheArguments()
{
    const QStringList arguments{u"--open"_s, u"11150929"_s};
    const QByteArray message = InstanceMessage::encode(arguments, u"kwin-token_1.2:3"_s);
    InstanceMessage::Reader reader;
    QCOMPARE(reader.append(message), InstanceMessage::Reader::State::Done);
    QCOMPARE(reader.arguments(), arguments);
    QCOMPARE(reader.activationToken(), u"kwin-token_1.2:3"_s);
    // A token not fit to send is left out, not sent along.
    InstanceMessage::Reader without;
    QCOMPARE(without.append(InstanceMessage::encode(arguments, u"two words"_s)), InstanceMessage::Reader::State::Done);
    QCOMPARE(without.activationToken(), QString());
    QCOMPARE(InstanceMessage::encode(arguments, u"two words"_s), InstanceMessage::encode(arguments));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance first(folder.path());
    QSignalSpy primary(&first, &SingleInstance::becamePrimary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    first.start({});
    QVERIFY(primary.wait());
    SingleInstance second(folder.path());
    QSignalSpy handedOver(&second, &SingleInstance::handedOver);
    second.start(arguments, u"token-from-the-launcher"_s);
    QVERIFY(handedOver.wait());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().at(0).toStringList(), arguments);
    QCOMPARE(received.constFirst().at(1).toString(), u"token-from-the-launcher"_s);
}

void TestSingleInstance::twoStartsAtOnceResolveToOne()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance a(folder.path());
    SingleInstance b(folder.path());
    QSignalSpy aPrimary(&a, &SingleInstance::becamePrimary);
    QSignalSpy bPrimary(&b, &SingleInstance::becamePrimary);
    QSignalSpy aHanded(&a, &SingleInstance::handedOver);
    QSignalSpy bHanded(&b, &SingleInstance::handedOver);
    QSignalSpy aReceived(&a, &SingleInstance::messageReceived);
    QSignalSpy bReceived(&b, &SingleInstance::messageReceived);
    a.start({u"a"_s});
    b.start({u"b"_s});
    QTRY_COMPARE(aPrimary.size() + bPrimary.size(), 1);
    QTRY_COMPARE(aHanded.size() + bHanded.size(), 1);
    QCOMPARE(aPrimary.size(), bHanded.size());
    if (a.isPrimary())
        QCOMPARE(aReceived.constFirst().constFirst().toStringList(), QStringList{u"b"_s});
    else
        QCOMPARE(bReceived.constFirst().constFirst().toStringList(), QStringList{u"a"_s});
    QCOMPARE(aReceived.size() + bReceived.size(), 1);
}

void TestSingleInstance::aCrashedCopysLockAndSocketAreTakenOver()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance probe(folder.path());
    // A process that has ended, as a crashed copy has: its lock names it, its socket file stays behind.
    QProcess ended;
    ended.start(u"true"_s, {});
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    {
        QFile lock(probe.lockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ncasedesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    // A socket file bound by nobody now, as a crash leaves it.
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(probe.socketPath());
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo(probe.socketPath()).exists());
    }

    SingleInstance next(folder.path());
    QSignalSpy primary(&next, &SingleInstance::becamePrimary);
    next.start({});
    QVERIFY(primary.wait());
    QVERIFY(next.isPrimary());

    SingleInstance later(folder.path());
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.start({});
    QVERIFY(handedOver.wait());
}

void TestSingleInstance::aRunningCopyThatDoesNotAnswerIsReported()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance probe(folder.path());
    // This process holds the lock but listens nowhere (a copy that hangs before listening).
    QLockFile held(probe.lockPath());
    QVERIFY(held.tryLock(0));

    SingleInstance start(folder.path());
    start.setHandOverTimeout(300);
    QSignalSpy failed(&start, &SingleInstance::failed);
    QSignalSpy primary(&start, &SingleInstance::becamePrimary);
    start.start({});
    QVERIFY(failed.wait());
    QVERIFY2(failed.constFirst().constFirst().toString().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(failed.constFirst().constFirst().toString()));
    QVERIFY(primary.isEmpty());
}

void TestSingleInstance::malformedMessagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("answered"); // a refusal is answered unless the sender vanished

    QTest::newRow("garbage") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13\x37junk", 9) << true;
    QTest::newRow("oversized length") << header(0xffffffffu) << true;
    QTest::newRow("just over the cap") << header(InstanceMessage::kMaxPayload + 1) << true;
    QTest::newRow("zero length") << header(0) << true;
    QTest::newRow("not json") << framed("[\"--open\", 111") << true;
    QTest::newRow("an object") << framed("{\"open\":\"11150929\"}") << true;
    QTest::newRow("an object without a token") << framed("{\"arguments\":[\"--open\",\"11150929\"]}") << true;
    QTest::newRow("an object with another key")
        << framed("{\"arguments\":[],\"activationToken\":\"t\",\"x\":1}") << true;
    QTest::newRow("a token that is a number") << framed("{\"arguments\":[],\"activationToken\":7}") << true;
    QTest::newRow("a token with a space") << framed("{\"arguments\":[],\"activationToken\":\"a b\"}") << true;
    QTest::newRow("a token with a line break") << framed("{\"arguments\":[],\"activationToken\":\"a\\nb\"}") << true;
    QTest::newRow("too long a token") << framed("{\"arguments\":[],\"activationToken\":\"" + QByteArray(257, 't')
                                                + "\"}")
                                      << true;
    QTest::newRow("arguments that are not an array")
        << framed("{\"arguments\":\"--open\",\"activationToken\":\"t\"}") << true;
    QTest::newRow("a number in the array") << framed("[\"--open\", 11150929]") << true;
    QTest::newRow("bytes after the message") << framed("[\"a\"]") + "trailing" << true;
    QTest::newRow("too many arguments") << framed(
        QJsonDocument(QJsonArray::fromStringList(QStringList(InstanceMessage::kMaxArguments + 1, u"x"_s)))
            .toJson(QJsonDocument::Compact))
                                        << true;
    QTest::newRow("too long an argument")
        << framed(QJsonDocument(QJsonArray::fromStringList({QString(InstanceMessage::kMaxArgumentLength + 1, u'x')}))
                      .toJson(QJsonDocument::Compact))
        << true;
    QTest::newRow("partial header, then gone") << QByteArray("CDS") << false;
    QTest::newRow("partial payload, then gone") << header(20) + "[\"--op" << false;
}

void TestSingleInstance::malformedMessagesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, answered);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance running(folder.path());
    QSignalSpy primary(&running, &SingleInstance::becamePrimary);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    QSignalSpy refused(&running, &SingleInstance::messageRefused);
    running.start({});
    QVERIFY(primary.wait());

    if (answered)
        QCOMPARE(sendRaw(running.socketPath(), bytes), QByteArray(1, InstanceMessage::kRefused));
    else
        sendRaw(running.socketPath(), bytes, /*hangUp=*/true);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(received.isEmpty());

    // Still running and still taking good messages.
    QCOMPARE(sendRaw(running.socketPath(), InstanceMessage::encode({u"--open"_s, u"11150929"_s})),
             QByteArray(1, InstanceMessage::kAccepted));
    QTRY_COMPARE(received.size(), 1);
}

void TestSingleInstance::aStalledPartialMessageIsDropped()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance running(folder.path());
    running.setReadTimeout(200);
    QSignalSpy primary(&running, &SingleInstance::becamePrimary);
    QSignalSpy refused(&running, &SingleInstance::messageRefused);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    running.start({});
    QVERIFY(primary.wait());

    QLocalSocket stalled;
    stalled.connectToServer(running.socketPath());
    QTRY_COMPARE(stalled.state(), QLocalSocket::ConnectedState);
    stalled.write(header(100) + "[\"--open\"");
    // The running copy hangs up on it rather than wait for the rest for ever.
    QTRY_COMPARE(stalled.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(refused.size(), 1);
    QVERIFY(received.isEmpty());
}

void TestSingleInstance::aFloodIsRefusedWithoutBufferingIt()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance running(folder.path());
    QSignalSpy primary(&running, &SingleInstance::becamePrimary);
    QSignalSpy refused(&running, &SingleInstance::messageRefused);
    QSignalSpy received(&running, &SingleInstance::messageReceived);
    running.start({});
    QVERIFY(primary.wait());

    // A valid header announcing the most it may, followed by far more than that.
    QLocalSocket flood;
    flood.connectToServer(running.socketPath());
    QTRY_COMPARE(flood.state(), QLocalSocket::ConnectedState);
    flood.write(header(InstanceMessage::kMaxPayload) + "[\"" + QByteArray(4 * 1024 * 1024, 'x'));
    QTRY_VERIFY(!refused.isEmpty());
    QVERIFY(received.isEmpty());
}

void TestSingleInstance::tooLongACommandLineIsNotSent()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SingleInstance start(folder.path());
    QSignalSpy failed(&start, &SingleInstance::failed);
    start.start({QString(InstanceMessage::kMaxArgumentLength + 1, u'x')});
    QVERIFY(failed.wait());
    QVERIFY(!start.isPrimary());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

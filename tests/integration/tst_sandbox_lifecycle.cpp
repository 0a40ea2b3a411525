// Cases that live on (--pace), data that survives a restart (--db), and reproducible demo data.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// The moves CaseLifecycle may make, and a customer's cancel.
bool isAllowedMove(const QString& from, const QString& to)
{
    static const QHash<QString, QStringList> moves{
        {u"SUBMITTED"_s, {u"IN_PROGRESS"_s, u"CANCELLED"_s}},
        {u"IN_PROGRESS"_s, {u"ACTION_REQUIRED"_s, u"RESOLVED"_s, u"CANCELLED"_s}},
        {u"ACTION_REQUIRED"_s, {u"IN_PROGRESS"_s, u"CANCELLED"_s}},
        {u"RESOLVED"_s, {u"CLOSED"_s}},
    };
    return moves.value(from).contains(to);
}

QStringList statusesOf(const QJsonObject& answer)
{
    QStringList statuses;
    for (const QJsonValue& entry : answer.value(u"otherDetails"_s)[u"statusHistory"_s].toArray())
        statuses.append(entry[u"status"_s].toString());
    return statuses;
}

// What a seeded case looks like, without the times (they count back from the moment of seeding).
QJsonObject timeless(const QJsonObject& answer)
{
    QJsonArray notes;
    for (const QJsonValue& note : answer.value(u"notes"_s).toArray())
        notes.append(note[u"text"_s]);
    return QJsonObject{{u"code"_s, answer.value(u"code"_s)},
                       {u"status"_s, answer.value(u"status"_s)},
                       {u"history"_s, QJsonArray::fromStringList(statusesOf(answer))},
                       {u"customerReferenceId"_s, answer.value(u"customerReferenceId"_s)},
                       {u"contacts"_s, answer.value(u"contacts"_s)},
                       {u"location"_s, answer.value(u"location"_s)},
                       {u"attachments"_s, answer.value(u"attachments"_s)},
                       {u"notes"_s, notes}};
}

} // namespace

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void casesMoveOnAtThePace();
    void dataSurvivesARestart();
    void dataSurvivesAKill();
    void seedingIsReproducible();
    void seedingHappensOnlyIntoAnEmptyDatabase();
    void seededDataCoversTheCatalogue();
};

void TestSandboxLifecycle::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's --pace, --db and --seed-cases options");
}

void TestSandboxLifecycle::casesMoveOnAtThePace()
{
    SandboxProcess sandbox({u"--pace"_s, u"1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    // In a fresh database these get 11150930..32; 11150931 is one that asks the customer for something.
    QStringList ids;
    for (const QString& code : {u"0002-0000"_s, u"0100-0000"_s, u"0003-0001"_s})
        ids.append(client.createCase(SandboxClient::caseRequest(code)));
    QSet<QString> seen;
    QSet<QString> replied;
    QStringList wrongFlags;
    const auto allClosed = [&] {
        bool closed = true;
        for (const QString& id : std::as_const(ids)) {
            const QJsonObject answer = client.get(u"/support/v2/tickets/"_s + id).object();
            const QString status = answer.value(u"status"_s).toString();
            const QJsonObject other = answer.value(u"otherDetails"_s).toObject();
            seen.insert(status);
            // The flags follow the status at every step.
            const bool cancellable = status != u"RESOLVED"_s && status != u"CLOSED"_s;
            if (other.value(u"cancellable"_s).toBool() != cancellable
                || other.value(u"modifiable"_s).toBool() != (status != u"CLOSED"_s))
                wrongFlags.append(status);
            if (status == u"ACTION_REQUIRED"_s && !replied.contains(id)) {
                const QString caseNumber = answer.value(u"id"_s).toString();
                client.postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber),
                                QJsonObject{{u"text"_s, u"Tuesday 10:00 works."_s}});
                replied.insert(id);
            }
            closed = closed && status == u"CLOSED"_s;
        }
        return closed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allClosed(), 30000);
    QVERIFY2(wrongFlags.isEmpty(), qPrintable(wrongFlags.join(u", "_s)));
    QCOMPARE(seen, (QSet<QString>{u"SUBMITTED"_s, u"IN_PROGRESS"_s, u"ACTION_REQUIRED"_s, u"RESOLVED"_s, u"CLOSED"_s}));
    QCOMPARE(replied.size(), 1);
    for (const QString& id : std::as_const(ids)) {
        const QJsonObject answer = client.get(u"/support/v2/tickets/"_s + id).object();
        const QStringList history = statusesOf(answer);
        QCOMPARE(history.first(), u"SUBMITTED"_s);
        QCOMPARE(history.last(), u"CLOSED"_s);
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY2(isAllowedMove(history.at(i - 1), history.at(i)), qPrintable(history.join(u" > "_s)));
        const QJsonArray entries = answer.value(u"otherDetails"_s)[u"statusHistory"_s].toArray();
        QCOMPARE(answer.value(u"otherDetails"_s)[u"updatedDateTime"_s], entries.last()[u"createdDate"_s]);
        const QJsonArray notes = answer.value(u"notes"_s).toArray();
        QVERIFY(std::any_of(notes.begin(), notes.end(),
                            [](const QJsonValue& n) { return n[u"type"_s].toString() == u"RESOLUTION_NOTES"_s; }));
        if (replied.contains(id)) {
            const qsizetype asked = history.indexOf(u"ACTION_REQUIRED"_s);
            QVERIFY(asked > 0);
            QVERIFY(notes.first()[u"text"_s].toString().startsWith(u"Action required"_s));
            // The reply moves it back at the next tick; unanswered it would wait three.
            const auto at = [&](qsizetype i) {
                return QDateTime::fromString(entries.at(i)[u"createdDate"_s].toString(), Qt::ISODateWithMs);
            };
            QCOMPARE(history.at(asked + 1), u"IN_PROGRESS"_s);
            QVERIFY2(at(asked).msecsTo(at(asked + 1)) < 2500,
                     qPrintable(QString::number(at(asked).msecsTo(at(asked + 1)))));
        }
    }
}

void TestSandboxLifecycle::dataSurvivesARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments{u"--db"_s, dir.filePath(u"sandbox.sqlite"_s)};
    SandboxProcess sandbox(arguments);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(QFile::exists(dir.filePath(u"sandbox.sqlite-wal"_s))); // WAL mode
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    const HttpReply uploaded = client.upload(u"evidence.jpg"_s, QByteArray(5000, 'j'));
    const QString attachmentId = uploaded.object().value(u"attachmentId"_s).toString();
    QJsonObject request = SandboxClient::caseRequest(u"0002-0001"_s, u"REF-PERSIST"_s);
    request.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, attachmentId}, {u"name"_s, u"evidence"_s}}});
    const QString orderNumber = client.createCase(request);
    QVERIFY(!orderNumber.isEmpty());
    const QJsonObject before = client.get(u"/support/v2/tickets/"_s + orderNumber).object();
    const QString caseNumber = before.value(u"id"_s).toString();
    QCOMPARE(
        client.postJson(u"/support/v1/tickets/%1/notes"_s.arg(caseNumber), QJsonObject{{u"text"_s, u"kept"_s}}).status,
        200);
    const QJsonObject withNote = client.get(u"/support/v2/tickets/"_s + orderNumber).object();

    sandbox.stop();
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient again(sandbox.baseUrl());
    QVERIFY(again.signIn()); // tokens do not survive; sign in anew
    const QJsonObject after = again.get(u"/support/v2/tickets/"_s + orderNumber).object();
    QCOMPARE(after, withNote);
    QCOMPARE(again.get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(caseNumber, attachmentId)).body,
             QByteArray(5000, 'j'));
    QCOMPARE(again.get(u"/v1/attachments/"_s + attachmentId).status, 200);
    const QString next =
        again.get(u"/support/v2/tickets/"_s + again.createCase(SandboxClient::caseRequest(u"0002-0001"_s)))
            .object()
            .value(u"id"_s)
            .toString();
    QVERIFY2(next.toLongLong() > caseNumber.toLongLong(), qPrintable(next)); // numbers are never reused
}

void TestSandboxLifecycle::dataSurvivesAKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxProcess sandbox({u"--db"_s, dir.filePath(u"sandbox.sqlite"_s)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    const QString id = client.createCase(SandboxClient::caseRequest(u"0100-0000"_s, u"REF-KILL"_s));
    QVERIFY(!id.isEmpty());
    sandbox.kill();
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient again(sandbox.baseUrl());
    QVERIFY(again.signIn());
    QCOMPARE(again.get(u"/support/v2/tickets/"_s + id).object().value(u"customerReferenceId"_s).toString(),
             u"REF-KILL"_s);
}

void TestSandboxLifecycle::seedingIsReproducible()
{
    const auto snapshot = [](const QStringList& arguments) {
        SandboxProcess sandbox(arguments);
        QJsonArray cases;
        if (!sandbox.start())
            return cases;
        SandboxClient client(sandbox.baseUrl());
        client.signIn();
        for (int number = 11150930; number < 11150930 + 30; ++number)
            cases.append(timeless(client.get(u"/support/v2/tickets/%1"_s.arg(number)).object()));
        return cases;
    };
    const QJsonArray first = snapshot({u"--seed-cases"_s, u"30"_s, u"--seed"_s, u"7"_s});
    const QJsonArray second = snapshot({u"--seed-cases"_s, u"30"_s, u"--seed"_s, u"7"_s});
    const QJsonArray other = snapshot({u"--seed-cases"_s, u"30"_s, u"--seed"_s, u"8"_s});
    QCOMPARE(first.size(), 30);
    QVERIFY(!first.first()[u"code"_s].toString().isEmpty());
    QCOMPARE(first, second);
    QVERIFY(first != other);
}

void TestSandboxLifecycle::seedingHappensOnlyIntoAnEmptyDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxProcess sandbox({u"--db"_s, dir.filePath(u"sandbox.sqlite"_s), u"--seed-cases"_s, u"25"_s});
    const auto total = [&] {
        SandboxClient client(sandbox.baseUrl());
        client.signIn();
        return client.postJson(u"/v1/retrieve-orders"_s, QJsonObject()).object()[u"page"_s][u"totalElements"_s].toInt();
    };
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(total(), 25);
    sandbox.stop();
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(total(), 25);
}

void TestSandboxLifecycle::seededDataCoversTheCatalogue()
{
    SandboxProcess sandbox({u"--seed-cases"_s, u"60"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox.baseUrl());
    QVERIFY(client.signIn());
    QSet<QString> codes;
    QSet<QString> ibxs;
    QSet<QString> statuses;
    int withReference = 0;
    int withCustomerNote = 0;
    int trouble = 0;
    qint64 oldestDays = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int number = 11150930; number < 11150930 + 60; ++number) {
        const QJsonObject answer = client.get(u"/support/v2/tickets/%1"_s.arg(number)).object();
        codes.insert(answer.value(u"code"_s).toString());
        ibxs.insert(answer.value(u"location"_s)[u"ibx"_s][0].toString());
        statuses.insert(answer.value(u"status"_s).toString());
        withReference += answer.contains(u"customerReferenceId"_s) ? 1 : 0;
        trouble += answer.contains(u"orderId"_s) ? 1 : 0;
        const QJsonArray notes = answer.value(u"notes"_s).toArray();
        withCustomerNote += std::any_of(notes.begin(), notes.end(), [](const QJsonValue& n) {
            return n[u"type"_s].toString() == u"CUSTOMER_NOTES"_s;
        });
        const QDateTime created =
            QDateTime::fromString(answer.value(u"createdDateTime"_s).toString(), Qt::ISODateWithMs);
        oldestDays = qMax(oldestDays, created.daysTo(now));
        QVERIFY(created.daysTo(now) <= 336);
    }
    for (const QString& code : {u"0302-0400"_s, u"0302-0500"_s, u"0302-0600"_s, u"0305-0000"_s, u"0305-0002"_s,
                                u"0305-0100"_s, u"0305-0200"_s, u"0305-0300"_s, u"0305-0301"_s, u"0305-0302"_s,
                                u"0306-0000"_s, u"0306-0100"_s, u"0306-0200"_s, u"0306-0300"_s})
        QVERIFY2(codes.contains(code), qPrintable(code));
    QCOMPARE(statuses.size(), 6);
    QVERIFY(ibxs.size() >= 6);
    QVERIFY(trouble > 10 && trouble < 50);
    QVERIFY(withReference > 20);
    QVERIFY(withCustomerNote > 5);
    QVERIFY2(oldestDays > 150, qPrintable(QString::number(oldestDays)));
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"

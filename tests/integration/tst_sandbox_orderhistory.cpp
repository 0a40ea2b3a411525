// POST /v1/retrieve-orders over the sandbox's cases: filters, text search, sorting and paging.
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/SchemaChecker.h"

#include <QDate>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QString lastWord(const QString& name)
{
    return name.section(u' ', -1).toLower();
}

} // namespace

class TestSandboxOrderHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answerMatchesTheSchema();
    void pagesCoverEveryCaseOnce();
    void sortsByCreationDate_data();
    void sortsByCreationDate();
    void sortsByOrderingContact();
    void filtersByIbx();
    void filtersByProductType();
    void filtersByOrderStatus();
    void filtersByDates();
    void searchesTheChosenSources_data();
    void searchesTheChosenSources();
    void newCaseIsFoundByItsReferenceAtOnce();

private:
    HttpReply search(const QJsonObject& body) { return m_client->postJson(u"/v1/retrieve-orders"_s, body); }
    QJsonArray content(const QJsonObject& body) { return search(body).object().value(u"content"_s).toArray(); }

    SandboxProcess m_sandbox{{u"--seed-cases"_s, u"80"_s}};
    std::unique_ptr<SandboxClient> m_client;
    QString m_orderNumber;
    QString m_caseNumber;
    QString m_cancelledCase;
};

void TestSandboxOrderHistory::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("relies on the sandbox's seeded cases");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
    QVERIFY(m_client->signIn());
    QJsonObject request = SandboxClient::caseRequest(u"0002-0000"_s, u"ZEBRA-778899"_s);
    request.insert(u"contacts"_s,
                   QJsonArray{QJsonObject{{u"type"_s, u"ORDERING"_s},
                                          {u"firstName"_s, u"Quinn"_s},
                                          {u"lastName"_s, u"Xylophon"_s},
                                          {u"details"_s, QJsonArray{QJsonObject{{u"type"_s, u"EMAIL"_s},
                                                                                {u"value"_s, u"q@example.com"_s}}}}}});
    m_orderNumber = m_client->createCase(request);
    m_caseNumber = m_client->get(u"/support/v2/tickets/"_s + m_orderNumber).object().value(u"id"_s).toString();
    m_cancelledCase = m_client->createCase(SandboxClient::caseRequest(u"0100-0200"_s));
    QCOMPARE(m_client
                 ->postJson(u"/support/v2/tickets/%1/cancel"_s.arg(m_cancelledCase),
                            QJsonObject{{u"reason"_s, u"duplicate"_s}})
                 .status,
             200);
}

void TestSandboxOrderHistory::answerMatchesTheSchema()
{
    const HttpReply reply = search(QJsonObject());
    QCOMPARE(reply.status, 200);
    const QStringList problems = SchemaChecker::check(SchemaChecker::Api::OrderHistory,
                                                      u"#/definitions/order-history-response"_s, reply.object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonObject page = reply.object().value(u"page"_s).toObject();
    QCOMPARE(page.value(u"size"_s).toInt(), 10);
    QCOMPARE(page.value(u"number"_s).toInt(), 0);
    QCOMPARE(page.value(u"totalElements"_s).toInt(), 82);
    QCOMPARE(page.value(u"totalPages"_s).toInt(), 9);
    QCOMPARE(reply.object().value(u"content"_s).toArray().size(), 10);
}

void TestSandboxOrderHistory::pagesCoverEveryCaseOnce()
{
    QSet<QString> seen;
    int total = -1;
    for (int number = 0; number < 20; ++number) {
        const QJsonObject answer =
            search(QJsonObject{{u"page"_s, QJsonObject{{u"number"_s, number}, {u"size"_s, 7}}}}).object();
        total = answer.value(u"page"_s)[u"totalElements"_s].toInt();
        QCOMPARE(answer.value(u"page"_s)[u"totalPages"_s].toInt(), (total + 6) / 7);
        const QJsonArray rows = answer.value(u"content"_s).toArray();
        for (const QJsonValue& row : rows) {
            const QString number = row[u"orderNumber"_s].toString();
            QVERIFY2(!seen.contains(number), qPrintable(number));
            seen.insert(number);
        }
        if (rows.isEmpty())
            break;
    }
    QCOMPARE(seen.size(), total);
    QVERIFY(seen.contains(m_orderNumber));
    QVERIFY(seen.contains(m_cancelledCase)); // cases appear under their case number
}

void TestSandboxOrderHistory::sortsByCreationDate_data()
{
    QTest::addColumn<QString>("direction");
    QTest::newRow("ascending") << u"ASC"_s;
    QTest::newRow("descending") << u"DESC"_s;
}

void TestSandboxOrderHistory::sortsByCreationDate()
{
    QFETCH(QString, direction);
    const QJsonArray rows = content(
        QJsonObject{{u"sorts"_s, QJsonArray{QJsonObject{{u"name"_s, u"CREATED_ON"_s}, {u"direction"_s, direction}}}},
                    {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
    QCOMPARE(rows.size(), 82);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString previous = rows.at(i - 1)[u"createdAt"_s].toString();
        const QString current = rows.at(i)[u"createdAt"_s].toString();
        QVERIFY2(direction == u"ASC"_s ? previous <= current : previous >= current,
                 qPrintable(previous + u" / "_s + current));
    }
}

void TestSandboxOrderHistory::sortsByOrderingContact()
{
    const QJsonArray rows = content(QJsonObject{
        {u"sorts"_s, QJsonArray{QJsonObject{{u"name"_s, u"ORDERING_CONTACT"_s}, {u"direction"_s, u"ASC"_s}}}},
        {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
    QCOMPARE(rows.size(), 82);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(lastWord(rows.at(i - 1)[u"orderingContact"_s][u"name"_s].toString())
                <= lastWord(rows.at(i)[u"orderingContact"_s][u"name"_s].toString()));
    }
    QCOMPARE(rows.last()[u"orderingContact"_s][u"name"_s].toString(), u"Quinn Xylophon"_s);
    const HttpReply byAccount = search(QJsonObject{
        {u"sorts"_s, QJsonArray{QJsonObject{{u"name"_s, u"ACCOUNT_NUMBER"_s}, {u"direction"_s, u"DESC"_s}}}}});
    QCOMPARE(byAccount.status, 200);
}

void TestSandboxOrderHistory::filtersByIbx()
{
    const QJsonArray rows = content(QJsonObject{{u"filters"_s, QJsonObject{{u"ibxs"_s, QJsonArray{u"AM5"_s}}}},
                                                {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
    QVERIFY(!rows.isEmpty()); // the cases created above are in AM5
    for (const QJsonValue& row : rows)
        QCOMPARE(row[u"ibx"_s].toArray(), QJsonArray{u"AM5"_s});
    QVERIFY(content(QJsonObject{{u"filters"_s, QJsonObject{{u"ibxs"_s, QJsonArray{u"ZZ9"_s}}}}}).isEmpty());
}

void TestSandboxOrderHistory::filtersByProductType()
{
    const QJsonArray trouble =
        content(QJsonObject{{u"filters"_s, QJsonObject{{u"productTypes"_s, QJsonArray{u"TROUBLE"_s}}}},
                            {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
    QVERIFY(!trouble.isEmpty());
    QVERIFY(trouble.size() < 82);
    for (const QJsonValue& row : trouble) {
        QVERIFY(row[u"orderNumber"_s].toString().startsWith(u"1-"_s));
        QCOMPARE(row[u"type"_s].toArray(), QJsonArray{u"TROUBLE"_s});
    }
    QVERIFY(
        content(QJsonObject{{u"filters"_s, QJsonObject{{u"productTypes"_s, QJsonArray{u"SMART_HANDS"_s}}}}}).isEmpty());
}

void TestSandboxOrderHistory::filtersByOrderStatus()
{
    const auto rowsIn = [&](const QString& status) {
        return content(QJsonObject{{u"filters"_s, QJsonObject{{u"orderStatus"_s, QJsonArray{status}}}},
                                   {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
    };
    const QJsonArray cancelled = rowsIn(u"CANCELLED"_s);
    QVERIFY(std::any_of(cancelled.begin(), cancelled.end(),
                        [&](const QJsonValue& row) { return row[u"orderNumber"_s].toString() == m_cancelledCase; }));
    int counted = 0;
    for (const QString& status : {u"SUBMITTED"_s, u"IN_PROGRESS"_s, u"CLOSED"_s, u"CANCELLED"_s}) {
        const QJsonArray rows = rowsIn(status);
        QVERIFY2(!rows.isEmpty(), qPrintable(status));
        for (const QJsonValue& row : rows)
            QCOMPARE(row[u"orderStatus"_s].toString(), status);
        counted += int(rows.size());
    }
    QCOMPARE(counted, 82); // every case status maps to exactly one of these
    QVERIFY(rowsIn(u"PENDING_QA"_s).isEmpty());
}

void TestSandboxOrderHistory::filtersByDates()
{
    const auto found = [&](const QJsonObject& filters) {
        const QJsonArray rows =
            content(QJsonObject{{u"filters"_s, filters}, {u"page"_s, QJsonObject{{u"size"_s, 200}}}});
        return std::any_of(rows.begin(), rows.end(),
                           [&](const QJsonValue& row) { return row[u"orderNumber"_s].toString() == m_orderNumber; });
    };
    const QString today = QDate::currentDate().toString(u"MM/dd/yyyy"_s);
    QVERIFY(found(QJsonObject{{u"dateRange"_s, u"PAST_7_DAYS"_s}}));
    QVERIFY(found(QJsonObject{{u"fromDate"_s, today}, {u"toDate"_s, today}}));
    QVERIFY(!found(QJsonObject{{u"fromDate"_s, u"01/01/2000"_s}, {u"toDate"_s, u"01/31/2000"_s}}));
    const int week = search(QJsonObject{{u"filters"_s, QJsonObject{{u"dateRange"_s, u"PAST_7_DAYS"_s}}}})
                         .object()[u"page"_s][u"totalElements"_s]
                         .toInt();
    const int year = search(QJsonObject{{u"filters"_s, QJsonObject{{u"dateRange"_s, u"PAST_YEAR"_s}}}})
                         .object()[u"page"_s][u"totalElements"_s]
                         .toInt();
    QVERIFY(week >= 2);
    QVERIFY(week < year);
    QCOMPARE(year, 82);
}

void TestSandboxOrderHistory::searchesTheChosenSources_data()
{
    QTest::addColumn<QJsonArray>("sources");
    QTest::addColumn<QString>("query"); // {order} and {case} stand for the numbers of the case made above
    QTest::addColumn<bool>("found");
    QTest::newRow("reference, partial, any case")
        << QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s} << u"zebra-77"_s << true;
    QTest::newRow("reference under no source") << QJsonArray() << u"RA-7788"_s << true;
    QTest::newRow("order number") << QJsonArray{u"ORDER_NUMBER"_s} << u"{order}"_s << true;
    QTest::newRow("case number as order number") << QJsonArray{u"ORDER_NUMBER"_s} << u"{case}"_s << true;
    QTest::newRow("trouble ticket number") << QJsonArray{u"TROUBLE_TICKET_NUMBER"_s} << u"{case}"_s << true;
    QTest::newRow("contact last name") << QJsonArray{u"CONTACT_LAST_NAME"_s} << u"xyloph"_s << true;
    QTest::newRow("last name is not a reference") << QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s} << u"xyloph"_s << false;
    QTest::newRow("OR over sources") << QJsonArray{u"TROUBLE_TICKET_NUMBER"_s, u"CONTACT_LAST_NAME"_s} << u"Xylophon"_s
                                     << true;
    QTest::newRow("service requests match nothing") << QJsonArray{u"SR_NUMBER"_s} << u"zebra"_s << false;
}

void TestSandboxOrderHistory::searchesTheChosenSources()
{
    QFETCH(QJsonArray, sources);
    QFETCH(QString, query);
    QFETCH(bool, found);
    query.replace(u"{order}"_s, m_orderNumber).replace(u"{case}"_s, m_caseNumber);
    QJsonObject body{{u"q"_s, query}};
    if (!sources.isEmpty())
        body.insert(u"source"_s, sources);
    const QJsonArray rows = content(body);
    const bool hit = std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
        return row[u"orderNumber"_s].toString() == m_orderNumber;
    });
    QCOMPARE(hit, found);
    if (found)
        QCOMPARE(rows.size(), 1);
}

void TestSandboxOrderHistory::newCaseIsFoundByItsReferenceAtOnce()
{
    const QString reference = u"LOST-ANSWER-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString id = m_client->createCase(SandboxClient::caseRequest(u"0010-0003"_s, reference));
    const QJsonArray rows =
        content(QJsonObject{{u"q"_s, reference}, {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}}});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[u"orderNumber"_s].toString(), id);
    QCOMPARE(rows.first()[u"customerReferenceNumbers"_s].toArray(), QJsonArray{reference});
    QCOMPARE(rows.first()[u"orderStatus"_s].toString(), u"SUBMITTED"_s);
}

QTEST_GUILESS_MAIN(TestSandboxOrderHistory)
#include "tst_sandbox_orderhistory.moc"

#include "models/api/ApiError.h"

#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void readsServerBodies_data();
    void readsServerBodies();
    void everyKindHasASentence();
};

void TestApiError::readsServerBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("correlationId");
    QTest::addColumn<QStringList>("properties");

    QTest::newRow("case api array, object additionalInfo")
        << QByteArray(R"([{"errorCode":"EQ-2010010","errorMessage":"One or more properties are invalid",)"
                      R"("correlationId":"c-1","additionalInfo":{"property":"description","reason":"too long"}},)"
                      R"({"errorCode":"EQ-2010010","additionalInfo":{"property":"contacts[0].type","reason":"enum"}}])")
        << u"EQ-2010010"_s << u"One or more properties are invalid"_s << u"c-1"_s
        << QStringList{u"description"_s, u"contacts[0].type"_s};
    QTest::newRow("additionalInfo as an array with value")
        << QByteArray(
               R"([{"errorCode":"EQ-2010010","additionalInfo":[{"property":"ibx","reason":"Unknown","value":"AM1"}]}])")
        << u"EQ-2010010"_s << QString() << QString() << QStringList{u"ibx"_s};
    QTest::newRow("token api object") << QByteArray(
        R"({"error_domain":"apiportal","error_title":"Invalid","error_code":"EQ-3000023",)"
        R"("developer_message":"dev","error_message":"Please enter a valid client id"})")
                                      << u"EQ-3000023"_s << u"Please enter a valid client id"_s << QString()
                                      << QStringList{};
    QTest::newRow("order history generic error")
        << QByteArray(R"({"errors":[{"code":"EQX-123-1234","message":"bad","fields":["page.size"]}],"ticketId":"t9"})")
        << u"EQX-123-1234"_s << u"bad"_s << u"t9"_s << QStringList{u"page.size"_s};
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << QString() << QString()
                                     << QString() << QStringList{};
    QTest::newRow("array of junk") << QByteArray(R"([1,"x",{"errorCode":7}])") << QString() << QString() << QString()
                                   << QStringList{};
    QTest::newRow("empty body") << QByteArray() << QString() << QString() << QString() << QStringList{};
}

void TestApiError::readsServerBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    QFETCH(QString, message);
    QFETCH(QString, correlationId);
    QFETCH(QStringList, properties);

    ApiError error = ApiError::make(ApiError::Kind::Validation);
    ApiError::readServerBody(body, &error);
    QCOMPARE(error.errorCode, errorCode);
    QCOMPARE(error.message, message);
    QCOMPARE(error.correlationId, correlationId);
    QStringList seen;
    for (const FieldError& field : error.fieldErrors)
        seen << field.property;
    QCOMPARE(seen, properties);
}

void TestApiError::everyKindHasASentence()
{
    const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = ApiError::Kind(kinds.value(i));
        ApiError error = ApiError::make(kind);
        error.correlationId = u"corr-42"_s;
        if (kind == ApiError::Kind::None) {
            QVERIFY(error.userMessage().isEmpty());
            continue;
        }
        QVERIFY2(error.userMessage().size() > 10, kinds.key(i));
        QVERIFY2(error.userMessage().contains(u"corr-42"), kinds.key(i));
    }
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

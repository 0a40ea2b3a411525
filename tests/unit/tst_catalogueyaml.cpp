#include "models/catalogue/YamlToJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// YAML is read the way OpenAPI tools read it; what matters most is that nothing changes type on the way.
class TestCatalogueYaml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void convertsToTheJsonItDenotes_data();
    void convertsToTheJsonItDenotes();
    void refusesWithWhereAndWhy_data();
    void refusesWithWhereAndWhy();
    void capsAliasExpansion();
    void capsTheTextAliasesExpandTo_data();
    void capsTheTextAliasesExpandTo();
};

void TestCatalogueYaml::convertsToTheJsonItDenotes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("codes stay text") << QByteArray("a: 0002-0000\nb: [0800-0000, 0305-0301]")
                                     << QByteArray(R"({"a":"0002-0000","b":["0800-0000","0305-0301"]})");
    QTest::newRow("leading-zero numbers stay text")
        << QByteArray("family: 0800\nx: 00") << QByteArray(R"({"family":"0800","x":"00"})");
    QTest::newRow("quoted numbers stay text")
        << QByteArray("a: '200'\nb: \"4000\"") << QByteArray(R"({"a":"200","b":"4000"})");
    QTest::newRow("plain numbers") << QByteArray("a: 200\nb: -3\nc: 1.5e3\nd: 0.25\ne: 0")
                                   << QByteArray(R"({"a":200,"b":-3,"c":1500,"d":0.25,"e":0})");
    QTest::newRow("core-schema booleans only") << QByteArray("a: true\nb: False\nc: no\nd: NO\ne: yes")
                                               << QByteArray(R"({"a":true,"b":false,"c":"no","d":"NO","e":"yes"})");
    QTest::newRow("nulls") << QByteArray("a: ~\nb:\nc: null") << QByteArray(R"({"a":null,"b":null,"c":null})");
    QTest::newRow("block scalars") << QByteArray("a: |\n  line one\n  line two\nb: >\n  folded\n  text\n")
                                   << QByteArray(R"({"a":"line one\nline two\n","b":"folded text\n"})");
    QTest::newRow("anchors and aliases")
        << QByteArray("base: &b {type: string, maxLength: 100}\nuse: *b")
        << QByteArray(R"({"base":{"maxLength":100,"type":"string"},"use":{"maxLength":100,"type":"string"}})");
    QTest::newRow("merge keys do not override") << QByteArray("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3")
                                                << QByteArray(R"({"base":{"x":1,"y":2},"use":{"x":1,"y":3}})");
    QTest::newRow("merge of several") << QByteArray("a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]")
                                      << QByteArray(R"({"a":{"x":1},"b":{"x":2,"z":3},"c":{"x":1,"z":3}})");
    QTest::newRow("quoted merge key is an ordinary key")
        << QByteArray("a:\n  '<<': 1") << QByteArray(R"({"a":{"<<":1}})");
    QTest::newRow("explicit tags") << QByteArray("a: !!str 12\nb: !!int '7'\nc: !custom text")
                                   << QByteArray(R"({"a":"12","b":7,"c":"text"})");
    QTest::newRow("json is yaml") << QByteArray(R"({"a": [1, "b", {"c": null}]})")
                                  << QByteArray(R"({"a":[1,"b",{"c":null}]})");
    QTest::newRow("refs keep their text")
        << QByteArray("$ref: '#/components/schemas/X'") << QByteArray(R"({"$ref":"#/components/schemas/X"})");
    QTest::newRow("response codes as keys")
        << QByteArray("'200': {description: OK}\n400: {description: Bad}")
        << QByteArray(R"({"200":{"description":"OK"},"400":{"description":"Bad"}})");
    QTest::newRow("infinity stays text") << QByteArray("a: .inf\nb: .nan") << QByteArray(R"({"a":".inf","b":".nan"})");
    QTest::newRow("number beyond double stays text")
        << QByteArray("a: 1e400\nb: -2e999") << QByteArray(R"({"a":"1e400","b":"-2e999"})");
}

void TestCatalogueYaml::convertsToTheJsonItDenotes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, json);
    QString error;
    const std::optional<QJsonValue> converted = YamlToJson::convert(yaml, &error);
    QVERIFY2(converted, qPrintable(error));
    QCOMPARE(QJsonDocument(converted->toObject()).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

void TestCatalogueYaml::refusesWithWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unclosed flow sequence") << QByteArray("a: [1, 2\nb: c") << u"line 2, column"_s;
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b") << u"line 2"_s;
    QTest::newRow("duplicate key") << QByteArray("paths: {}\ninfo: {}\npaths: {}")
                                   << u"line 3, column 1: the key \"paths\" appears twice"_s;
    QTest::newRow("non-scalar key") << QByteArray("? [a, b]\n: c") << u"not plain text"_s;
    QTest::newRow("unknown alias") << QByteArray("a: *nowhere") << u"line 1"_s;
    QTest::newRow("tagged number that is not one") << QByteArray("a: !!int seven") << u"is tagged as a number"_s;
    QTest::newRow("tagged NaN") << QByteArray("a: !!float nan") << u"is tagged as a number"_s;
    QTest::newRow("tagged infinity") << QByteArray("a: !!float -inf") << u"is tagged as a number"_s;
    QTest::newRow("tagged number beyond double") << QByteArray("a: !!int 1e400") << u"is tagged as a number"_s;
    QTest::newRow("nested too deeply") << QByteArray(300, '[') + QByteArray(300, ']') << u"deep"_s;
}

void TestCatalogueYaml::refusesWithWhereAndWhy()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!YamlToJson::convert(yaml, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCatalogueYaml::capsAliasExpansion()
{
    // Nine levels of ten aliases each would expand to a billion nodes.
    QByteArray yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 9; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        yaml += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", " : "") + previous;
        yaml += "]\n";
    }
    QString error;
    QVERIFY(!YamlToJson::convert(yaml, &error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

void TestCatalogueYaml::capsTheTextAliasesExpandTo_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("refused");

    // Few nodes, much text: one text of 1 MiB used again and again. The node cap alone let these through.
    const QByteArray text = "t: &t " + QByteArray(1024 * 1024, 'a') + '\n';
    const auto repeated = [&text](int times, const QByteArray& use) {
        QByteArray yaml = text + "uses:\n";
        for (int i = 0; i < times; ++i)
            yaml += use;
        return yaml;
    };
    QTest::newRow("a text used 100 times") << repeated(100, "  - *t\n") << true;
    QTest::newRow("a text used 60 times fits") << repeated(60, "  - *t\n") << false;
    QTest::newRow("a mapping of texts merged 100 times") << QByteArray(
        "m: &m {a: " + QByteArray(1024 * 1024, 'b') + "}\nuses:\n" + QByteArray("  - {<<: *m}\n").repeated(100))
                                                         << true;
    QTest::newRow("a long key used 100 times") << QByteArray("k: &k " + QByteArray(1024 * 1024, 'c') + "\nuses:\n"
                                                             + QByteArray("  - {*k : 1}\n").repeated(100))
                                               << true;
    QTest::newRow("a big document without aliases fits")
        << QByteArray("t: " + QByteArray(20 * 1024 * 1024, 'd')) << false;
}

void TestCatalogueYaml::capsTheTextAliasesExpandTo()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, refused);
    QString error;
    const std::optional<QJsonValue> converted = YamlToJson::convert(yaml, &error);
    QCOMPARE(!converted, refused);
    if (refused) {
        QVERIFY2(error.contains(u"too large once its aliases are expanded"_s), qPrintable(error));
        QVERIFY2(error.contains(QLocale().formattedDataSize(YamlToJson::kMaxTextBytes)), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestCatalogueYaml)
#include "tst_catalogueyaml.moc"

// casedesk:// links: what opens a case, and a sentence for everything else.
#include "models/desktop/CaseLink.h"

#include <QtTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestCaseLink : public QObject
{
    Q_OBJECT

private slots:
    void parsesLinks_data();
    void parsesLinks();
    void openArgumentTakesANumberOrALink_data();
    void openArgumentTakesANumberOrALink();
    void aCopiedLinkParsesBack();
};

namespace
{
const QStringList kKnown{u"local"_s, u"provider-sandbox"_s, u"provider-production"_s, u"custom-staging.example.com"_s};
}

void TestCaseLink::parsesLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caseNumber");  // empty: refused
    QTest::addColumn<QString>("environment"); // expected environment, or a word the error must contain

    QTest::newRow("case") << u"casedesk://case/11150929"_s << u"11150929"_s << QString();
    QTest::newRow("with environment") << u"casedesk://case/11150929?environment=provider-sandbox"_s << u"11150929"_s
                                      << u"provider-sandbox"_s;
    QTest::newRow("custom environment") << u"casedesk://case/11150929?environment=custom-staging.example.com"_s
                                        << u"11150929"_s << u"custom-staging.example.com"_s;
    QTest::newRow("scheme in capitals") << u"CaseDesk://CASE/11150929"_s << u"11150929"_s << QString();

    // Malformed: the error must say what is wrong.
    QTest::newRow("empty") << QString() << QString() << u"not a CaseDesk link"_s;
    QTest::newRow("wrong scheme") << u"https://case/11150929"_s << QString() << u"not a CaseDesk link"_s;
    QTest::newRow("scheme without slashes") << u"casedesk:case/11150929"_s << QString() << u"not a CaseDesk link"_s;
    QTest::newRow("other host") << u"casedesk://order/11150929"_s << QString() << u"does not point to a case"_s;
    QTest::newRow("user info") << u"casedesk://me@case/11150929"_s << QString() << u"does not point to a case"_s;
    QTest::newRow("port") << u"casedesk://case:80/11150929"_s << QString() << u"does not point to a case"_s;
    QTest::newRow("no number") << u"casedesk://case/"_s << QString() << u"8 digits"_s;
    QTest::newRow("non-digit number") << u"casedesk://case/1115092x"_s << QString() << u"8 digits"_s;
    QTest::newRow("order number") << u"casedesk://case/1-204976070710"_s << QString() << u"8 digits"_s;
    QTest::newRow("short number") << u"casedesk://case/1115092"_s << QString() << u"8 digits"_s;
    QTest::newRow("long number") << u"casedesk://case/111509290"_s << QString() << u"8 digits"_s;
    QTest::newRow("arabic-indic digits") << u"casedesk://case/١١١٥٠٩٢٩"_s << QString() << u"characters"_s;
    QTest::newRow("extra path") << u"casedesk://case/11150929/notes"_s << QString() << u"more after"_s;
    QTest::newRow("dot segments") << u"casedesk://case/../case/11150929"_s << QString() << u"more after"_s;
    QTest::newRow("trailing slash") << u"casedesk://case/11150929/"_s << QString() << u"more after"_s;
    QTest::newRow("unknown environment") << u"casedesk://case/11150929?environment=elsewhere"_s << QString()
                                         << u"does not know"_s;
    QTest::newRow("environment in capitals")
        << u"casedesk://case/11150929?environment=PROVIDER-SANDBOX"_s << QString() << u"does not know"_s;
    QTest::newRow("empty environment") << u"casedesk://case/11150929?environment="_s << QString()
                                       << u"other than an environment"_s;
    QTest::newRow("other parameter") << u"casedesk://case/11150929?token=abc"_s << QString()
                                     << u"other than an environment"_s;
    QTest::newRow("two parameters") << u"casedesk://case/11150929?environment=local&environment=provider-production"_s
                                    << QString() << u"other than an environment"_s;
    QTest::newRow("fragment") << u"casedesk://case/11150929#notes"_s << QString() << u"after “#”"_s;
    QTest::newRow("too long") << u"casedesk://case/11150929?environment="_s + QString(400, u'a') << QString()
                              << u"too long"_s;
    QTest::newRow("encoded digits") << u"casedesk://case/%31%31150929"_s << QString() << u"encoded"_s;
    QTest::newRow("encoded slash") << u"casedesk://case/11150929%2F..%2Fx"_s << QString() << u"encoded"_s;
    QTest::newRow("encoded nul") << u"casedesk://case/11150929%00"_s << QString() << u"encoded"_s;
    QTest::newRow("encoded environment") << u"casedesk://case/11150929?environment=provider%2Dsandbox"_s << QString()
                                         << u"encoded"_s;
    QTest::newRow("encoded host") << u"casedesk://%63ase/11150929"_s << QString() << u"encoded"_s;
    QTest::newRow("space") << u"casedesk://case/1115 0929"_s << QString() << u"spaces"_s;
    QTest::newRow("newline") << u"casedesk://case/11150929\nrm -rf"_s << QString() << u"spaces"_s;
    QTest::newRow("nul") << u"casedesk://case/11150929"_s + QChar(0) << QString() << u"spaces"_s;
    QTest::newRow("right-to-left override") << u"casedesk://case/\u202E92905111"_s << QString() << u"characters"_s;
}

void TestCaseLink::parsesLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, caseNumber);
    QFETCH(QString, environment);

    const CaseLink::Parsed parsed = CaseLink::parse(text, kKnown);
    if (caseNumber.isEmpty()) {
        QVERIFY2(!parsed.link, qPrintable(parsed.link ? parsed.link->toString() : QString()));
        QVERIFY2(parsed.error.contains(environment), qPrintable(parsed.error));
        // Whatever the link held, the message quotes at most a short piece of it.
        QVERIFY(parsed.error.size() < 250);
        return;
    }
    QVERIFY2(parsed.link, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.link->caseNumber, caseNumber);
    QCOMPARE(parsed.link->environment, environment);
}

void TestCaseLink::openArgumentTakesANumberOrALink_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caseNumber"); // empty: refused

    QTest::newRow("number") << u"11150929"_s << u"11150929"_s;
    QTest::newRow("link") << u"casedesk://case/11150929"_s << u"11150929"_s;
    QTest::newRow("bad link") << u"casedesk://case/abc"_s << QString();
    QTest::newRow("letters") << u"eleven"_s << QString();
    QTest::newRow("order number") << u"1-204976070710"_s << QString();
    QTest::newRow("option-like") << u"--base-url=http://evil"_s << QString();
    QTest::newRow("other scheme") << u"https://example.com/11150929"_s << QString();
}

void TestCaseLink::openArgumentTakesANumberOrALink()
{
    QFETCH(QString, text);
    QFETCH(QString, caseNumber);
    const CaseLink::Parsed parsed = CaseLink::parseOpenArgument(text, kKnown);
    QCOMPARE(parsed.link ? parsed.link->caseNumber : QString(), caseNumber);
    QCOMPARE(parsed.error.isEmpty(), !caseNumber.isEmpty());
}

void TestCaseLink::aCopiedLinkParsesBack()
{
    const CaseLink plain{u"11150929"_s, {}};
    QCOMPARE(plain.toString(), u"casedesk://case/11150929"_s);
    const CaseLink withEnvironment{u"11150929"_s, u"provider-sandbox"_s};
    QCOMPARE(withEnvironment.toString(), u"casedesk://case/11150929?environment=provider-sandbox"_s);
    QCOMPARE(CaseLink::parse(plain.toString(), kKnown).link, plain);
    QCOMPARE(CaseLink::parse(withEnvironment.toString(), kKnown).link, withEnvironment);
}

QTEST_GUILESS_MAIN(TestCaseLink)
#include "tst_caselink.moc"

#include "models/core/OutsideText.h"
#include "models/presentation/TextLinks.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// Each link as "kind target", in order.
QStringList described(const TextLinks& links)
{
    QStringList result;
    for (const TextLink& link : links.links()) {
        const QString kind = link.kind == TextLink::Kind::Web    ? u"web"_s
                             : link.kind == TextLink::Kind::Mail ? u"mail"_s
                                                                 : u"case"_s;
        result << kind + u' ' + link.target();
    }
    return result;
}

struct Rendered
{
    QString plain;        // what a label shows
    QStringList anchors;  // each <a>'s href, in order
    QStringList anchored; // the text inside each
    int images = 0;
};

// html() the way a rich-text label reads it, with nothing ever fetched.
Rendered render(const QString& html)
{
    QTextDocument document;
    document.setResourceProvider([](const QUrl&) { return QVariant(QByteArray()); });
    document.setHtml(html);
    Rendered rendered;
    rendered.plain = document.toPlainText();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                ++rendered.images;
            if (format.isAnchor()) {
                if (rendered.anchors.isEmpty() || rendered.anchors.constLast() != format.anchorHref()
                    || !rendered.anchored.constLast().isEmpty()) {
                    rendered.anchors << format.anchorHref();
                    rendered.anchored << QString();
                }
                rendered.anchored.last() += it.fragment().text();
            }
        }
    }
    return rendered;
}

QString rlo()
{
    return QString(QChar(0x202E));
}
} // namespace

// Links in a note's text: only http, https, mailto and case numbers become links, everything else stays the
// plain text it was, and the rich text built for the label reads exactly as the note (without format
// characters), whatever the server put in it.
class TestTextLinks : public QObject
{
    Q_OBJECT

private slots:
    void findsOnlyWhatIsALink_data();
    void findsOnlyWhatIsALink();
    void richTextReadsAsThePlainText_data();
    void richTextReadsAsThePlainText();
    void aLinkWhoseTextDiffersIsConfirmed_data();
    void aLinkWhoseTextDiffersIsConfirmed();
    void longAddressesAreShortenedButOpenWhole();
    void hrefsOtherThanTheLinksOwnFindNothing();
    void aWallOfLinksStaysPlainText();
};

void TestTextLinks::findsOnlyWhatIsALink_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("plain text") << u"Technician on site, light levels fine."_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("https") << u"See https://status.example.com/incidents/42 for details."_s
                           << QStringList{u"web https://status.example.com/incidents/42"_s};
    QTest::newRow("http upper case") << u"HTTP://EXAMPLE.COM/Path"_s << QStringList{u"web http://example.com/Path"_s};
    QTest::newRow("mailto") << u"Write to mailto:noc@example.com."_s << QStringList{u"mail mailto:noc@example.com"_s};
    QTest::newRow("mailto with subject") << u"mailto:noc@example.com?subject=Case%2011150929"_s
                                         << QStringList{u"mail mailto:noc@example.com?subject=Case%2011150929"_s};
    QTest::newRow("case number") << u"Same as case 11150929."_s << QStringList{u"case 11150929"_s};
    QTest::newRow("case numbers in brackets and a list")
        << u"(11150929), #11150930; 11150931, 11150932"_s
        << QStringList{u"case 11150929"_s, u"case 11150930"_s, u"case 11150931"_s, u"case 11150932"_s};
    QTest::newRow("case number at the ends") << u"11150929"_s << QStringList{u"case 11150929"_s};
    QTest::newRow("address and case number")
        << u"Case 11150929: https://example.com/a and mailto:a@example.com"_s
        << QStringList{u"case 11150929"_s, u"web https://example.com/a"_s, u"mail mailto:a@example.com"_s};

    // Hostile rows: markup, other schemes, quotes, disguising characters, look-alikes.
    QTest::newRow("markup") << u"<b>eve</b><img src=\"file:///dev/zero\"><a href=\"https://evil.example/\">R&D</a>"_s
                            << QStringList{u"web https://evil.example/"_s};
    QTest::newRow("script element") << u"<script>location='https://evil.example/'</script>"_s
                                    << QStringList{u"web https://evil.example/"_s};
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QStringList{};
    QTest::newRow("javascript upper case") << u"JaVaScRiPt:alert(document.cookie)"_s << QStringList{};
    QTest::newRow("javascript before an address")
        << u"javascript:https://evil.example/"_s << QStringList{u"web https://evil.example/"_s};
    QTest::newRow("file") << u"file:///etc/passwd"_s << QStringList{};
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << QStringList{};
    QTest::newRow("other schemes")
        << u"ftp://example.com/x vbscript:x about:blank ssh://host casedesk://case/11150929"_s << QStringList{};
    QTest::newRow("no scheme") << u"www.example.com noc@example.com //example.com"_s << QStringList{};
    QTest::newRow("scheme inside a word") << u"xhttps://example.com notmailto:a@example.com"_s << QStringList{};
    QTest::newRow("quote ends an address")
        << u"https://example.com/a\"onmouseover=\"alert(1)"_s << QStringList{u"web https://example.com/a"_s};
    QTest::newRow("quoted address") << u"\"https://example.com/a\" and 'https://example.com/b'"_s
                                    << QStringList{u"web https://example.com/a"_s, u"web https://example.com/b"_s};
    QTest::newRow("apostrophe inside") << u"https://example.com/it's"_s
                                       << QStringList{u"web https://example.com/it's"_s};
    QTest::newRow("angle brackets") << u"<https://example.com/x>"_s << QStringList{u"web https://example.com/x"_s};
    QTest::newRow("balanced bracket kept") << u"(see https://en.wikipedia.org/wiki/Foo_(bar))."_s
                                           << QStringList{u"web https://en.wikipedia.org/wiki/Foo_(bar)"_s};
    QTest::newRow("right-to-left override ends an address")
        << u"https://example.com/invoice"_s + rlo() + u"fdp.exe"_s << QStringList{u"web https://example.com/invoice"_s};
    QTest::newRow("right-to-left override before an address")
        << rlo() + u"https://evil.example/"_s << QStringList{u"web https://evil.example/"_s};
    QTest::newRow("zero-width space ends an address")
        << u"https://exam\u200Bple.com/"_s << QStringList{u"web https://exam"_s};
    QTest::newRow("look-alike host") << u"https://\u0430pple.com/login"_s
                                     << QStringList{u"web https://xn--pple-43d.com/login"_s};
    QTest::newRow("international host and path")
        << u"https://bücher.example/straße"_s << QStringList{u"web https://xn--bcher-kva.example/stra%C3%9Fe"_s};
    QTest::newRow("user before host") << u"https://bank.example@evil.example/"_s
                                      << QStringList{u"web https://bank.example@evil.example/"_s};
    QTest::newRow("emoji before address")
        << u"\U0001F600https://example.com"_s << QStringList{u"web https://example.com"_s};

    // Malformed: nothing, or only what is well-formed.
    QTest::newRow("scheme alone") << u"https:// http:// mailto:"_s << QStringList{};
    QTest::newRow("bad host") << u"https://-bad.example/ https://a..b/"_s << QStringList{};
    QTest::newRow("bad port") << u"https://example.com:99999/"_s << QStringList{};
    QTest::newRow("bad escape") << u"https://example.com/a%zz"_s << QStringList{};
    QTest::newRow("mailto without address")
        << u"mailto:noc mailto:@example.com mailto:noc@ mailto:a@b@c"_s << QStringList{};
    QTest::newRow("address too long") << u"https://example.com/"_s + QString(TextLinks::kMaxUrlLength, u'a')
                                      << QStringList{};
    QTest::newRow("case number inside an address")
        << u"https://desk.example/cases/11150929"_s << QStringList{u"web https://desk.example/cases/11150929"_s};
    QTest::newRow("not case numbers")
        << u"1115092 111509290 11150929-2 1-111509290000 2024-01-15 20240115x id=11150929 +11150929 a11150929 "
           "11150929.5 3.11150929 11150931,11150932 /11150929 11150929@x"_s
        << QStringList{};
    QTest::newRow("digits from other scripts") << u"\u0661\u0661\u0661\u0665\u0660\u0669\u0662\u0669 "
                                                  "\uFF11\uFF11\uFF11\uFF15\uFF10\uFF19\uFF12\uFF19"_s
                                               << QStringList{};
}

void TestTextLinks::findsOnlyWhatIsALink()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QCOMPARE(described(TextLinks(text)), links);
}

void TestTextLinks::richTextReadsAsThePlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("markup and a link")
        << u"<b>eve</b><img src=\"file:///dev/zero\"><a href=\"https://evil.example/\">R&D</a>"_s
        << u"<b>eve</b><img src=\"file:///dev/zero\"><a href=\"https://evil.example/\">R&D</a>"_s;
    QTest::newRow("entities stay as typed")
        << u"&lt;b&gt; &amp; &#60;img&#62; &nbsp;"_s << u"&lt;b&gt; &amp; &#60;img&#62; &nbsp;"_s;
    QTest::newRow("lines, tabs and runs of spaces")
        << u"one\ntwo  three\tfour\n\nfive\r\nsix"_s << u"one\ntwo  three\tfour\n\nfive\nsix"_s;
    QTest::newRow("disguises removed") << u"invoice"_s + rlo() + u"fdp.exe https://example.com/\u2066x"_s
                                       << u"invoicefdp.exe https://example.com/x"_s;
    QTest::newRow("control characters as spaces") << u"a\u0001b\u007Fc"_s << u"a b c"_s;
    QTest::newRow("case number and address")
        << u"11150929 <https://example.com/?a=1&b=2>"_s << u"11150929 <https://example.com/?a=1&b=2>"_s;
    QTest::newRow("style and comment") << u"<style>a{color:red}</style><!-- x --><p>para</p>"_s
                                       << u"<style>a{color:red}</style><!-- x --><p>para</p>"_s;
}

void TestTextLinks::richTextReadsAsThePlainText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const TextLinks links(text);
    const Rendered rendered = render(links.html());
    QCOMPARE(rendered.plain, shown);
    QCOMPARE(rendered.images, 0);
    // Only the links found are anchors, each named by its index alone, around the text it reads as.
    QCOMPARE(rendered.anchors.size(), links.links().size());
    for (qsizetype i = 0; i < links.links().size(); ++i) {
        QCOMPARE(rendered.anchors.at(i), u"#%1"_s.arg(i));
        QCOMPARE(rendered.anchored.at(i), links.links().at(i).shown);
    }
}

void TestTextLinks::aLinkWhoseTextDiffersIsConfirmed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<QString>("host");

    QTest::newRow("reads as it opens") << u"https://example.com/a?b=c#d"_s << false << u"example.com"_s;
    QTest::newRow("mailto as it opens") << u"mailto:noc@example.com"_s << false << QString();
    QTest::newRow("case number") << u"11150929"_s << false << QString();
    QTest::newRow("look-alike host") << u"https://\u0430pple.com/"_s << true << u"xn--pple-43d.com"_s;
    QTest::newRow("punycode written out") << u"https://xn--pple-43d.com/"_s << false << u"xn--pple-43d.com"_s;
    QTest::newRow("international path") << u"https://example.com/straße"_s << true << u"example.com"_s;
    QTest::newRow("upper case") << u"HTTPS://EXAMPLE.COM/"_s << true << u"example.com"_s;
    QTest::newRow("user before host") << u"https://bank.example@evil.example/"_s << true << u"evil.example"_s;
    QTest::newRow("international mail domain") << u"mailto:noc@bücher.example"_s << true << QString();
}

void TestTextLinks::aLinkWhoseTextDiffersIsConfirmed()
{
    QFETCH(QString, text);
    QFETCH(bool, confirmed);
    QFETCH(QString, host);
    const TextLinks links(text);
    QCOMPARE(links.links().size(), 1);
    QCOMPARE(links.links().constFirst().needsConfirmation(), confirmed);
    QCOMPARE(links.links().constFirst().host(), host);
    // The target is all ASCII: nothing in it can pass for another letter or reorder itself.
    const QString target = links.links().constFirst().target();
    QVERIFY(
        std::all_of(target.begin(), target.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; }));
}

void TestTextLinks::longAddressesAreShortenedButOpenWhole()
{
    const QString address = u"https://portal.example.com/"_s + QString(200, u'x') + u"/end"_s;
    const TextLinks links(u"Report: "_s + address + u"."_s);
    QCOMPARE(links.links().size(), 1);
    const TextLink& link = links.links().constFirst();
    QCOMPARE(link.target(), address);
    QVERIFY(link.shown.size() <= TextLinks::kShownLength);
    QVERIFY(link.shown.startsWith(u"https://portal.example.com/"_s));
    QVERIFY(link.shown.endsWith(u"/end"_s));
    QVERIFY(link.shown.contains(u'…'));
    QVERIFY(link.needsConfirmation());
    QCOMPARE(render(links.html()).anchored, QStringList{link.shown});
}

void TestTextLinks::hrefsOtherThanTheLinksOwnFindNothing()
{
    const TextLinks links(u"https://example.com/ and 11150929"_s);
    QCOMPARE(links.links().size(), 2);
    QCOMPARE(links.find(u"#0"_s), &links.links().at(0));
    QCOMPARE(links.find(u"#1"_s), &links.links().at(1));
    for (const QString& href : {u"#2"_s, u"#-1"_s, u"#01"_s, u"# 1"_s, u"#1x"_s, u"1"_s, u""_s, u"#"_s,
                                u"https://example.com/"_s, u"javascript:alert(1)"_s})
        QVERIFY2(!links.find(href), qPrintable(href));
}

void TestTextLinks::aWallOfLinksStaysPlainText()
{
    QStringList words;
    for (int i = 0; i <= TextLinks::kMaxLinks; ++i)
        words << u"https://example.com/%1"_s.arg(i);
    const TextLinks tooMany(words.join(u' '));
    QVERIFY(tooMany.links().isEmpty());
    QCOMPARE(render(tooMany.html()).plain, words.join(u' '));
    words.removeLast();
    QCOMPARE(TextLinks(words.join(u' ')).links().size(), TextLinks::kMaxLinks);
}

QTEST_MAIN(TestTextLinks)
#include "tst_textlinks.moc"

#include "models/core/OutsideText.h"

#include <QJsonDocument>
#include <QTest>
#include <QTextDocument>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QString u(std::initializer_list<char32_t> codes)
{
    QString text;
    for (char32_t c : codes)
        text += QChar::fromUcs4(c);
    return text;
}

// What a tooltip (or any label that guesses) shows of `text`.
QString shownAsToolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setResourceProvider([](const QUrl&) { return QVariant(QByteArray()); });
    document.setHtml(text);
    return document.toPlainText();
}
} // namespace

// Outside text made fit to show: characters that reorder or hide text go, markup is escaped, long names keep
// their real extension.
class TestOutsideText : public QObject
{
    Q_OBJECT

private slots:
    void cleanRemovesWhatDisguisesText_data();
    void cleanRemovesWhatDisguisesText();
    void cleanReturnsTheSameStringWhenNothingIsRemoved();
    void nameIsOneLine_data();
    void nameIsOneLine();
    void toolTipReadsAsTheText_data();
    void toolTipReadsAsTheText();
    void jsonShowsDisguisesAsEscapes_data();
    void jsonShowsDisguisesAsEscapes();
    void shortenedKeepsTheRealExtension_data();
    void shortenedKeepsTheRealExtension();
};

void TestOutsideText::cleanRemovesWhatDisguisesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Cage AM5:01:001234"_s << u"Cage AM5:01:001234"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("right-to-left override")
        << QString(u"invoice"_s + u({0x202E}) + u"fdp.exe"_s) << u"invoicefdp.exe"_s;
    QTest::newRow("every embedding and override")
        << u({0x202A, 'a', 0x202B, 'b', 0x202C, 'c', 0x202D, 'd', 0x202E}) << u"abcd"_s;
    QTest::newRow("isolates") << u({0x2066, 'a', 0x2067, 'b', 0x2068, 'c', 0x2069}) << u"abc"_s;
    QTest::newRow("marks") << u({'a', 0x200E, 'b', 0x200F, 'c', 0x061C}) << u"abc"_s;
    QTest::newRow("zero width and word joiner") << u({'a', 0x200B, 'b', 0x2060, 'c', 0xFEFF}) << u"abc"_s;
    QTest::newRow("soft hyphen") << u({'p', 0x00AD, 'd', 'f'}) << u"pdf"_s;
    QTest::newRow("tag characters (outside the BMP)") << u({'a', 0xE0001, 0xE0041, 'b', 0xE007F}) << u"ab"_s;
    QTest::newRow("joiners kept for scripts and emoji") << u({0x1F469, 0x200D, 0x1F4BB, ' ', 0x0645, 0x200C, 0x06CC})
                                                        << u({0x1F469, 0x200D, 0x1F4BB, ' ', 0x0645, 0x200C, 0x06CC});
    QTest::newRow("only format characters") << u({0x202E, 0x200F, 0x2066}) << QString();
    QTest::newRow("unpaired high surrogate kept")
        << QString(u"a"_s + QChar(0xD800) + u"b"_s) << QString(u"a"_s + QChar(0xD800) + u"b"_s);
    QTest::newRow("unpaired low surrogate kept")
        << QString(QString(QChar(0xDC00)) + u({0x202E})) << QString(QChar(0xDC00));
    QTest::newRow("markup untouched") << u"<b>eve</b>"_s << u"<b>eve</b>"_s;
    QTest::newRow("line breaks kept") << u"one\ntwo"_s << u"one\ntwo"_s;
}

void TestOutsideText::cleanRemovesWhatDisguisesText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(OutsideText::clean(text), expected);
    for (const char32_t c : OutsideText::clean(text).toUcs4())
        QVERIFY(!OutsideText::isDisguise(c));
}

void TestOutsideText::cleanReturnsTheSameStringWhenNothingIsRemoved()
{
    const QString text = QString::fromUtf8("Nothing to remove here");
    QVERIFY(OutsideText::clean(text).isSharedWith(text)); // no copy on the list's hot path
}

void TestOutsideText::nameIsOneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("line breaks") << u"report\r\n.pdf"_s << u"report  .pdf"_s;
    QTest::newRow("tab and NUL") << QString(u"a\tb"_s + QChar(0) + u"c"_s) << u"a b c"_s;
    QTest::newRow("C1 control") << QString(u"a"_s + QChar(0x85) + u"b"_s) << u"a b"_s;
    QTest::newRow("line and paragraph separators") << u({'a', 0x2028, 'b', 0x2029, 'c'}) << u"a b c"_s;
    QTest::newRow("surrounding space") << u"  eve \n"_s << u"eve"_s;
    QTest::newRow("override") << u({'e', 0x202E, 'v', 'e'}) << u"eve"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestOutsideText::nameIsOneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(OutsideText::name(text), expected);
}

void TestOutsideText::toolTipReadsAsTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("markup") << u"<b>eve</b><img src=\"file:///dev/zero\">"_s
                            << u"<b>eve</b><img src=\"file:///dev/zero\">"_s;
    QTest::newRow("link and entity") << u"<a href=\"https://evil.example/\">R&amp;D</a>"_s
                                     << u"<a href=\"https://evil.example/\">R&amp;D</a>"_s;
    QTest::newRow("plain") << u"Required"_s << u"Required"_s;
    QTest::newRow("override") << QString(u"a"_s + QChar(0x202E) + u"b"_s) << u"ab"_s;
    QTest::newRow("two lines") << u"one\ntwo"_s << u"one\ntwo"_s;
}

void TestOutsideText::toolTipReadsAsTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const QString tip = OutsideText::toolTip(text);
    QCOMPARE(shownAsToolTip(tip), shown);
    QVERIFY(!tip.contains(u"<img"_s));
    QCOMPARE(OutsideText::toolTip(QString()), QString()); // no tooltip at all
}

void TestOutsideText::jsonShowsDisguisesAsEscapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to escape") << u"{\"a\": \"b\"}"_s << u"{\"a\": \"b\"}"_s;
    QTest::newRow("override") << QString(u"{\"name\": \"a"_s + QChar(0x202E) + u"b\"}"_s)
                              << u"{\"name\": \"a\\u202Eb\"}"_s;
    QTest::newRow("tag character outside the BMP")
        << QString(u"[\"a"_s + u({0xE0041}) + u"\"]"_s) << u"[\"a\\uDB40\\uDC41\"]"_s;
    QTest::newRow("joiner kept") << QString(u"[\""_s + u({0x200D}) + u"\"]"_s)
                                 << QString(u"[\""_s + u({0x200D}) + u"\"]"_s);
}

void TestOutsideText::jsonShowsDisguisesAsEscapes()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const QString escaped = OutsideText::escapedInJson(json);
    QCOMPARE(escaped, expected);
    // Still the same JSON.
    const QJsonDocument before = QJsonDocument::fromJson(json.toUtf8());
    QVERIFY(!before.isNull());
    QCOMPARE(QJsonDocument::fromJson(escaped.toUtf8()), before);
}

void TestOutsideText::shortenedKeepsTheRealExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short enough") << u"report.pdf"_s << 20 << u"report.pdf"_s;
    QTest::newRow("exactly the limit") << u"abcdefghij.pdf"_s << 14 << u"abcdefghij.pdf"_s;
    QTest::newRow("long base") << u"quarterly-power-report-final.pdf"_s << 16 << u"quarte…final.pdf"_s;
    QTest::newRow("a .exe hidden after a long .pdf-like base")
        << u"invoice.pdf                                        .exe"_s << 20 << u"invoice.…       .exe"_s;
    QTest::newRow("no extension") << u"abcdefghijklmnopqrstuvwxyz"_s << 10 << u"abcde…wxyz"_s;
    QTest::newRow("very long extension is no extension") << u"a.bcdefghijklmnopqrstuvwxyz"_s << 10 << u"a.bcd…wxyz"_s;
    QTest::newRow("dot file") << u".abcdefghijklmnop"_s << 8 << u".abc…nop"_s;
    QTest::newRow("outside the BMP counts once") << u({0x1F4C4, 0x1F4C4, 0x1F4C4, 0x1F4C4, 0x1F4C4, '.', 't', 'x', 't'})
                                                 << 8 << u({0x1F4C4, 0x1F4C4, 0x2026, 0x1F4C4, '.', 't', 'x', 't'});
    QTest::newRow("no room at all") << u"report.pdf"_s << 0 << u"report.pdf"_s;
}

void TestOutsideText::shortenedKeepsTheRealExtension()
{
    QFETCH(QString, name);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString result = OutsideText::shortened(name, maxLength);
    QCOMPARE(result, expected);
    if (maxLength > 0)
        QVERIFY(result.toUcs4().size() <= maxLength);
}

QTEST_MAIN(TestOutsideText)
#include "tst_outsidetext.moc"

#include "tests/support/TsCatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * The translation checks of the suite: the German and French catalogues hold a finished translation for
 * every string the sources pass to tr() today (lupdate is run over the sources into a copy, so a string
 * added, changed or removed without `./dev lupdate` and a translation shows up here), placeholders
 * survive translation, and no user-visible text is set from a bare literal outside tr().
 */
class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreCompleteAndCurrent_data();
    void cataloguesAreCompleteAndCurrent();
    void openEntriesAreFound_data();
    void openEntriesAreFound();
    void droppedPlaceholderIsFound();
    void literalRule_data();
    void literalRule();
    void sourcesShowNoTextOutsideTr();
};

namespace
{
const QString kSourceDir = QStringLiteral(CASEDESK_SOURCE_DIR);

// Setters and constructors whose text a user reads. A bare literal with letters in them is English
// that no translation can reach; "// notr" marks the deliberate exceptions (URLs, sample input).
const QRegularExpression& visibleLiteral()
{
    static const QRegularExpression rule(
        uR"re((?:set(?:Text|WindowTitle|ToolTip|PlaceholderText|AccessibleName|AccessibleDescription|StatusTip|)re"
        uR"re(WhatsThis|Title|SubTitle|ButtonText|LabelText|TabText|ItemText|SpecialValueText|Suffix|Prefix|)re"
        uR"re(Html|Markdown)|showMessage|addAction|addMenu|addTab|insertTab|addRow|QLabel|QPushButton|)re"
        uR"re(QToolButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMessageBox::\w+)\(\s*(?:[^,()"]*,\s*)?)re"
        uR"re((?:u"|QStringLiteral\("|QLatin1String\(")[^"]*[A-Za-z]{2}[^"]*")re"_s);
    return rule;
}

bool showsBareText(const QString& line)
{
    const QString code = line.trimmed();
    const bool comment = code.startsWith("//"_L1) || code.startsWith(u'*') || code.startsWith("/*"_L1);
    return !comment && !code.contains("// notr"_L1) && visibleLiteral().match(code).hasMatch();
}

QString tsEntry(const QString& type, const QString& translation)
{
    const QString typeAttr = type.isEmpty() ? QString() : u" type=\"%1\""_s.arg(type);
    return u"<message><source>Open</source><translation%1>%2</translation></message>"_s.arg(typeAttr, translation);
}

QByteArray tsFile(const QString& messages)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">"
           "<context><name>CaseTabs</name>%1</context></TS>\n"_s.arg(messages)
               .toUtf8();
}
} // namespace

void TestTranslationCatalogues::cataloguesAreCompleteAndCurrent_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestTranslationCatalogues::cataloguesAreCompleteAndCurrent()
{
    QFETCH(QString, language);
    const QString committed = kSourceDir + u"/translations/casedesk_%1.ts"_s.arg(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"casedesk_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(committed, copy));

    // Without -no-obsolete: a string gone from the sources stays in the copy, marked vanished.
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.start(QStringLiteral(CASEDESK_LUPDATE), {u"-silent"_s, u"-I"_s, kSourceDir, u"-locations"_s, u"none"_s,
                                                     u"models"_s, u"ui"_s, u"app"_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    const QString warnings = QString::fromUtf8(lupdate.readAllStandardError());
    QVERIFY2(!warnings.contains("cannot be called without context"_L1), qPrintable(warnings));

    const TsCatalogue ts = TsCatalogue::read(copy);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.language.startsWith(language));
    QVERIFY(ts.messages.size() > 500);
    const QStringList open = ts.openEntries();
    QVERIFY2(open.isEmpty(),
             qPrintable(u"%1 open entries in %2 (run ./dev lupdate and translate them):\n%3"_s.arg(open.size())
                            .arg(committed, open.mid(0, 20).join(u'\n'))));
    const QStringList wrong = ts.placeholderMismatches();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(u'\n')));
}

void TestTranslationCatalogues::openEntriesAreFound_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("open");
    QTest::addColumn<bool>("readable");
    QTest::newRow("finished") << tsFile(tsEntry({}, u"Öffnen"_s)) << 0 << true;
    QTest::newRow("unfinished") << tsFile(tsEntry(u"unfinished"_s, {})) << 1 << true;
    QTest::newRow("unfinished but typed") << tsFile(tsEntry(u"unfinished"_s, u"Öffnen"_s)) << 1 << true;
    QTest::newRow("vanished") << tsFile(tsEntry(u"vanished"_s, u"Öffnen"_s)) << 1 << true;
    QTest::newRow("obsolete") << tsFile(tsEntry(u"obsolete"_s, u"Öffnen"_s)) << 1 << true;
    QTest::newRow("empty without type") << tsFile(tsEntry({}, {})) << 1 << true;
    QTest::newRow("plural forms empty") << tsFile(
        u"<message numerus=\"yes\"><source>%n case(s)</source><translation>"
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"_s)
                                        << 1 << true;
    QTest::newRow("cut short") << tsFile(tsEntry({}, u"Öffnen"_s)).chopped(20) << 0 << false;
    QTest::newRow("not a catalogue") << QByteArray("<html><body>Open</body></html>") << 0 << false;
    QTest::newRow("empty file") << QByteArray() << 0 << false;
}

void TestTranslationCatalogues::openEntriesAreFound()
{
    QFETCH(QByteArray, file);
    QFETCH(int, open);
    QFETCH(bool, readable);
    const TsCatalogue ts = TsCatalogue::parse(file);
    QCOMPARE(ts.error.isEmpty(), readable);
    QCOMPARE(ts.openEntries().size(), open);
}

void TestTranslationCatalogues::droppedPlaceholderIsFound()
{
    const QByteArray file = tsFile(
        u"<message><source>Case %1 is closed</source><translation>Vorgang ist geschlossen</translation></message>"
        "<message><source>Case %1 is open</source><translation>Vorgang %1 ist offen</translation></message>"
        "<message numerus=\"yes\"><source>%n case(s) changed</source><translation>"
        "<numerusform>Ein Vorgang geändert</numerusform><numerusform>%n Vorgänge geändert</numerusform>"
        "</translation></message>"_s);
    const TsCatalogue ts = TsCatalogue::parse(file);
    QVERIFY(ts.error.isEmpty());
    QCOMPARE(ts.placeholderMismatches().size(), 1);
    QVERIFY(ts.placeholderMismatches().first().contains("is closed"_L1));
}

void TestTranslationCatalogues::literalRule_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("bare text") << uR"(m_title->setText(u"Case details"_s);)"_s << true;
    QTest::newRow("bare tooltip") << uR"(button->setToolTip(QStringLiteral("Send the note"));)"_s << true;
    QTest::newRow("bare label") << uR"(auto* label = new QLabel(u"Status"_s, this);)"_s << true;
    QTest::newRow("bare message box") << uR"(QMessageBox::warning(this, u"Error"_s, text);)"_s << true;
    QTest::newRow("translated") << uR"(m_title->setText(tr("Case details"));)"_s << false;
    QTest::newRow("number format") << uR"(m_count->setText(u"%1"_s.arg(n));)"_s << false;
    QTest::newRow("punctuation") << uR"(m_sep->setText(u" · "_s);)"_s << false;
    QTest::newRow("marked exception") << uR"(m_url->setPlaceholderText(u"https://api.example.com"_s); // notr)"_s
                                      << false;
    QTest::newRow("object name after tr")
        << uR"(menu->addAction(make(Action::NewCase, tr("&New case…"), QStringLiteral("newCaseAction")));)"_s << false;
    QTest::newRow("usage comment") << uR"( *     label->setText(display.format(when, u"AM5"_s));)"_s << false;
    QTest::newRow("object name") << uR"(button->setObjectName(u"sendNoteButton"_s);)"_s << false;
}

void TestTranslationCatalogues::literalRule()
{
    QFETCH(QString, line);
    QFETCH(bool, flagged);
    QCOMPARE(showsBareText(line), flagged);
}

void TestTranslationCatalogues::sourcesShowNoTextOutsideTr()
{
    QStringList found;
    int files = 0;
    for (const QString& area : {u"models"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(kSourceDir + u'/' + area, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++files;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (showsBareText(lines.at(i)))
                    found.append(u"%1:%2: %3"_s.arg(QDir(kSourceDir).relativeFilePath(file.fileName()))
                                     .arg(i + 1)
                                     .arg(lines.at(i).trimmed()));
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translationcatalogues.moc"

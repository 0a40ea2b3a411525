#include "models/domain/Case.h"
#include "models/templates/NoteTemplates.h"
#include "models/templates/TemplateExpansion.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Note templates: every placeholder fills from its value; a placeholder with no value, an unknown name and
 * malformed braces stay exactly as typed (never a silent gap); the templates and the user's name persist in
 * the settings they were given, one set per environment.
 */
class TestNoteTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expansion_data();
    void expansion();
    void valuesComeFromTheCase();
    void templatesPersistPerEnvironment();
    void blankTemplatesAreLeftOut();
    void changingTemplatesKeepsMyName();

private:
    QTemporaryDir m_dir;
};

void TestNoteTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNoteTemplates::expansion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unfilled");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("every placeholder") << u"{case} {ibx} {cage} {contact} {me}"_s
                                       << u"11150929 AM5 AM5:01:000123 Jana Schmidt Ola"_s << QStringList()
                                       << QStringList();
    QTest::newRow("no placeholder") << u"Please confirm the window."_s << u"Please confirm the window."_s
                                    << QStringList() << QStringList();
    QTest::newRow("twice") << u"{case}/{case}"_s << u"11150929/11150929"_s << QStringList() << QStringList();
    QTest::newRow("no value stays visible")
        << u"Cage {cage} at {ibx}, {contact}"_s << u"Cage {cage} at AM5, Jana Schmidt"_s << QStringList{u"{cage}"_s}
        << QStringList();
    QTest::newRow("blank value stays visible")
        << u"by {me}"_s << u"by {me}"_s << QStringList{u"{me}"_s} << QStringList();
    QTest::newRow("unknown placeholder") << u"{ticket} for {case}"_s << u"{ticket} for 11150929"_s << QStringList()
                                         << QStringList{u"{ticket}"_s};
    QTest::newRow("capitals are not a placeholder")
        << u"{Case}"_s << u"{Case}"_s << QStringList() << QStringList{u"{Case}"_s};
    QTest::newRow("unclosed brace") << u"Case {case and more"_s << u"Case {case and more"_s << QStringList()
                                    << QStringList();
    QTest::newRow("unclosed at the end") << u"see {ibx"_s << u"see {ibx"_s << QStringList() << QStringList();
    QTest::newRow("lone brace at the end") << u"{"_s << u"{"_s << QStringList() << QStringList();
    QTest::newRow("stray closing brace") << u"} {case} }"_s << u"} 11150929 }"_s << QStringList() << QStringList();
    QTest::newRow("empty braces") << u"{}"_s << u"{}"_s << QStringList() << QStringList();
    QTest::newRow("spaces inside") << u"{ case }"_s << u"{ case }"_s << QStringList() << QStringList();
    QTest::newRow("nested braces") << u"{{case}}"_s << u"{11150929}"_s << QStringList() << QStringList();
    QTest::newRow("placeholder inside a brace word")
        << u"{a{case}b}"_s << u"{a11150929b}"_s << QStringList() << QStringList();
    QTest::newRow("brace before a placeholder")
        << u"{ibx{case}"_s << u"{ibx11150929"_s << QStringList() << QStringList();
    QTest::newRow("non-Latin around") << u"Київ {case} ✓"_s << u"Київ 11150929 ✓"_s << QStringList() << QStringList();
    QTest::newRow("value that looks like a placeholder is not expanded again")
        << u"{contact} {me}"_s << u"{me} Ola"_s << QStringList() << QStringList();
}

void TestNoteTemplates::expansion()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, unfilled);
    QFETCH(QStringList, unknown);
    QHash<QString, QString> values{{u"case"_s, u"11150929"_s},
                                   {u"ibx"_s, u"AM5"_s},
                                   {u"cage"_s, u"AM5:01:000123"_s},
                                   {u"contact"_s, u"Jana Schmidt"_s},
                                   {u"me"_s, u"Ola"_s}};
    if (QByteArray(QTest::currentDataTag()).startsWith("no value"))
        values.remove(u"cage"_s);
    if (QByteArray(QTest::currentDataTag()).startsWith("blank value"))
        values.insert(u"me"_s, u"   "_s);
    if (QByteArray(QTest::currentDataTag()).startsWith("value that looks"))
        values.insert(u"contact"_s, u"{me}"_s);
    const TemplateExpansion::Result result = TemplateExpansion::expand(text, values);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.unfilled, unfilled);
    QCOMPARE(result.unknown, unknown);
}

void TestNoteTemplates::valuesComeFromTheCase()
{
    Case answer;
    answer.id = u"11150929"_s;
    Contact nobody;
    nobody.type = u"ORDERING"_s;
    Contact person;
    person.firstName = u"Jana"_s;
    person.lastName = u"Schmidt"_s;
    answer.contacts = QList<Contact>{nobody, person};
    const QHash<QString, QString> values = TemplateExpansion::valuesFor(answer, u"  Ola  "_s);
    QCOMPARE(values.value(u"case"_s), u"11150929"_s);
    QCOMPARE(values.value(u"contact"_s), u"Jana Schmidt"_s);
    QCOMPARE(values.value(u"me"_s), u"Ola"_s);
    QCOMPARE(values.value(u"ibx"_s), QString()); // none in this answer: {ibx} will stay visible
    const auto result = TemplateExpansion::expand(u"{case} at {ibx}"_s, values);
    QCOMPARE(result.text, u"11150929 at {ibx}"_s);
    // Before the case is read: its number and the user's name only.
    const auto early =
        TemplateExpansion::expand(u"{case} {ibx} {me}"_s, TemplateExpansion::valuesFor(u"11150929"_s, u"Ola"_s));
    QCOMPARE(early.text, u"11150929 {ibx} Ola"_s);
    QCOMPARE(early.unfilled, QStringList{u"{ibx}"_s});
}

void TestNoteTemplates::templatesPersistPerEnvironment()
{
    const QString local = m_dir.filePath(u"local.ini"_s);
    const QString production = m_dir.filePath(u"production.ini"_s);
    {
        QSettings settings(local, QSettings::IniFormat);
        NoteTemplates templates(&settings);
        QSignalSpy changed(&templates, &NoteTemplates::changed);
        templates.setTemplates({{QString(), u"Window"_s, u"Please confirm the window for {case}.\nThanks"_s},
                                {QString(), u"  ack  "_s, u"Received, {contact}."_s}});
        templates.setMe(u"Ola"_s);
        QCOMPARE(changed.size(), 2);
        templates.setTemplates(templates.templates()); // the same again: no change
        QCOMPARE(changed.size(), 2);
    }
    QSettings settings(local, QSettings::IniFormat);
    NoteTemplates reread(&settings);
    QCOMPARE(reread.names(), (QStringList{u"ack"_s, u"Window"_s}));
    QCOMPARE(reread.textOf(u"Window"_s), u"Please confirm the window for {case}.\nThanks"_s);
    QCOMPARE(reread.me(), u"Ola"_s);
    QVERIFY(!reread.templates().first().id.isEmpty());

    QSettings other(production, QSettings::IniFormat);
    NoteTemplates elsewhere(&other);
    QVERIFY(elsewhere.templates().isEmpty());
    QVERIFY(elsewhere.me().isEmpty());
}

void TestNoteTemplates::blankTemplatesAreLeftOut()
{
    QSettings settings(m_dir.filePath(u"blank.ini"_s), QSettings::IniFormat);
    NoteTemplates templates(&settings);
    templates.setTemplates(
        {{QString(), u" "_s, u"text"_s}, {QString(), u"name"_s, u"  "_s}, {QString(), u"kept"_s, u"x"_s}});
    QCOMPARE(templates.names(), QStringList{u"kept"_s});
}

// {me} is stored inside the templates' group: saving the templates must not wipe it.
void TestNoteTemplates::changingTemplatesKeepsMyName()
{
    const QString file = m_dir.filePath(u"me-first.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        NoteTemplates templates(&settings);
        templates.setMe(u"Ola"_s);
        templates.setTemplates({{QString(), u"ack"_s, u"Received, {contact}. {me}"_s}});
    }
    QSettings settings(file, QSettings::IniFormat);
    NoteTemplates reread(&settings);
    QCOMPARE(reread.names(), QStringList{u"ack"_s});
    QCOMPARE(reread.me(), u"Ola"_s);
}

QTEST_GUILESS_MAIN(TestNoteTemplates)
#include "tst_notetemplates.moc"

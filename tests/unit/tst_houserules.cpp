// The rules of the house that a compiler does not check: includes are written from the repository root and
// point down the layers only, no two files or sub-areas include each other (directly or round a loop), the
// client's code is in namespace CaseDesk and the sandbox's in namespace Sandbox. Each rule has a data table
// with rows that break it, so the checks are seen to fail.
#include "tests/support/IncludeGraph.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CaseDesk::Testing;

namespace
{
const QString kSourceDir = QStringLiteral(CASEDESK_SOURCE_DIR);

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every C++ file of the project, relative to the repository root.
QStringList projectFiles()
{
    QStringList files;
    for (const QString& top : {u"models"_s, u"ui"_s, u"app"_s, u"sandbox"_s, u"tests"_s}) {
        QDirIterator it(kSourceDir + u'/' + top, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(kSourceDir).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

// The headers of Qt Widgets, which models/ may not include.
QSet<QString> widgetHeaders()
{
    QSet<QString> names;
    const QDir dir(QLibraryInfo::path(QLibraryInfo::HeadersPath) + u"/QtWidgets"_s);
    for (const QString& name : dir.entryList(QDir::Files))
        names.insert(name);
    return names;
}
} // namespace

class TestHouseRules : public QObject
{
    Q_OBJECT

private slots:
    void includeRule_data();
    void includeRule();
    void everyIncludeIsFromTheRootAndPointsDown();
    void modelsNeverIncludeWidgets();
    void cycles_data();
    void cycles();
    void noFileOrSubAreaIncludesItselfRoundALoop();
    void namespaceRule_data();
    void namespaceRule();
    void everyFileIsInItsNamespace();
    void settingsKeyRule_data();
    void settingsKeyRule();
    void everySettingsKeyIsDeclaredOnce();
};

void TestHouseRules::includeRule_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("models to models") << u"models/api/ApiClient.h"_s << u"models/domain/Case.h"_s << true;
    QTest::newRow("ui to models") << u"ui/wizard/CodePage.cpp"_s << u"models/wizard/CaseDraft.h"_s << true;
    QTest::newRow("app to ui") << u"app/Session.cpp"_s << u"ui/mainwindow/MainWindow.h"_s << true;
    QTest::newRow("tests to anything") << u"tests/unit/tst_x.cpp"_s << u"app/Session.h"_s << true;
    QTest::newRow("sandbox to sandbox") << u"sandbox/http/Router.cpp"_s << u"sandbox/http/Router.h"_s << true;
    QTest::newRow("generated moc") << u"tests/unit/tst_x.cpp"_s << u"tst_x.moc"_s << true;
    QTest::newRow("relative to the layer") << u"models/api/ApiClient.h"_s << u"domain/Case.h"_s << false;
    QTest::newRow("relative to the file") << u"ui/wizard/CodePage.cpp"_s << u"CodePage.h"_s << false;
    QTest::newRow("dot-dot") << u"tests/gui/tst_x.cpp"_s << u"../unit/Fake.h"_s << false;
    QTest::newRow("models up to ui") << u"models/api/ApiClient.cpp"_s << u"ui/mainwindow/MainWindow.h"_s << false;
    QTest::newRow("ui up to app") << u"ui/wizard/CodePage.cpp"_s << u"app/Session.h"_s << false;
    QTest::newRow("sandbox into the client") << u"sandbox/http/Router.cpp"_s << u"models/api/ApiError.h"_s << false;
    QTest::newRow("client into the sandbox") << u"models/api/ApiError.cpp"_s << u"sandbox/http/Router.h"_s << false;
    QTest::newRow("models into tests") << u"models/api/ApiError.cpp"_s << u"tests/support/X.h"_s << false;
    QTest::newRow("empty") << u"models/api/ApiError.cpp"_s << QString() << false;
}

void TestHouseRules::includeRule()
{
    QFETCH(QString, from);
    QFETCH(QString, include);
    QFETCH(bool, allowed);
    QCOMPARE(includeProblem(from, include).isEmpty(), allowed);
}

void TestHouseRules::everyIncludeIsFromTheRootAndPointsDown()
{
    QStringList problems;
    int checked = 0;
    for (const QString& file : projectFiles()) {
        for (const QString& include : quotedIncludes(readAll(kSourceDir + u'/' + file))) {
            ++checked;
            QString problem = includeProblem(file, include);
            if (problem.isEmpty() && !include.endsWith(u".moc"_s) && !QFile::exists(kSourceDir + u'/' + include))
                problem = u"no such file"_s;
            if (!problem.isEmpty())
                problems << u"%1: \"%2\": %3"_s.arg(file, include, problem);
        }
    }
    QVERIFY2(checked > 1000, qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestHouseRules::modelsNeverIncludeWidgets()
{
    const QSet<QString> widgets = widgetHeaders();
    QVERIFY2(widgets.contains(u"QWidget"_s), "Qt Widgets' headers were not found");
    static const QRegularExpression system(uR"(^\s*#\s*include\s*<(?:QtWidgets/)?(\w+)>)"_s,
                                           QRegularExpression::MultilineOption);
    QStringList problems;
    for (const QString& file : projectFiles()) {
        if (!file.startsWith(u"models/"_s))
            continue;
        auto it = system.globalMatch(readAll(kSourceDir + u'/' + file));
        while (it.hasNext()) {
            const QString header = it.next().captured(1);
            if (widgets.contains(header))
                problems << file + u": <"_s + header + u'>';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestHouseRules::cycles_data()
{
    QTest::addColumn<QStringList>("edges"); // "a>b" pairs
    QTest::addColumn<int>("expectedCycles");
    QTest::newRow("none") << QStringList{u"a>b"_s, u"b>c"_s, u"a>c"_s} << 0;
    QTest::newRow("two files") << QStringList{u"a>b"_s, u"b>a"_s} << 1;
    QTest::newRow("a loop of three") << QStringList{u"a>b"_s, u"b>c"_s, u"c>a"_s, u"c>d"_s} << 1;
    QTest::newRow("two loops") << QStringList{u"a>b"_s, u"b>a"_s, u"c>d"_s, u"d>c"_s} << 2;
    QTest::newRow("self") << QStringList{u"a>a"_s} << 0; // a sub-area using itself is its own business
    QTest::newRow("empty") << QStringList{} << 0;
}

void TestHouseRules::cycles()
{
    QFETCH(QStringList, edges);
    QFETCH(int, expectedCycles);
    Graph graph;
    for (const QString& edge : edges) {
        const QStringList ends = edge.split(u'>');
        graph[ends[0]].insert(ends[1]);
    }
    QCOMPARE(int(findCycles(graph).size()), expectedCycles);
}

void TestHouseRules::noFileOrSubAreaIncludesItselfRoundALoop()
{
    Graph files;
    Graph areas;
    for (const QString& file : projectFiles()) {
        for (const QString& include : quotedIncludes(readAll(kSourceDir + u'/' + file))) {
            if (include.endsWith(u".moc"_s))
                continue;
            files[file].insert(include);
            if (subArea(file) != subArea(include))
                areas[subArea(file)].insert(subArea(include));
        }
    }
    QVERIFY(areas.size() > 30);
    QStringList problems;
    for (const QStringList& cycle : findCycles(files))
        problems << u"files: "_s + cycle.join(u" → "_s);
    for (const QStringList& cycle : findCycles(areas))
        problems << u"sub-areas: "_s + cycle.join(u" → "_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestHouseRules::namespaceRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("client") << u"models/a/A.h"_s << u"#pragma once\nnamespace CaseDesk {\nclass A;\n}"_s << true;
    QTest::newRow("sandbox") << u"sandbox/a/A.cpp"_s << u"namespace Sandbox {\n}"_s << true;
    QTest::newRow("client's main") << u"app/main.cpp"_s << u"int main() {}"_s << true;
    QTest::newRow("global") << u"ui/a/A.h"_s << u"#pragma once\nclass A;\n"_s << false;
    QTest::newRow("wrong one") << u"sandbox/a/A.h"_s << u"namespace CaseDesk {\n}"_s << false;
    QTest::newRow("only mentioned") << u"models/a/A.h"_s << u"// namespace CaseDesk {\n"_s << false;
}

void TestHouseRules::namespaceRule()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(namespaceProblem(file, text).isEmpty(), ok);
}

void TestHouseRules::everyFileIsInItsNamespace()
{
    QStringList problems;
    for (const QString& file : projectFiles()) {
        const QString problem = namespaceProblem(file, readAll(kSourceDir + u'/' + file));
        if (!problem.isEmpty())
            problems << file + u": "_s + problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestHouseRules::settingsKeyRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("declared") << u"models/a/A.cpp"_s << u"Settings::language.read(*m_settings);"_s << true;
    QTest::newRow("array by name") << u"models/a/A.cpp"_s << u"m_settings->remove(Settings::savedViewsArray);"_s
                                   << true;
    QTest::newRow("literal key") << u"ui/a/A.cpp"_s << u"m_settings->value(u\"caseList/header\"_s)"_s << false;
    QTest::newRow("local constant") << u"models/a/A.cpp"_s << u"m_settings->setValue(kHeaderKey, state);"_s << false;
    QTest::newRow("a fresh QSettings") << u"app/main.cpp"_s << u"QSettings().value(QStringLiteral(\"x\"))"_s << false;
    QTest::newRow("object settings") << u"app/A.cpp"_s << u"settings.contains(key)"_s << false;
    QTest::newRow("the declarations") << u"models/settings/SettingsKeys.h"_s << u"settings.value(key)"_s << true;
    QTest::newRow("tests may read files") << u"tests/unit/tst_x.cpp"_s << u"settings.value(u\"a/b\"_s)"_s << true;
}

void TestHouseRules::settingsKeyRule()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(settingsKeyProblems(file, text).isEmpty(), ok);
}

// Every key is spelled in models/settings/SettingsKeys.h, with its type and default, and nowhere else.
void TestHouseRules::everySettingsKeyIsDeclaredOnce()
{
    QStringList problems;
    for (const QString& file : projectFiles())
        problems << settingsKeyProblems(file, readAll(kSourceDir + u'/' + file));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestHouseRules)
#include "tst_houserules.moc"

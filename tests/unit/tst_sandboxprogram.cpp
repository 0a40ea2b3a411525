#include "models/environment/LocalSandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
#ifdef Q_OS_WIN
const QString kName = u"casedesk-sandbox.exe"_s;
#else
const QString kName = u"casedesk-sandbox"_s;
#endif

enum class Kind
{
    Executable,
    PlainFile, // there, but not executable
    Folder,    // a folder of that name
};

bool make(const QString& path, Kind kind)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    if (kind == Kind::Folder)
        return QDir().mkdir(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n") <= 0)
        return false;
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (kind == Kind::Executable)
        permissions |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, permissions);
}
} // namespace

using Files = QList<std::pair<QString, Kind>>; // paths relative to the prefix
Q_DECLARE_METATYPE(Kind)

/*
 * LocalSandbox::programFor(): the sandbox beside the app (the build folder) wins, else the installed one in
 * bin/../libexec/casedesk/; what is not an executable file does not count.
 */
class TestSandboxProgram : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSandboxWhereTheBuildOrTheInstallPutsIt_data();
    void findsTheSandboxWhereTheBuildOrTheInstallPutsIt();
    void theAppInTheBuildFolderFindsTheBuiltSandbox();
};

void TestSandboxProgram::findsTheSandboxWhereTheBuildOrTheInstallPutsIt_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("expected"); // relative to the prefix

    const QString beside = u"bin/"_s + kName;
    const QString installed = u"libexec/casedesk/"_s + kName;
    QTest::newRow("build folder") << Files{{beside, Kind::Executable}} << beside;
    QTest::newRow("installed") << Files{{installed, Kind::Executable}} << installed;
    QTest::newRow("both: beside wins") << Files{{beside, Kind::Executable}, {installed, Kind::Executable}} << beside;
    QTest::newRow("neither: beside, to name in the message") << Files{} << beside;
    QTest::newRow("not executable beside")
        << Files{{beside, Kind::PlainFile}, {installed, Kind::Executable}} << installed;
    QTest::newRow("a folder beside") << Files{{beside, Kind::Folder}, {installed, Kind::Executable}} << installed;
    QTest::newRow("a folder installed") << Files{{installed, Kind::Folder}} << beside;
    QTest::newRow("another name") << Files{{u"libexec/casedesk/casedesk-sandbox-old"_s, Kind::Executable}} << beside;
    QTest::newRow("libexec without casedesk/") << Files{{u"libexec/"_s + kName, Kind::Executable}} << beside;
}

void TestSandboxProgram::findsTheSandboxWhereTheBuildOrTheInstallPutsIt()
{
    QFETCH(Files, files);
    QFETCH(QString, expected);
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(QDir().mkpath(prefix.filePath(u"bin"_s)));
    for (const auto& [path, kind] : std::as_const(files))
        QVERIFY2(make(prefix.filePath(path), kind), qPrintable(path));
    QCOMPARE(LocalSandbox::programFor(prefix.filePath(u"bin"_s)), prefix.filePath(expected));
}

void TestSandboxProgram::theAppInTheBuildFolderFindsTheBuiltSandbox()
{
    // The tests live in build/bin beside casedesk-sandbox, as the app does.
    const QString built = qEnvironmentVariable("CASEDESK_SANDBOX_BIN");
    QVERIFY(!built.isEmpty());
    QCOMPARE(QFileInfo(LocalSandbox::defaultProgram()).absoluteFilePath(), QFileInfo(built).absoluteFilePath());
}

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandboxprogram.moc"

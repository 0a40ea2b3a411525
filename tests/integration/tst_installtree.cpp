#include "models/core/AppIdentity.h"
#include "models/environment/LocalSandbox.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
struct Run
{
    int exitCode = -1;
    QByteArray out; // stdout and stderr together
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        result.out = process.errorString().toUtf8();
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAll();
    return result;
}

// The [Desktop Entry] group's keys and values (the format is not QSettings' INI: lists end in ';').
QHash<QString, QString> readDesktopEntry(const QString& path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]"_s;
        else if (inEntry && line.contains(u'=') && !line.startsWith(u'#'))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}
} // namespace

/*
 * `cmake --install` of this build into a DESTDIR, as the Debian package does it (prefix /usr): exactly the app,
 * its sandbox, the desktop entry, the AppStream metadata and the icons land, named by the application id; the
 * validators of freedesktop.org and AppStream accept them; the installed app answers --version without a
 * display and finds the installed sandbox.
 */
class TestInstallTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactlyTheAppItsSandboxItsDesktopFilesAndItsIconsAreInstalled();
    void everyPngIconHasTheSizeOfItsFolder();
    void theDesktopEntryValidatesAndOpensCasedeskLinks();
    void theMetainfoValidatesAndDescribesThisRelease();
    void theInstalledAppAnswersVersionWithoutADisplay();
    void theInstalledAppFindsTheInstalledSandbox();

private:
    QString installed(const QString& relative) const { return m_destdir.filePath(u"usr/"_s + relative); }

    QTemporaryDir m_destdir;
    QString m_id;
};

void TestInstallTree::initTestCase()
{
    QVERIFY(m_destdir.isValid());
    m_id = AppIdentity::applicationId();
    QCOMPARE(m_id.count(u'.'), 3); // reverse DNS: io.github.casedesk.CaseDesk
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DESTDIR"_s, m_destdir.path());
    const Run install =
        run(QStringLiteral(CASEDESK_CMAKE_COMMAND),
            {u"--install"_s, QStringLiteral(CASEDESK_BUILD_DIR), u"--prefix"_s, u"/usr"_s}, environment);
    QVERIFY2(install.exitCode == 0, install.out.constData());
}

void TestInstallTree::exactlyTheAppItsSandboxItsDesktopFilesAndItsIconsAreInstalled()
{
    QStringList expected{
        u"usr/bin/casedesk"_s,
        u"usr/libexec/casedesk/casedesk-sandbox"_s,
        u"usr/share/applications/%1.desktop"_s.arg(m_id),
        u"usr/share/metainfo/%1.metainfo.xml"_s.arg(m_id),
        u"usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(m_id),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        expected << u"usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(m_id);
    expected.sort();

    QStringList files;
    QDirIterator walk(m_destdir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (walk.hasNext())
        files << QDir(m_destdir.path()).relativeFilePath(walk.next());
    files.sort();
    QCOMPARE(files, expected);

    for (const QString& program : {installed(u"bin/casedesk"_s), installed(u"libexec/casedesk/casedesk-sandbox"_s)})
        QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
    QVERIFY(!QFileInfo(installed(u"share/applications/%1.desktop"_s.arg(m_id))).isExecutable());
}

void TestInstallTree::everyPngIconHasTheSizeOfItsFolder()
{
    QDirIterator walk(installed(u"share/icons/hicolor"_s), {u"*.png"_s}, QDir::Files, QDirIterator::Subdirectories);
    int icons = 0;
    while (walk.hasNext()) {
        const QString path = walk.next();
        const QString folder = QFileInfo(path).dir().dirName() == u"apps"_s
                                   ? QFileInfo(QFileInfo(path).absolutePath()).dir().dirName()
                                   : QString();
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(u"%1x%2"_s.arg(image.width()).arg(image.height()), folder);
        QVERIFY(image.hasAlphaChannel());
        ++icons;
    }
    QCOMPARE(icons, 8);
    QFile svg(installed(u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(m_id)));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

void TestInstallTree::theDesktopEntryValidatesAndOpensCasedeskLinks()
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing: Debian's desktop-file-utils (./dev installs it)");
    const QString path = installed(u"share/applications/%1.desktop"_s.arg(m_id));
    const Run validate = run(validator, {path});
    QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), validate.out.constData()); // hints fail too

    const QHash<QString, QString> entry = readDesktopEntry(path);
    QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
    QCOMPARE(entry.value(u"Name"_s), u"CaseDesk"_s);
    QCOMPARE(entry.value(u"Exec"_s), u"casedesk %u"_s); // %u: a casedesk:// link is handed to the app
    QCOMPARE(entry.value(u"Icon"_s), m_id);
    QVERIFY(entry.value(u"MimeType"_s).split(u';').contains(u"x-scheme-handler/casedesk"_s));
    QVERIFY(entry.value(u"Categories"_s).split(u';').contains(u"Office"_s));
    QVERIFY(entry.contains(u"Comment[de]"_s) && entry.contains(u"Comment[fr]"_s));
}

void TestInstallTree::theMetainfoValidatesAndDescribesThisRelease()
{
    const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
    QVERIFY2(!validator.isEmpty(), "appstreamcli is missing: Debian's appstream (./dev installs it)");
    const QString path = installed(u"share/metainfo/%1.metainfo.xml"_s.arg(m_id));
    // --no-net: the screenshot's address is not fetched (there is no network in a build).
    const Run validate = run(validator, {u"validate"_s, u"--no-net"_s, u"--no-color"_s, path});
    QVERIFY2(validate.exitCode == 0, validate.out.constData());
    QVERIFY2(!validate.out.contains("W:") && !validate.out.contains("E:"), validate.out.constData());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, QString> text;
    QStringList releases;
    QStringList images; // the screenshots' addresses, with their declared sizes
    int screenshots = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == u"release"_s)
            releases << xml.attributes().value(u"version"_s).toString();
        else if (name == u"screenshot"_s)
            ++screenshots;
        else if (name == u"image"_s) {
            const QString size = xml.attributes().value(u"width"_s) + u'x' + xml.attributes().value(u"height"_s);
            images << size + u' ' + xml.readElementText(); // reading the text moves past the attributes
        } else if (name == u"id"_s || name == u"launchable"_s || name == u"name"_s)
            text.insert(name, xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(text.value(u"id"_s), m_id);
    QCOMPARE(text.value(u"launchable"_s), m_id + u".desktop"_s);
    QCOMPARE(text.value(u"name"_s), u"CaseDesk"_s);
    QCOMPARE(releases.value(0), QStringLiteral(CASEDESK_VERSION)); // the newest release is this version
    QVERIFY(screenshots >= 1);
    QCOMPARE(images.size(), screenshots);
    // Each screenshot is in the repository, where the home page's address will serve it, at its declared size.
    for (const QString& image : std::as_const(images)) {
        const QString size = image.section(u' ', 0, 0);
        const QString url = image.section(u' ', 1);
        const QString prefix = u"/raw/main/"_s;
        QVERIFY2(url.contains(prefix), qPrintable(url));
        const QImage shot(QStringLiteral(CASEDESK_SOURCE_DIR) + u'/' + url.section(prefix, 1));
        QVERIFY2(!shot.isNull(), qPrintable(url));
        QCOMPARE(u"%1x%2"_s.arg(shot.width()).arg(shot.height()), size);
    }
}

void TestInstallTree::theInstalledAppAnswersVersionWithoutADisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);
    const Run version = run(installed(u"bin/casedesk"_s), {u"--version"_s}, environment);
    QVERIFY2(version.exitCode == 0, version.out.constData());
    QCOMPARE(version.out, "CaseDesk " CASEDESK_VERSION "\n");

    const Run help = run(installed(u"bin/casedesk"_s), {u"--help"_s}, environment);
    QVERIFY2(help.exitCode == 0 && help.out.contains("--environment"), help.out.constData());
}

void TestInstallTree::theInstalledAppFindsTheInstalledSandbox()
{
    const QString sandbox = installed(u"libexec/casedesk/casedesk-sandbox"_s);
    QCOMPARE(LocalSandbox::programFor(installed(u"bin"_s)), sandbox);
    const Run help = run(sandbox, {u"--help"_s});
    QVERIFY2(help.exitCode == 0 && help.out.contains("--seed-cases"), help.out.constData());
}

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"

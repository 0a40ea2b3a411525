#include "models/attachments/AttachmentPolicy.h"
#include "tests/support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using Rule = AttachmentCheck::Rule;

namespace
{
enum class Make
{
    File, // `size` bytes
    Directory,
    Nothing, // the path does not exist
    Unreadable,
    Fifo,
    Dangling,  // a symbolic link to nowhere
    WriteOnly, // a kernel file that even root cannot open for reading
};
} // namespace

Q_DECLARE_METATYPE(Make)
Q_DECLARE_METATYPE(AttachmentCheck::Rule)

// The attachment rules as the API states them, each refusal naming the file and the rule it breaks.
class TestAttachmentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void limitsComeFromTheBundledApiDocuments();
    void checkNamesTheFileAndTheRule_data();
    void checkNamesTheFileAndTheRule();
    void uploadNameFitsTheApiNameLength_data();
    void uploadNameFitsTheApiNameLength();
    void sizesReadAsTheApiStatesThem_data();
    void sizesReadAsTheApiStatesThem();
    void textsForPeopleStateTheLimits();

private:
    std::unique_ptr<TestHome> m_home;
    QTemporaryDir m_dir;
};

void TestAttachmentPolicy::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_dir.isValid());
}

void TestAttachmentPolicy::limitsComeFromTheBundledApiDocuments()
{
    const AttachmentPolicy& policy = AttachmentPolicy::bundled();
    QCOMPARE(policy.maxBytes(), qint64(10485760));
    QCOMPARE(policy.retentionDays(), 40);
    QCOMPARE(policy.maxCount(), 5);
    QCOMPARE(policy.extensions().size(), 17);
    for (const QString& accepted : {u"png"_s, u"JPG"_s, u"jpeg"_s, u"txt"_s, u"pdf"_s, u"vsd"_s, u"tiff"_s})
        QVERIFY2(policy.acceptsSuffix(accepted), qPrintable(accepted));
    for (const QString& refused : {u"webp"_s, u"heic"_s, u"exe"_s, u"svg"_s, QString()})
        QVERIFY2(!policy.acceptsSuffix(refused), qPrintable(refused));
}

void TestAttachmentPolicy::checkNamesTheFileAndTheRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Make>("make");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("alreadyCount");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("fragment");

    const qint64 max = 10485760;
    const QLocale locale;
    QTest::newRow("png") << u"rack.png"_s << Make::File << qint64(100) << 0 << Rule::Ok << QString();
    QTest::newRow("upper-case extension") << u"PHOTO.JPG"_s << Make::File << qint64(100) << 0 << Rule::Ok << QString();
    QTest::newRow("fifth file") << u"five.txt"_s << Make::File << qint64(1) << 4 << Rule::Ok << QString();
    QTest::newRow("exactly 10 MB") << u"dump.txt"_s << Make::File << max << 0 << Rule::Ok << QString();
    QTest::newRow("10 MB + 1 byte") << u"big.pdf"_s << Make::File << max + 1 << 0 << Rule::TooLarge
                                    << locale.toString(max + 1) + u" bytes, more than the "_s + locale.toString(max)
                                           + u" bytes allowed"_s;
    QTest::newRow("30 MB") << u"huge.log.txt"_s << Make::File << 3 * max << 0 << Rule::TooLarge
                           << u"is 30 MB, more than the 10 MB allowed per file"_s;
    QTest::newRow("sixth file") << u"six.png"_s << Make::File << qint64(10) << 5 << Rule::TooMany
                                << u"at most 5 attachments"_s;
    QTest::newRow("sixth of a refused type")
        << u"six.exe"_s << Make::File << qint64(10) << 5 << Rule::TooMany << u"at most 5"_s;
    QTest::newRow("exe") << u"setup.exe"_s << Make::File << qint64(10) << 0 << Rule::RefusedType
                         << u"cannot be attached: EXE files are not accepted. Accepted types: BMP"_s;
    QTest::newRow("webp") << u"photo.webp"_s << Make::File << qint64(10) << 0 << Rule::RefusedType << u"WEBP"_s;
    QTest::newRow("heic") << u"IMG_0001.HEIC"_s << Make::File << qint64(10) << 0 << Rule::RefusedType << u"HEIC"_s;
    QTest::newRow("double extension") << u"invoice.pdf.exe"_s << Make::File << qint64(10) << 0 << Rule::RefusedType
                                      << u"EXE"_s;
    QTest::newRow("no extension") << u"Makefile"_s << Make::File << qint64(10) << 0 << Rule::RefusedType
                                  << u"has no file extension"_s;
    QTest::newRow("trailing dot") << u"report."_s << Make::File << qint64(10) << 0 << Rule::RefusedType
                                  << u"has no file extension"_s;
    QTest::newRow("empty file") << u"empty.txt"_s << Make::File << qint64(0) << 0 << Rule::Empty << u"is empty"_s;
    QTest::newRow("directory") << u"logs.txt"_s << Make::Directory << qint64(0) << 0 << Rule::NotAFile
                               << u"is a folder"_s;
    QTest::newRow("missing") << u"gone.png"_s << Make::Nothing << qint64(0) << 0 << Rule::Missing
                             << u"no longer exists"_s;
    QTest::newRow("dangling link") << u"link.png"_s << Make::Dangling << qint64(0) << 0 << Rule::Missing
                                   << u"no longer exists"_s;
    QTest::newRow("unreadable") << u"secret.txt"_s << Make::Unreadable << qint64(10) << 0 << Rule::Unreadable
                                << u"cannot be read"_s;
    QTest::newRow("write-only even for root")
        << u"rescan"_s << Make::WriteOnly << qint64(0) << 0 << Rule::Unreadable << u"cannot be read"_s;
    QTest::newRow("pipe") << u"stream.txt"_s << Make::Fifo << qint64(0) << 0 << Rule::NotAFile
                          << u"is not a regular file"_s;
}

void TestAttachmentPolicy::checkNamesTheFileAndTheRule()
{
    QFETCH(QString, name);
    QFETCH(Make, make);
    QFETCH(qint64, size);
    QFETCH(int, alreadyCount);
    QFETCH(Rule, rule);
    QFETCH(QString, fragment);

    QString path = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentDataTag()) + u'/' + name);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    switch (make) {
    case Make::File:
    case Make::Unreadable: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size)); // sparse: a 30 MB file costs nothing
        file.close();
        if (make == Make::Unreadable) {
            QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
            if (QFile(path).open(QIODevice::ReadOnly))
                QSKIP("running as root: permissions do not stop reading");
        }
        break;
    }
    case Make::Directory:
        QVERIFY(QDir().mkpath(path));
        break;
    case Make::Nothing:
        break;
    case Make::Fifo:
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        break;
    case Make::Dangling:
        QVERIFY(QFile::link(path + u".target"_s, path));
        break;
    case Make::WriteOnly:
        path = u"/sys/bus/pci/rescan"_s;
        if (!QFileInfo(path).isFile() || QFile(path).open(QIODevice::ReadOnly))
            QSKIP("no write-only kernel file here");
        break;
    }

    const AttachmentCheck check = AttachmentPolicy::bundled().check(QFileInfo(path), alreadyCount);
    QCOMPARE(check.rule, rule);
    QCOMPARE(check.ok(), rule == Rule::Ok);
    if (rule == Rule::Ok) {
        QVERIFY(check.message.isEmpty());
        return;
    }
    QVERIFY2(check.message.contains(u"“"_s + name + u"”"_s), qPrintable(check.message));
    QVERIFY2(check.message.contains(fragment), qPrintable(check.message));
    QCOMPARE(check.mayConvert(), rule == Rule::RefusedType || rule == Rule::TooLarge);
}

void TestAttachmentPolicy::uploadNameFitsTheApiNameLength_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ordinary") << u"rack-photo.png"_s << u"rack-photo.png"_s;
    QTest::newRow("exactly five") << u"a.gif"_s << u"a.gif"_s;
    QTest::newRow("too short") << u"ab"_s << u"ab___"_s;
    QTest::newRow("only an extension") << u".png"_s << u"attachment.png"_s;
    QTest::newRow("empty") << QString() << u"attachment"_s;
    const QString hundred = QString(96, u'x') + u".txt"_s;
    QTest::newRow("exactly 100") << hundred << hundred;
    QTest::newRow("150 long") << QString(146, u'y') + u".pdf"_s << QString(96, u'y') + u".pdf"_s;
    // Code points, not UTF-16 units: 60 emoji are 60 characters for the API, 120 units for QString.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x93\xB7");
    QString sixty;
    for (int i = 0; i < 60; ++i)
        sixty += emoji;
    QTest::newRow("emoji fit") << sixty + u".jpg"_s << sixty + u".jpg"_s;
    QString hundredTwenty = sixty + sixty;
    QString cut;
    for (int i = 0; i < 96; ++i)
        cut += emoji;
    QTest::newRow("emoji cut whole") << hundredTwenty + u".jpg"_s << cut + u".jpg"_s;
}

void TestAttachmentPolicy::uploadNameFitsTheApiNameLength()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString fitted = AttachmentPolicy::bundled().uploadName(name);
    QCOMPARE(fitted, expected);
    const qsizetype characters = fitted.toUcs4().size();
    QVERIFY(characters >= 5 && characters <= 100);
}

void TestAttachmentPolicy::sizesReadAsTheApiStatesThem_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the limit") << qint64(10485760) << u"10 MB"_s;
    QTest::newRow("one and a half KB") << qint64(1536) << u"1.5 kB"_s;
    QTest::newRow("bytes") << qint64(523) << u"523 bytes"_s;
    QTest::newRow("zero") << qint64(0) << u"0 bytes"_s;
}

void TestAttachmentPolicy::sizesReadAsTheApiStatesThem()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(AttachmentPolicy::formatSize(bytes), expected);
}

void TestAttachmentPolicy::textsForPeopleStateTheLimits()
{
    const AttachmentPolicy& policy = AttachmentPolicy::bundled();
    QCOMPARE(policy.limitsText(), u"Up to 5 files, 10 MB each"_s);
    QVERIFY(policy.acceptedTypesText().startsWith(u"BMP, JPG, JPEG"_s));
    QVERIFY(policy.nameFilters().first().contains(u"*.png"_s));
    QVERIFY(!policy.nameFilters().first().contains(u"*.webp"_s));
}

QTEST_GUILESS_MAIN(TestAttachmentPolicy)
#include "tst_attachmentpolicy.moc"

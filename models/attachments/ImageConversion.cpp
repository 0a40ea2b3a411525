#include "models/attachments/ImageConversion.h"

#include "models/core/PrivateFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Qt refuses to decode images over 128 MB of pixels; a large photo is read scaled down instead (it is going
// to be shrunk to fit the attachment limit anyway).
constexpr qint64 kMaxDecodedBytes = 100 * 1024 * 1024;
constexpr int kMinEdge = 64; // below this an image is no longer useful as evidence

QByteArray encode(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

// JPEG has no alpha: transparent parts become white, as they look on a page, not black.
QImage opaque(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.setDevicePixelRatio(image.devicePixelRatio());
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}
} // namespace

bool ImageConversion::canRead(const QString& path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.canRead();
}

QString ImageConversion::screenshotBaseName(const QDateTime& when)
{
    return u"screenshot-"_s + when.toLocalTime().toString(u"yyyy-MM-dd-HH-mm-ss"_s);
}

ConvertedImage ImageConversion::fit(const QImage& image, const QString& directory, const QString& baseName,
                                    qint64 maxBytes, const QString& displayName)
{
    ConvertedImage out;
    const QString name = displayName.isEmpty() ? baseName : displayName;
    if (image.isNull()) {
        out.error = tr("“%1” holds no image that can be converted.").arg(name);
        return out;
    }
    QByteArray bytes = encode(image, "png", -1);
    out.format = "png";
    out.pixelSize = image.size();
    if (bytes.isEmpty() || bytes.size() > maxBytes) {
        out.format = "jpeg";
        bytes.clear();
        QImage flat = opaque(image);
        for (;;) {
            for (const int quality : {90, 80, 70, 60, 50}) {
                bytes = encode(flat, "jpeg", quality);
                if (!bytes.isEmpty() && bytes.size() <= maxBytes) {
                    out.quality = quality;
                    break;
                }
                bytes.clear();
            }
            if (!bytes.isEmpty())
                break;
            const QSize next = flat.size() * 0.75;
            if (next.width() < kMinEdge || next.height() < kMinEdge) {
                out.error = tr("“%1” cannot be made small enough to attach, even as a reduced JPEG.").arg(name);
                return out;
            }
            flat = flat.scaled(next, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        out.pixelSize = flat.size();
    }
    if (!PrivateFiles::makeFolder(directory)) {
        out.error = tr("“%1” could not be converted: the folder %2 cannot be created.").arg(name, directory);
        return out;
    }
    out.path = QDir(directory).filePath(baseName + (out.format == "png" ? u".png"_s : u".jpg"_s));
    QSaveFile file(out.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()
        || !PrivateFiles::restrictFile(out.path)) {
        out.error = tr("“%1” could not be converted: %2").arg(name, file.errorString());
        out.path.clear();
        return out;
    }
    out.size = bytes.size();
    return out;
}

ConvertedImage ImageConversion::convertFile(const QString& sourcePath, const QString& directory, qint64 maxBytes)
{
    const QFileInfo info(sourcePath);
    QImageReader reader(sourcePath);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() * 4 > kMaxDecodedBytes) {
        const double scale = std::sqrt(double(kMaxDecodedBytes) / (qint64(size.width()) * size.height() * 4));
        reader.setScaledSize(size * scale);
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        ConvertedImage out;
        out.error = tr("“%1” could not be read as an image: %2").arg(info.fileName(), reader.errorString());
        return out;
    }
    return fit(image, directory, info.completeBaseName(), maxBytes, info.fileName());
}

} // namespace CaseDesk

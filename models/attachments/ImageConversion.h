#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>

namespace CaseDesk
{

// An image written to disk by ImageConversion, or why it could not be.
struct ConvertedImage
{
    QString error; // translated, names the file; empty on success
    QString path;
    QByteArray format; // "png" or "jpeg"
    qint64 size = 0;
    QSize pixelSize;
    int quality = -1; // JPEG quality used, -1 for PNG

    bool ok() const { return error.isEmpty(); }
};

/*
 * Turns images into attachments the API accepts: PNG when that fits the size limit, else JPEG at decreasing
 * quality, then at decreasing scale, until it fits. Blocking (it encodes in memory): call it on a worker.
 *
 *     ConvertedImage out = ImageConversion::convertFile(u"/tmp/photo.webp"_s, dir, policy.maxBytes());
 *     ConvertedImage shot = ImageConversion::fit(clipboardImage, dir, ImageConversion::screenshotBaseName(now), max);
 */
class ImageConversion
{
    Q_DECLARE_TR_FUNCTIONS(ImageConversion)

public:
    // True when Qt has a plugin that reads this file as an image (looks at its header, not its name).
    static bool canRead(const QString& path);
    // "screenshot-2026-11-28-14-05-33": the base name of a pasted image, in local time.
    static QString screenshotBaseName(const QDateTime& when);

    // Writes `image` into `directory` as `baseName`.png, or `baseName`.jpg when the PNG would be over
    // `maxBytes`. `displayName` names the image in error messages.
    static ConvertedImage fit(const QImage& image, const QString& directory, const QString& baseName, qint64 maxBytes,
                              const QString& displayName = {});
    // Reads the image at `sourcePath` (EXIF orientation applied) and fit()s it under the same base name.
    static ConvertedImage convertFile(const QString& sourcePath, const QString& directory, qint64 maxBytes);
};

} // namespace CaseDesk

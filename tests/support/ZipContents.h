#pragma once

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>

#include <zip.h>

/*
 * Reads every entry of a .zip into memory with libzip, for tests that check what CaseDesk wrote (evidence
 * packs, XLSX workbooks). Header-only: the tests that use it link libzip.
 *
 *     const ZipContents zip = ZipContents::read(path);
 *     QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
 *     const QByteArray manifest = zip.entries.value(u"manifest.json"_s);
 */
struct ZipContents
{
    QMap<QString, QByteArray> entries; // by name, as stored (UTF-8)
    QString error;

    static ZipContents read(const QString& path)
    {
        ZipContents contents;
        int code = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
        if (!archive) {
            contents.error = QStringLiteral("cannot open %1 (libzip error %2)").arg(path).arg(code);
            return contents;
        }
        const zip_int64_t count = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0) {
                contents.error = QStringLiteral("cannot stat entry %1").arg(i);
                break;
            }
            zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            if (!file) {
                contents.error = QStringLiteral("cannot open entry %1").arg(QString::fromUtf8(stat.name));
                break;
            }
            QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            zip_fclose(file);
            if (read != zip_int64_t(stat.size)) {
                contents.error = QStringLiteral("short read of %1").arg(QString::fromUtf8(stat.name));
                break;
            }
            contents.entries.insert(QString::fromUtf8(stat.name), data);
        }
        zip_close(archive);
        return contents;
    }
};

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * One .zip holding a case's evidence: its PDF, the raw GET answer, every attachment and a manifest.json
 * listing each file with its size and SHA-256, the case number, the environment and the export time.
 * Written with libzip (Debian's libzip-dev): all or nothing, since libzip writes to a temporary file beside
 * the target and renames it only once every byte is in; a cancelled or failed write leaves nothing.
 *
 *     EvidencePack pack;
 *     pack.caseNumber = u"11150929"_s; ...
 *     pack.files.append(EvidencePack::File::fromData(u"case-11150929.pdf"_s, pdfBytes, u"report"_s));
 *     const QString error = pack.write(path, [&](double done) { return !cancelled; });
 */
class EvidencePack
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)

public:
    struct File
    {
        QString path;       // inside the zip
        QString sourceFile; // read from disk when set...
        QByteArray data;    // ...otherwise these bytes
        qint64 size = 0;
        QByteArray sha256; // lower-case hex
        QString kind;      // "report", "answer", "attachment"
        // Attachments only: the API's id, the name the case gives it, and the note it came with (none: the case).
        QString attachmentId;
        QString originalName;
        QString noteId;

        static File fromData(const QString& path, const QByteArray& data, const QString& kind);
        // Reads the file once for its size and hash; `error` says why it could not be read.
        static File fromDisk(const QString& path, const QString& sourceFile, const QString& kind, QString* error);
    };

    QString caseNumber;
    QString environment;
    QDateTime exportedAt;
    QString generator; // "CaseDesk 0.1.0"
    QList<File> files;

    static constexpr auto kManifestName = "manifest.json";

    QJsonObject manifest() const;
    // Writes the zip at `zipPath`. `progress` gets 0..1 and returns false to cancel. Empty on success,
    // otherwise why (tr("Cancelled.") when cancelled); nothing is left at `zipPath` then.
    QString write(const QString& zipPath, const std::function<bool(double)>& progress = {}) const;

    // A name for a file in the zip made from an outside name: no folders, no leading dots, no control
    // characters, and unique among `taken` (which it joins): "photo.png", "photo (2).png".
    static QString entryName(const QString& folder, const QString& name, QSet<QString>* taken);
    // The SHA-256 of a device's remaining bytes in lower-case hex.
    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace CaseDesk

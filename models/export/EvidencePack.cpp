#include "models/export/EvidencePack.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <zip.h>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
struct Callbacks
{
    const std::function<bool(double)>* progress = nullptr;
    bool cancelled = false;
};

void onProgress(zip_t*, double done, void* state)
{
    auto* callbacks = static_cast<Callbacks*>(state);
    if (*callbacks->progress && !(*callbacks->progress)(done))
        callbacks->cancelled = true;
}

int onCancel(zip_t*, void* state)
{
    return static_cast<Callbacks*>(state)->cancelled ? 1 : 0;
}

QString zipError(zip_t* archive)
{
    return QString::fromLocal8Bit(zip_error_strerror(zip_get_error(archive)));
}
} // namespace

EvidencePack::File EvidencePack::File::fromData(const QString& path, const QByteArray& data, const QString& kind)
{
    File file;
    file.path = path;
    file.data = data;
    file.size = data.size();
    file.sha256 = sha256Hex(data);
    file.kind = kind;
    return file;
}

EvidencePack::File EvidencePack::File::fromDisk(const QString& path, const QString& sourceFile, const QString& kind,
                                                QString* error)
{
    File file;
    file.path = path;
    file.sourceFile = sourceFile;
    file.kind = kind;
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = source.errorString();
        return file;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&source);
    file.size = source.size();
    file.sha256 = hash.result().toHex();
    return file;
}

QByteArray EvidencePack::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString EvidencePack::entryName(const QString& folder, const QString& name, QSet<QString>* taken)
{
    QString safe = name;
    for (QChar& c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            c = u'_';
    }
    while (safe.startsWith(u'.') || safe.startsWith(u' '))
        safe.remove(0, 1);
    safe = safe.trimmed().left(150);
    if (safe.isEmpty())
        safe = u"attachment"_s;
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    QString candidate = prefix + safe;
    const QFileInfo info(safe);
    const QString base = info.completeBaseName().isEmpty() ? safe : info.completeBaseName();
    const QString suffix =
        info.completeBaseName().isEmpty() || info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = prefix + u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix);
    taken->insert(candidate.toLower());
    return candidate;
}

QJsonObject EvidencePack::manifest() const
{
    QJsonArray list;
    for (const File& file : files) {
        QJsonObject entry;
        entry.insert(u"path"_s, file.path);
        entry.insert(u"kind"_s, file.kind);
        entry.insert(u"size"_s, file.size);
        entry.insert(u"sha256"_s, QString::fromLatin1(file.sha256));
        if (!file.attachmentId.isEmpty()) {
            entry.insert(u"attachmentId"_s, file.attachmentId);
            entry.insert(u"name"_s, file.originalName);
            entry.insert(u"attachedTo"_s, file.noteId.isEmpty() ? u"case"_s : u"note"_s);
            if (!file.noteId.isEmpty())
                entry.insert(u"noteId"_s, file.noteId);
        }
        list.append(entry);
    }
    return QJsonObject{
        {u"caseNumber"_s, caseNumber},
        {u"environment"_s, environment},
        {u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODate)},
        {u"generator"_s, generator},
        {u"files"_s, list},
    };
}

QString EvidencePack::write(const QString& zipPath, const std::function<bool(double)>& progress) const
{
    int code = 0;
    // ZIP_TRUNCATE: an existing file the user chose to replace is replaced, at close and only then.
    zip_t* archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return reason;
    }
    // Buffers handed to libzip must outlive zip_close.
    const QByteArray manifestBytes = QJsonDocument(manifest()).toJson(QJsonDocument::Indented);
    auto fail = [archive](const QString& reason) {
        zip_discard(archive);
        return reason;
    };
    auto add = [archive](const QString& name, zip_source_t* source) -> bool {
        if (!source)
            return false;
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        // PDFs, images and office files are compressed already; deflate still helps logs and JSON.
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
        return true;
    };
    for (const File& file : files) {
        zip_source_t* source =
            file.sourceFile.isEmpty()
                ? zip_source_buffer(archive, file.data.constData(), zip_uint64_t(file.data.size()), 0)
                : zip_source_file(archive, QFile::encodeName(file.sourceFile).constData(), 0, -1);
        if (!add(file.path, source))
            return fail(tr("“%1” cannot be added: %2").arg(file.path, zipError(archive)));
    }
    if (!add(QString::fromLatin1(kManifestName),
             zip_source_buffer(archive, manifestBytes.constData(), zip_uint64_t(manifestBytes.size()), 0)))
        return fail(tr("The manifest cannot be added: %1").arg(zipError(archive)));

    Callbacks callbacks{&progress, false};
    zip_register_progress_callback_with_state(archive, 0.01, &onProgress, nullptr, &callbacks);
    zip_register_cancel_callback_with_state(archive, &onCancel, nullptr, &callbacks);
    // Everything is read and written here, into a temporary file that becomes `zipPath` at the very end.
    if (zip_close(archive) != 0) {
        const QString reason =
            callbacks.cancelled ? tr("Cancelled.") : tr("The zip file cannot be written: %1").arg(zipError(archive));
        zip_discard(archive); // removes the temporary file
        return reason;
    }
    return {};
}

} // namespace CaseDesk

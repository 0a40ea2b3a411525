#include "models/attachments/AttachmentPolicy.h"

#include "models/core/Logging.h"
#include "models/core/OutsideText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QJsonObject readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApi) << "cannot read" << path << file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

AttachmentPolicy loadBundled()
{
    const QJsonObject limits = readResource(u":/api/attachmentsv1.json"_s).value("x-limits"_L1).toObject();
    QStringList extensions;
    for (const QJsonValue& value : limits.value("extensions"_L1).toArray())
        extensions << value.toString().toLower();
    const QJsonObject name = readResource(u":/api/supportv2.json"_s)
                                 .value("components"_L1)
                                 .toObject()
                                 .value("schemas"_L1)
                                 .toObject()
                                 .value("Attachment"_L1)
                                 .toObject()
                                 .value("properties"_L1)
                                 .toObject()
                                 .value("name"_L1)
                                 .toObject();
    if (extensions.isEmpty())
        qCWarning(lcApi) << "attachmentsv1.json has no x-limits.extensions: every file will be refused";
    return AttachmentPolicy(qint64(limits.value("maxBytes"_L1).toDouble(10485760)), extensions,
                            AttachmentPolicy::DefaultMaxCount, limits.value("retentionDays"_L1).toInt(40),
                            name.value("minLength"_L1).toInt(5), name.value("maxLength"_L1).toInt(100));
}

int codePoints(const QString& text)
{
    return int(text.toUcs4().size());
}

QString leftCodePoints(const QString& text, int count)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), qMin<qsizetype>(count, ucs4.size()));
}
} // namespace

AttachmentPolicy::AttachmentPolicy(qint64 maxBytes, const QStringList& extensions, int maxCount, int retentionDays,
                                   int minNameLength, int maxNameLength)
    : m_maxBytes(maxBytes)
    , m_extensions(extensions)
    , m_maxCount(maxCount)
    , m_retentionDays(retentionDays)
    , m_minNameLength(minNameLength)
    , m_maxNameLength(maxNameLength)
{}

const AttachmentPolicy& AttachmentPolicy::bundled()
{
    static const AttachmentPolicy policy = loadBundled();
    return policy;
}

bool AttachmentPolicy::acceptsSuffix(const QString& suffix) const
{
    return !suffix.isEmpty() && m_extensions.contains(suffix.toLower());
}

AttachmentCheck AttachmentPolicy::check(const QFileInfo& file, int alreadyCount, const QString& displayName) const
{
    using Rule = AttachmentCheck::Rule;
    const QString name =
        !displayName.isEmpty() ? displayName : (file.fileName().isEmpty() ? file.filePath() : file.fileName());
    if (!file.exists())
        return {Rule::Missing, tr("“%1” cannot be attached: the file no longer exists.").arg(name)};
    if (file.isDir())
        return {Rule::NotAFile, tr("“%1” is a folder: only files can be attached.").arg(name)};
    // Never open a pipe or device to "check" it: reading one can block forever.
    if (!file.isFile())
        return {Rule::NotAFile, tr("“%1” is not a regular file and cannot be attached.").arg(name)};
    QFile probe(file.filePath());
    if (!file.isReadable() || !probe.open(QIODevice::ReadOnly))
        return {Rule::Unreadable, tr("“%1” cannot be read: check that you are allowed to open it.").arg(name)};
    if (file.size() == 0)
        return {Rule::Empty, tr("“%1” is empty: empty files cannot be attached.").arg(name)};
    if (const AttachmentCheck count = checkCount(name, alreadyCount); !count.ok())
        return count;
    const QString suffix = QFileInfo(name).suffix();
    if (suffix.isEmpty())
        return {Rule::RefusedType, tr("“%1” has no file extension, so its type cannot be checked. Accepted types: "
                                      "%2.")
                                       .arg(name, acceptedTypesText())};
    if (!acceptsSuffix(suffix))
        return {Rule::RefusedType, tr("“%1” cannot be attached: %2 files are not accepted. Accepted types: %3.")
                                       .arg(name, suffix.toUpper(), acceptedTypesText())};
    if (file.size() > m_maxBytes) {
        QString size = formatSize(file.size());
        QString limit = formatSize(m_maxBytes);
        const QLocale locale;
        if (locale.formattedDataSize(file.size(), 1, QLocale::DataSizeTraditionalFormat)
            == locale.formattedDataSize(m_maxBytes, 1, QLocale::DataSizeTraditionalFormat)) {
            // Just over the limit: rounded sizes would read as "10.0 MB, more than 10 MB".

            size = tr("%L1 bytes").arg(file.size());
            limit = tr("%L1 bytes").arg(m_maxBytes);
        }
        return {Rule::TooLarge, tr("“%1” is %2, more than the %3 allowed per file.").arg(name, size, limit)};
    }
    return {};
}

AttachmentCheck AttachmentPolicy::checkCount(const QString& name, int alreadyCount) const
{
    if (alreadyCount < m_maxCount)
        return {};
    return {AttachmentCheck::Rule::TooMany,
            tr("“%1” was not added: a case or note can have at most %n attachments.", nullptr, m_maxCount).arg(name)};
}

QString AttachmentPolicy::uploadName(const QString& name) const
{
    const int dot = int(name.lastIndexOf(u'.'));
    QString base = dot > 0 ? name.left(dot) : (dot == 0 ? QString() : name);
    const QString extension = dot >= 0 ? name.mid(dot) : QString();
    const int room = m_maxNameLength - codePoints(extension);
    if (codePoints(base) > room)
        base = leftCodePoints(base, qMax(1, room)).trimmed();
    if (base.isEmpty())
        base = u"attachment"_s;
    QString fitted = base + extension;
    while (codePoints(fitted) < m_minNameLength) {
        base += u'_';
        fitted = base + extension;
    }
    return fitted;
}

namespace
{
// Whether bytes of `content` are of an accepted type, for a file whose name ends in `suffix`.
bool contentAccepted(const QStringList& extensions, const QString& suffix, const QMimeType& content)
{
    static const QStringList unknown{u"application/octet-stream"_s, u"application/x-zerosize"_s};
    if (!content.isValid() || unknown.contains(content.name()))
        return false;
    const QMimeDatabase database;
    const auto sameType = [&content](const QMimeType& type) {
        return type.name() == content.name() || type.aliases().contains(content.name());
    };
    for (const QString& extension : extensions) {
        const QList<QMimeType> types = database.mimeTypesForFileName(u"file."_s + extension);
        if (std::any_of(types.cbegin(), types.cend(), sameType))
            return true;
    }
    // A container: ZIP holds DOCX, XLSX and PPSX (the database says so), OLE compound files hold the older
    // Office formats and Visio drawings (the database says so for some of them only).
    const QList<QMimeType> named = database.mimeTypesForFileName(u"file."_s + suffix);
    if (std::any_of(named.cbegin(), named.cend(),
                    [&content](const QMimeType& type) { return type.inherits(content.name()); }))
        return true;
    static const QStringList inOle{u"doc"_s, u"xls"_s, u"ppt"_s, u"pps"_s, u"vsd"_s};
    return content.name() == u"application/x-ole-storage"_s && inOle.contains(suffix);
}
} // namespace

AttachmentOpenCheck AttachmentPolicy::openCheck(const QString& name, const QMimeType& contentType) const
{
    AttachmentOpenCheck check;
    const QString shown = OutsideText::name(name);
    const QString display = shown.isEmpty() ? tr("The attachment") : tr("“%1”", "a file name in quotes").arg(shown);
    const qsizetype dot = shown.lastIndexOf(u'.');
    const QString suffix = dot >= 0 ? shown.mid(dot + 1).toLower() : QString();
    if (!contentType.isValid()) {
        check.contentTypeName = tr("unreadable");
        check.message = tr("%1 was not opened: its content cannot be read.").arg(display);
        return check;
    }
    check.contentType = contentType.name();
    check.contentTypeName = contentType.comment().isEmpty() ? contentType.name() : contentType.comment();
    const bool nameAccepted = acceptsSuffix(suffix);
    check.mayOpen = nameAccepted && contentAccepted(m_extensions, suffix, contentType);
    if (check.mayOpen)
        return check;
    const QString advice = tr("Use Save as… to keep a copy, and open it only if you trust it.");
    if (suffix.isEmpty())
        check.message = tr("%1 was not opened: its name has no file extension, and its content is %2 (%3). %4")
                            .arg(display, check.contentTypeName, check.contentType, advice);
    else if (!nameAccepted)
        check.message = tr("%1 was not opened: CaseDesk does not open %2 files. Its content is %3 (%4). %5")
                            .arg(display, suffix.toUpper(), check.contentTypeName, check.contentType, advice);
    else
        check.message = tr("%1 was not opened: its name says %2, but its content is %3 (%4). %5")
                            .arg(display, suffix.toUpper(), check.contentTypeName, check.contentType, advice);
    return check;
}

QMimeType AttachmentPolicy::contentTypeOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QMimeDatabase().mimeTypeForData(&file);
}

QString AttachmentPolicy::acceptedTypesText() const
{
    return QLocale().createSeparatedList(m_extensions).toUpper();
}

QString AttachmentPolicy::limitsText() const
{
    return tr("Up to %n files, %1 each", nullptr, m_maxCount).arg(formatSize(m_maxBytes));
}

QStringList AttachmentPolicy::nameFilters() const
{
    QStringList patterns;
    for (const QString& extension : m_extensions)
        patterns << u"*."_s + extension;
    return {tr("Accepted files (%1)").arg(patterns.join(u' ')), tr("All files (*)")};
}

QString AttachmentPolicy::formatSize(qint64 bytes)
{
    // The API says "10 MB" for 10485760 bytes: use the same units, so the limit reads as documented.
    return QLocale().formattedDataSize(bytes, bytes % (1024 * 1024) == 0 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace CaseDesk

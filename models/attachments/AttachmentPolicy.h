#pragma once

#include "models/attachments/AttachmentOpenCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>
#include <QStringList>

class QMimeType;

namespace CaseDesk
{

// The outcome of checking one file against the attachment rules: which rule it breaks, and a translated
// sentence that names the file and the rule.
struct AttachmentCheck
{
    enum class Rule
    {
        Ok,
        Missing,
        NotAFile, // a directory, device, socket or pipe
        Unreadable,
        Empty,
        Duplicate, // the same file is already in the list
        TooMany,
        RefusedType,
        TooLarge,
    };

    Rule rule = Rule::Ok;
    QString message;

    bool ok() const { return rule == Rule::Ok; }
    // An image that breaks only the type or size rule can be converted into one that passes.
    bool mayConvert() const { return rule == Rule::RefusedType || rule == Rule::TooLarge; }
};

/*
 * What the API accepts as an attachment: at most 5 per case or note, at most maxBytes each, only the listed
 * extensions, names of 5 to 100 characters. The limits are read once from the bundled API documents
 * (`:/api/attachmentsv1.json` x-limits, `:/api/supportv2.json` Attachment.name), never duplicated in code.
 *
 *     const AttachmentCheck check = AttachmentPolicy::bundled().check(QFileInfo(path), list.count());
 *     if (!check.ok()) showMessage(check.message);
 */
class AttachmentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentPolicy)

public:
    static constexpr int DefaultMaxCount = 5;

    AttachmentPolicy(qint64 maxBytes, const QStringList& extensions, int maxCount = DefaultMaxCount,
                     int retentionDays = 40, int minNameLength = 5, int maxNameLength = 100);

    // The limits of the bundled API documents, read once.
    static const AttachmentPolicy& bundled();

    qint64 maxBytes() const { return m_maxBytes; }
    QStringList extensions() const { return m_extensions; }
    int maxCount() const { return m_maxCount; }
    int retentionDays() const { return m_retentionDays; }
    bool acceptsSuffix(const QString& suffix) const;

    // Checks a file to be added to a list that already holds `alreadyCount` attachments. Reads only the
    // file's metadata (and opens it to prove it is readable); never its content. Messages name the file as
    // `displayName`, else by its own name.
    AttachmentCheck check(const QFileInfo& file, int alreadyCount, const QString& displayName = {}) const;
    // The count rule alone, for content that has no file yet (a pasted image).
    AttachmentCheck checkCount(const QString& name, int alreadyCount) const;

    // `name` fitted to the API's name length: a long base name is shortened (the extension kept), a short
    // one is lengthened.
    QString uploadName(const QString& name) const;

    // Whether a downloaded attachment named `name` may be handed to the desktop to open. Both must be of an
    // accepted type: the name's real extension (what the desktop picks the program by, once bidi and other
    // disguising characters are gone) and `contentType`, what the bytes are (contentTypeOf(), never the name).
    // A container counts for the formats inside it (ZIP for DOCX, OLE for DOC, XLS, PPT, VSD). Anything else
    // is to be saved, never opened; the check's message then names the file and what it really is.
    AttachmentOpenCheck openCheck(const QString& name, const QMimeType& contentType) const;
    // What a file's bytes are, judged from its first bytes alone; an invalid type when it cannot be read.
    // Reads the disk: call it off the UI thread.
    static QMimeType contentTypeOf(const QString& path);

    // "BMP, JPG, …, VSD"
    QString acceptedTypesText() const;
    // "Up to 5 files, 10 MB each"
    QString limitsText() const;
    // A name filter for file dialogs: "Accepted files (*.bmp *.jpg …)".
    QStringList nameFilters() const;

    // Sizes the way the API states its limit ("10 MB" for 10485760 bytes).
    static QString formatSize(qint64 bytes);

private:
    qint64 m_maxBytes;
    QStringList m_extensions;
    int m_maxCount;
    int m_retentionDays;
    int m_minNameLength;
    int m_maxNameLength;
};

} // namespace CaseDesk

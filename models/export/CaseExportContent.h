#pragma once

#include "models/presentation/CaseFacts.h"
#include "models/presentation/TimeDisplay.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CaseDesk
{

/*
 * One attachment of a case as an export lists it: the reference, what it came with, and what is known of
 * its bytes. A copy on disk (`localPath`, the download cache) gives the size and SHA-256; without one the
 * size may still be known from the API, the hash is not.
 */
struct ExportedAttachment
{
    Q_DECLARE_TR_FUNCTIONS(ExportedAttachment)

public:
    AttachmentRef ref;
    QString attachedTo; // translated: "Case", "Note by Provider, 28/11/2026 14:05"
    QString noteId;     // the note it came with; empty for the case's own
    QString localPath;
    std::optional<qint64> size;
    QByteArray sha256; // lower-case hex; empty when not known

    // The case's attachments and its notes', each once, in the order of the case's Attachments tab: the
    // case's own first, then each note's (an attachment listed on both counts as the note's).
    static QList<ExportedAttachment> listOf(const CaseFacts& facts);
};

/*
 * Everything an export of one case shows, gathered on the UI thread from the store (CaseDetail) and the
 * case view's own CaseFacts, then handed to a worker as a value.
 */
struct CaseExportContent
{
    CaseFacts facts;
    QByteArray rawAnswer; // the last GET answer, as the store keeps it
    QList<ExportedAttachment> attachments;
    QString environment;  // its display name
    QDateTime exportedAt; // UTC
    TimeDisplay time;
};

} // namespace CaseDesk

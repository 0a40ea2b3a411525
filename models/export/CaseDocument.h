#pragma once

#include "models/export/CaseExportContent.h"

#include <QCoreApplication>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * A case as a printable document: the header, every field of the overview, contacts, line items, the
 * status history with the time spent in each status, every note (who wrote it, its visibility and time)
 * and the attachments with their size and SHA-256 where known. Every text from the server goes in as plain
 * text through QTextCursor::insertText, never as markup. Times are those of the user's time display and the
 * zone is named at the top.
 *
 * The document belongs to the thread that builds it: build, lay out and print it on one worker.
 *
 *     std::unique_ptr<QTextDocument> document = CaseDocument::build(content);
 *     PagedPrinter::print(document.get(), &pdfWriter, CaseDocument::footer(content));
 */
class CaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)

public:
    static std::unique_ptr<QTextDocument> build(const CaseExportContent& content);
    // Under every page: the environment and when the case was exported.
    static QString footer(const CaseExportContent& content);
    // "Case 12345678": the document's title, also the PDF's.
    static QString title(const CaseExportContent& content);
    // "12.3 KB (12,601 bytes)": exact, since a reader may compare it with a file.
    static QString sizeText(qint64 bytes);
};

} // namespace CaseDesk

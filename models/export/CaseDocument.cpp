#include "models/export/CaseDocument.h"

#include "models/attachments/AttachmentPolicy.h"
#include "models/export/PagedPrinter.h"

#include <QFont>
#include <QFontDatabase>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Printed on white paper whatever the screen's theme: fixed greys, not the palette.
const QColor kShade(0xee, 0xee, 0xee);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kMuted(0x55, 0x55, 0x55);

// Appends blocks, tables and text to a document. Everything is inserted as plain text.
class Writer
{
public:
    explicit Writer(QTextDocument* document)
        : m_cursor(document)
    {
        m_body.setFontPointSize(9.5);
        m_bold = m_body;
        m_bold.setFontWeight(QFont::Bold);
        m_small = m_body;
        m_small.setFontPointSize(8);
        m_small.setForeground(kMuted);
        m_mono = m_small;
        m_mono.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    }

    const QTextCharFormat& body() const { return m_body; }
    const QTextCharFormat& bold() const { return m_bold; }
    const QTextCharFormat& small() const { return m_small; }
    const QTextCharFormat& mono() const { return m_mono; }

    void title(const QString& text, const QString& subtitle)
    {
        QTextCharFormat format = m_bold;
        format.setFontPointSize(17);
        newBlock({});
        m_cursor.insertText(text, format);
        if (!subtitle.isEmpty()) {
            QTextCharFormat sub = m_body;
            sub.setFontPointSize(12);
            newBlock({});
            m_cursor.insertText(subtitle, sub);
        }
    }

    void heading(const QString& text)
    {
        QTextBlockFormat block;
        block.setTopMargin(14);
        block.setBottomMargin(4);
        block.setProperty(PagedPrinter::KeepWithNext, true);
        QTextCharFormat format = m_bold;
        format.setFontPointSize(12.5);
        newBlock(block);
        m_cursor.insertText(text, format);
    }

    void paragraph(const QString& text, const QTextCharFormat& format)
    {
        QTextBlockFormat block;
        block.setBottomMargin(2);
        newBlock(block);
        m_cursor.insertText(text, format);
    }

    // A table whose first row holds `headers` (repeated on every page it spans).
    QTextTable* table(const QStringList& headers, int rows, const QList<int>& percentWidths)
    {
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setTopMargin(2);
        format.setBottomMargin(6);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int width : percentWidths)
            widths.append(QTextLength(QTextLength::PercentageLength, width));
        format.setColumnWidthConstraints(widths);
        format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
        newBlock({});
        QTextTable* table = m_cursor.insertTable(rows + (headers.isEmpty() ? 0 : 1), int(percentWidths.size()), format);
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat shaded = cell.format().toTableCellFormat();
            shaded.setBackground(kShade);
            cell.setFormat(shaded);
            cell.firstCursorPosition().insertText(headers.at(column), m_bold);
        }
        return table;
    }

    static void cell(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& format)
    {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.insertText(text, format);
    }

    // Leaves the table: what follows goes into the (empty) block after it.
    void after(QTextTable* table)
    {
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_reuse = true;
    }

private:
    // Starts a block with `format`, or formats the empty one at hand (the document's first, the one after a table).
    void newBlock(const QTextBlockFormat& format)
    {
        if (m_reuse)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_reuse = false;
    }

    QTextCursor m_cursor;
    QTextCharFormat m_body;
    QTextCharFormat m_bold;
    QTextCharFormat m_small;
    QTextCharFormat m_mono;
    bool m_reuse = true;
};

QString orDash(const QString& text)
{
    return text.isEmpty() ? CaseDocument::tr("—") : text;
}
} // namespace

QString CaseDocument::title(const CaseExportContent& content)
{
    return tr("Case %1").arg(content.facts.number);
}

QString CaseDocument::footer(const CaseExportContent& content)
{
    const QString& ibx = content.facts.ibx;
    return tr("%1 · exported %2, %3", "footer: environment, when, the time zone")
        .arg(content.environment, content.time.formatShort(content.exportedAt, ibx), content.time.zoneName(ibx));
}

QString CaseDocument::sizeText(qint64 bytes)
{
    return tr("%1 (%L2 bytes)").arg(AttachmentPolicy::formatSize(bytes)).arg(bytes);
}

std::unique_ptr<QTextDocument> CaseDocument::build(const CaseExportContent& content)
{
    const CaseFacts& facts = content.facts;
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, title(content));
    Writer out(document.get());

    out.title(title(content), facts.codeLabel.isEmpty() || facts.codeLabel == facts.code
                                  ? facts.code
                                  : tr("%1 (%2)", "code label, then the code").arg(facts.codeLabel, facts.code));
    out.paragraph(tr("Times are shown in %1.").arg(content.time.zoneName(facts.ibx)), out.small());

    // The header of the case view.
    const QList<std::pair<QString, QString>> header{
        {tr("Status"), facts.statusLabel},
        {tr("Type"), facts.type},
        {tr("Order number"), facts.orderNumber},
        {tr("IBX"), facts.ibx},
        {tr("Cage"), facts.cage},
        {tr("Created"), facts.created},
        {tr("Last updated"), facts.updated},
    };
    QTextTable* summary = out.table({}, int(header.size()), {30, 70});
    for (int row = 0; row < header.size(); ++row) {
        Writer::cell(summary, row, 0, header.at(row).first, out.bold());
        Writer::cell(summary, row, 1, orDash(header.at(row).second), out.body());
    }
    out.after(summary);

    out.heading(tr("Description"));
    out.paragraph(orDash(facts.description), out.body());

    // Every section of the Overview tab: the case's fields, contacts, additional information.
    for (const FactSection& section : facts.sections) {
        out.heading(section.title);
        QTextTable* table = out.table({}, int(section.rows.size()), {30, 70});
        for (int row = 0; row < section.rows.size(); ++row) {
            Writer::cell(table, row, 0, section.rows.at(row).label, out.bold());
            Writer::cell(table, row, 1, section.rows.at(row).value, out.body());
        }
        out.after(table);
    }

    if (!facts.lineItems.isEmpty()) {
        out.heading(tr("Line items"));
        QTextTable* table = out.table({tr("Line"), tr("Product"), tr("Status"), tr("Location"), tr("Request type"),
                                       tr("Estimated completion"), tr("Flags")},
                                      int(facts.lineItems.size()), {10, 18, 12, 14, 12, 16, 18});
        for (int i = 0; i < facts.lineItems.size(); ++i) {
            const LineItemView& line = facts.lineItems.at(i);
            const QStringList cells{line.lineId,   line.product,     line.status,
                                    line.location, line.requestType, line.estimatedCompletion,
                                    line.flags};
            for (int column = 0; column < cells.size(); ++column)
                Writer::cell(table, i + 1, column, cells.at(column), out.body());
        }
        out.after(table);
    }

    out.heading(tr("Status history"));
    if (facts.timeline.isEmpty()) {
        out.paragraph(tr("The provider has sent no status history."), out.body());
    } else {
        QTextTable* table =
            out.table({tr("Status"), tr("Since"), tr("Time in this status")}, int(facts.timeline.size()), {40, 35, 25});
        for (int i = 0; i < facts.timeline.size(); ++i) {
            const TimelineStep& step = facts.timeline.at(i);
            Writer::cell(table, i + 1, 0, step.current ? tr("%1 (current)").arg(step.statusLabel) : step.statusLabel,
                         step.current ? out.bold() : out.body());
            Writer::cell(table, i + 1, 1, orDash(step.when), out.body());
            Writer::cell(table, i + 1, 2, orDash(step.duration), out.body());
        }
        out.after(table);
    }

    out.heading(tr("Notes (%1)").arg(facts.notes.size()));
    if (facts.notes.isEmpty())
        out.paragraph(tr("This case has no notes."), out.body());
    for (const NoteView& note : facts.notes) {
        QStringList meta{note.author, note.visibility, orDash(note.when)};
        if (note.pending)
            meta << tr("pending: sent, not yet returned by the server");
        QTextTable* card = out.table({meta.join(u" · ")}, 1, {100});
        QTextCursor text = card->cellAt(1, 0).firstCursorPosition();
        text.insertText(note.text, out.body());
        if (!note.attachments.isEmpty()) {
            QStringList names;
            for (const AttachmentRef& ref : note.attachments)
                names << ref.name;
            text.insertBlock();
            text.insertText(tr("Attachments: %1").arg(names.join(u", ")), out.small());
        }
        out.after(card);
    }

    out.heading(tr("Attachments (%1)").arg(content.attachments.size()));
    if (content.attachments.isEmpty()) {
        out.paragraph(tr("This case and its notes have no attachments."), out.body());
    } else {
        // Two rows each: name, origin and size, then the full hash across the table's width.
        QTextTable* table =
            out.table({tr("Name"), tr("Attached to"), tr("Size")}, int(content.attachments.size()) * 2, {40, 35, 25});
        for (int i = 0; i < content.attachments.size(); ++i) {
            const ExportedAttachment& attachment = content.attachments.at(i);
            const int row = 1 + i * 2;
            Writer::cell(table, row, 0, attachment.ref.name, out.bold());
            Writer::cell(table, row, 1, attachment.attachedTo, out.body());
            Writer::cell(table, row, 2, attachment.size ? sizeText(*attachment.size) : tr("not known"), out.body());
            table->mergeCells(row + 1, 0, 1, 3);
            QTextCursor hash = table->cellAt(row + 1, 0).firstCursorPosition();
            hash.insertText(tr("SHA-256: "), out.small());
            hash.insertText(attachment.sha256.isEmpty() ? tr("not known (not downloaded)")
                                                        : QString::fromLatin1(attachment.sha256),
                            attachment.sha256.isEmpty() ? out.small() : out.mono());
        }
        out.after(table);
    }
    return document;
}

} // namespace CaseDesk

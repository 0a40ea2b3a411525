#include "ui/casedetail/NoteTextEdit.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QtMath>

namespace CaseDesk
{

NoteTextEdit::NoteTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    m_completer->setObjectName(QStringLiteral("templateCompleter"));
    m_completer->setModel(m_names);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setObjectName(QStringLiteral("templatePopup"));
    m_completer->popup()->setAccessibleName(tr("Note templates"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &NoteTextEdit::choose);
    // A plain text layout's document height is its count of laid-out lines, wrapped ones included.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        const int lines = wantedLines();
        if (lines == m_lines)
            return;
        m_lines = lines;
        updateGeometry();
        emit linesChanged(lines);
    });
}

int NoteTextEdit::wantedLines() const
{
    const int lines = qCeil(document()->documentLayout()->documentSize().height());
    return qBound(kMinimumLines, lines, kMaximumLines);
}

int NoteTextEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + qCeil(2 * document()->documentMargin()) + margins.top()
           + margins.bottom();
}

QSize NoteTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_lines)};
}

QSize NoteTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(kMinimumLines)};
}

void NoteTextEdit::setTemplateNames(const QStringList& names)
{
    m_names->setStringList(names);
}

void NoteTextEdit::keyPressEvent(QKeyEvent* event)
{
    // While the popup is open the completer hands these keys here first: leave them to it.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    updatePopup();
}

bool NoteTextEdit::slashWordAtCursor(QString* word) const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    if (!before.startsWith(u'/') || before.contains(u' ') || before.contains(u'\t'))
        return false;
    *word = before.mid(1);
    return true;
}

void NoteTextEdit::updatePopup()
{
    QString word;
    if (m_names->rowCount() == 0 || !slashWordAtCursor(&word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void NoteTextEdit::choose(const QString& name)
{
    QString word;
    if (!slashWordAtCursor(&word))
        return;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    emit templateChosen(name);
}

} // namespace CaseDesk

#pragma once

#include <QPlainTextEdit>

QT_BEGIN_NAMESPACE
class QCompleter;
class QStringListModel;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * The note composer's text field: plain text, plus a quick way to templates. Typing "/" at the start of a
 * line opens a popup of the template names; typing on narrows it (as "/main" to "Maintenance window"), Enter
 * picks one, Escape closes it and leaves the text as typed. Picking removes the "/word" and asks the
 * owner to insert that template (templateChosen), who knows the case to fill it from.
 *
 *     edit->setTemplateNames(templates->names());
 *     connect(edit, &NoteTextEdit::templateChosen, this, &NoteComposer::insertTemplate);
 *
 * Its size hint is as many lines as the text has (wrapped lines counted), from kMinimumLines up to
 * kMaximumLines, beyond which it scrolls; linesChanged() says when that changed.
 */
class NoteTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMinimumLines = 3;
    static constexpr int kMaximumLines = 12;

    explicit NoteTextEdit(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The height that shows `lines` lines of text, frame included.
    int heightForLines(int lines) const;
    // The lines the size hint asks for now.
    int wantedLines() const;

    void setTemplateNames(const QStringList& names);
    QCompleter* completer() const { return m_completer; }

signals:
    void templateChosen(const QString& name);
    void linesChanged(int lines);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The "/word" from the start of the cursor's line up to the cursor, or nothing when it is not one.
    bool slashWordAtCursor(QString* word) const;
    void updatePopup();
    void choose(const QString& name);

    QCompleter* m_completer;
    QStringListModel* m_names;
    int m_lines = kMinimumLines;
};

} // namespace CaseDesk

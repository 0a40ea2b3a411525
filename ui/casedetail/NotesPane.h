#pragma once

#include <QSplitter>

namespace CaseDesk
{

class NoteComposer;
class NotesThreadWidget;

/*
 * A case's Notes tab: the thread above, taking the room, and the composer below, a few lines high. The
 * composer grows as the note gets longer (up to its text field's limit, NoteTextEdit::kMaximumLines) and goes
 * back when the note is sent or cleared, never below the height the user dragged the handle to. A drag is
 * reported with layoutChanged() for the owner to keep; restoreLayout() puts a kept one back.
 *
 *     auto* pane = new NotesPane(thread, composer, this);
 *     pane->restoreLayout(viewState->notesSplitter());
 *     connect(pane, &NotesPane::layoutChanged, this, [](const QByteArray& state) { ... });
 */
class NotesPane : public QSplitter
{
    Q_OBJECT

public:
    NotesPane(NotesThreadWidget* thread, NoteComposer* composer, QWidget* parent = nullptr);

    void restoreLayout(const QByteArray& state);
    // The composer's height as the user left it by dragging (0: never dragged).
    int chosenComposerHeight() const { return m_chosen; }

signals:
    void layoutChanged(const QByteArray& state);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPending();
    void fitComposer();

    NoteComposer* m_composer;
    int m_chosen = 0;
    QByteArray m_pending; // a kept state waiting for the pane's real height
};

} // namespace CaseDesk

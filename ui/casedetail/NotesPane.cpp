#include "ui/casedetail/NotesPane.h"

#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NotesThreadWidget.h"

namespace CaseDesk
{

namespace
{
// The thread keeps at least this share of the pane, however long the note.
constexpr double kThreadShare = 0.35;
} // namespace

NotesPane::NotesPane(NotesThreadWidget* thread, NoteComposer* composer, QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_composer(composer)
{
    setObjectName(QStringLiteral("notesSplitter"));
    addWidget(thread);
    addWidget(composer);
    // Growing the window grows the thread; the composer keeps its lines.
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setChildrenCollapsible(false);
    connect(composer, &NoteComposer::heightWanted, this, &NotesPane::fitComposer);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        m_chosen = sizes().value(1);
        emit layoutChanged(saveState());
    });
}

void NotesPane::restoreLayout(const QByteArray& state)
{
    if (state.isEmpty() || !restoreState(state))
        return;
    // The sizes mean something only at the pane's real height: read them once it has it.
    m_pending = state;
    applyPending();
}

void NotesPane::applyPending()
{
    if (m_pending.isEmpty() || height() < minimumSizeHint().height())
        return;
    restoreState(m_pending); // the thread (stretch 1) takes what the height differs from the kept one
    m_pending.clear();
    m_chosen = sizes().value(1);
}

void NotesPane::resizeEvent(QResizeEvent* event)
{
    QSplitter::resizeEvent(event);
    applyPending();
    fitComposer();
}

void NotesPane::fitComposer()
{
    const int total = height() - handleWidth();
    if (total <= 0 || count() != 2)
        return;
    const int wanted = qMax(m_composer->sizeHint().height(), m_chosen);
    const int composer = qMax(m_composer->minimumSizeHint().height(), qMin(wanted, int(total * (1 - kThreadShare))));
    if (sizes().value(1) != composer)
        setSizes({total - composer, composer});
}

} // namespace CaseDesk

#pragma once

#include "models/presentation/CaseFacts.h"

#include <QScrollArea>

#include <optional>

class QFrame;
class QVBoxLayout;

namespace CaseDesk
{

// The notes of a case as a thread of cards, oldest first: who wrote it, when, whether the customer sees it,
// and whether it is still pending (sent, not yet returned by the server). Attachment names are buttons; web
// addresses and case numbers in a note's text are links (ui/widgets/LinkedTextLabel).
class NotesThreadWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit NotesThreadWidget(QWidget* parent = nullptr);

    void setNotes(const QList<NoteView>& notes);
    int cardCount() const;
    // Marks the notes a search found (kept across setNotes): the note whose text is `bestNote`, or when none is,
    // every note holding all `words` (case-insensitive). Empty arguments clear it. Returns how many are marked.
    int setHighlight(const QString& bestNote, const QStringList& words);
    int highlightedCount() const;
    // Scrolls to the first marked note.
    void showFirstHighlight();

signals:
    void attachmentActivated(const AttachmentRef& attachment);
    // A case number in a note's text was clicked.
    void caseLinkActivated(const QString& caseNumber);

private:
    int applyHighlight();

    QWidget* m_content;
    QList<std::pair<QFrame*, QString>> m_cards; // each card with its note's text
    std::optional<QList<NoteView>> m_notes;     // as last shown
    QString m_bestNote;
    QStringList m_words;
    QVBoxLayout* m_layout;
};

} // namespace CaseDesk

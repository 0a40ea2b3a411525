#pragma once

#include "models/presentation/CaseFacts.h"

#include <QScrollArea>

class QVBoxLayout;

namespace CaseDesk
{

// The notes of a case as a thread of cards, oldest first: who wrote it, when, whether the customer sees it,
// and whether it is still pending (sent, not yet returned by the server). Attachment names are buttons.
class NotesThreadWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit NotesThreadWidget(QWidget* parent = nullptr);

    void setNotes(const QList<NoteView>& notes);
    int cardCount() const;

signals:
    void attachmentActivated(const AttachmentRef& attachment);

private:
    QWidget* m_content;
    QVBoxLayout* m_layout;
};

} // namespace CaseDesk

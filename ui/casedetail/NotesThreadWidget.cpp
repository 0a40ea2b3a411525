#include "ui/casedetail/NotesThreadWidget.h"

#include "models/core/OutsideText.h"
#include "ui/widgets/PlainText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace CaseDesk
{

NotesThreadWidget::NotesThreadWidget(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("notesThread"));
    setAccessibleName(tr("Notes"));
    setWidgetResizable(true);
    setWidget(m_content);
    m_layout->addStretch(1);
}

int NotesThreadWidget::cardCount() const
{
    return int(m_content->findChildren<QFrame*>(QStringLiteral("noteCard")).size());
}

void NotesThreadWidget::setNotes(const QList<NoteView>& notes)
{
    m_cards.clear();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (notes.isEmpty()) {
        auto* empty = new QLabel(tr("No notes yet. Write the first one below."), m_content);
        empty->setObjectName(QStringLiteral("noNotesLabel"));
        m_layout->addWidget(empty);
    }
    for (const NoteView& note : notes) {
        auto* card = new QFrame(m_content);
        card->setObjectName(QStringLiteral("noteCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setProperty("pending", note.pending);
        if (note.pending)
            card->setStyleSheet(QStringLiteral("QFrame#noteCard { border: 1px dashed palette(mid); }"));
        else if (!note.own)
            card->setStyleSheet(QStringLiteral("QFrame#noteCard { background: palette(alternate-base); }"));
        auto* cardLayout = new QVBoxLayout(card);

        QStringList meta{note.author};
        if (!note.when.isEmpty())
            meta << note.when;
        meta << note.visibility;
        if (note.pending)
            meta << tr("Pending: sent, not yet confirmed by the server");
        auto* header =
            PlainText::label(meta.join(QStringLiteral(" · ")), card); // the server's note type and visibility
        header->setObjectName(QStringLiteral("noteHeaderLabel"));
        QFont small = header->font();
        small.setBold(true);
        header->setFont(small);
        cardLayout->addWidget(header);

        auto* text = PlainText::label(note.text, card);
        text->setObjectName(QStringLiteral("noteTextLabel"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(tr("Note by %1").arg(OutsideText::name(note.author)));
        cardLayout->addWidget(text);

        if (!note.attachments.isEmpty()) {
            auto* files = new QHBoxLayout;
            for (const AttachmentRef& attachment : note.attachments) {
                const QString name = OutsideText::name(attachment.name);
                auto* button = new QPushButton(PlainText::mnemonicSafe(OutsideText::shortened(name, 60)), card);
                PlainText::setToolTip(button, name);
                button->setAccessibleName(tr("Open attachment %1").arg(name));
                button->setFlat(true);
                connect(button, &QPushButton::clicked, this,
                        [this, attachment] { emit attachmentActivated(attachment); });
                files->addWidget(button);
            }
            files->addStretch(1);
            cardLayout->addLayout(files);
        }
        m_layout->addWidget(card);
        m_cards.append({card, note.text});
    }
    m_layout->addStretch(1);
    applyHighlight();
    // Newest at the bottom, where the composer is.
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

int NotesThreadWidget::setHighlight(const QString& bestNote, const QStringList& words)
{
    m_bestNote = bestNote.trimmed();
    m_words = words;
    return applyHighlight();
}

int NotesThreadWidget::applyHighlight()
{
    auto holdsWords = [this](const QString& text) {
        return !m_words.isEmpty() && std::all_of(m_words.begin(), m_words.end(), [&text](const QString& word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
    };
    bool bestShown = false;
    for (const auto& [card, text] : std::as_const(m_cards))
        bestShown = bestShown || (!m_bestNote.isEmpty() && text.trimmed() == m_bestNote);
    int marked = 0;
    for (const auto& [card, text] : std::as_const(m_cards)) {
        const bool match = bestShown ? text.trimmed() == m_bestNote : holdsWords(text);
        const bool was = card->property("matched").toBool();
        card->setProperty("matched", match);
        if (match) {
            ++marked;
            // A frame in the palette's highlight colour, so it shows in light and dark themes alike.
            card->setStyleSheet(QStringLiteral("QFrame#noteCard { border: 2px solid palette(highlight); }"));
            card->setAccessibleDescription(tr("Matches the search"));
        } else if (was) {
            card->setStyleSheet(QString());
            card->setAccessibleDescription(QString());
        }
    }
    return marked;
}

int NotesThreadWidget::highlightedCount() const
{
    return int(std::count_if(m_cards.begin(), m_cards.end(),
                             [](const auto& card) { return card.first->property("matched").toBool(); }));
}

void NotesThreadWidget::showFirstHighlight()
{
    for (const auto& [card, text] : std::as_const(m_cards)) {
        if (card->property("matched").toBool()) {
            QPointer<QFrame> target(card);
            // After setNotes' own scroll to the newest, and once the layout has placed the card.
            QTimer::singleShot(0, this, [this, target] {
                if (target)
                    ensureWidgetVisible(target);
            });
            return;
        }
    }
}

} // namespace CaseDesk

#include "ui/casedetail/NotesThreadWidget.h"

#include "models/core/OutsideText.h"
#include "ui/widgets/LinkedTextLabel.h"
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

namespace
{
// A card's look: pending dashed, the provider's on the alternate base, a search match framed in the highlight
// colour (all from the palette, so they show in light and dark themes alike).
QString cardStyle(const QFrame* card)
{
    QString style;
    if (card->property("matched").toBool())
        style = QStringLiteral("border: 2px solid palette(highlight);");
    else if (card->property("pending").toBool())
        style = QStringLiteral("border: 1px dashed palette(mid);");
    if (!card->property("pending").toBool() && !card->property("own").toBool())
        style += QStringLiteral(" background: palette(alternate-base);");
    return style.isEmpty() ? QString() : QStringLiteral("QFrame#noteCard { %1 }").arg(style.trimmed());
}
} // namespace

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
    // A refresh that changed nothing keeps the cards: the user's selection, the link with keyboard focus and
    // the scroll position stay.
    if (m_notes && *m_notes == notes)
        return;
    m_notes = notes;
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
        card->setProperty("own", note.own);
        card->setStyleSheet(cardStyle(card));
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

        // Plain text, with its web addresses and case numbers as links (nothing else is read as markup).
        auto* text = new LinkedTextLabel(card);
        text->setPlainText(note.text);
        text->setObjectName(QStringLiteral("noteTextLabel"));
        text->setWordWrap(true);
        text->setAccessibleName(tr("Note by %1").arg(OutsideText::name(note.author)));
        connect(text, &LinkedTextLabel::caseLinkActivated, this, &NotesThreadWidget::caseLinkActivated);
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
        if (match != was)
            card->setStyleSheet(cardStyle(card));
        if (match)
            ++marked;
        card->setAccessibleDescription(match ? tr("Matches the search") : QString());
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

#include "casedetail/NoteComposer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

NoteComposer::NoteComposer(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_visibility(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send note"), this))
    , m_message(new QLabel(this))
    , m_attachmentArea(new QVBoxLayout)
{
    setObjectName(QStringLiteral("noteComposer"));
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setPlaceholderText(tr("Write a note to the technician…"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_counter->setObjectName(QStringLiteral("noteCounterLabel"));
    m_visibility->setObjectName(QStringLiteral("noteVisibilityCombo"));
    m_visibility->setAccessibleName(tr("Visibility"));
    m_visibility->addItem(tr("Visible to the customer"), QStringLiteral("EXTERNAL"));
    m_visibility->addItem(tr("Internal"), QStringLiteral("INTERNAL"));
    m_send->setObjectName(QStringLiteral("sendNoteButton"));
    m_send->setAccessibleName(tr("Send note"));
    m_send->setToolTip(tr("Send the note (Ctrl+Return)"));
    m_message->setObjectName(QStringLiteral("noteMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("color: #9b2c2c;"));

    auto* visibilityLabel = new QLabel(tr("&Visibility:"), this);
    visibilityLabel->setBuddy(m_visibility);
    auto* row = new QHBoxLayout;
    row->addWidget(visibilityLabel);
    row->addWidget(m_visibility);
    row->addStretch(1);
    row->addWidget(m_counter);
    row->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(m_attachmentArea);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        emit textEdited();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (isSendable())
            emit submitted(text(), visibility());
    });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_send, &QPushButton::click);
    setTabOrder(m_text, m_visibility);
    setTabOrder(m_visibility, m_send);
    updateState();
}

int NoteComposer::characterCount(const QString& text)
{
    // The API counts characters (code points), not UTF-16 units: an emoji is one.
    return int(text.toUcs4().size());
}

QString NoteComposer::text() const
{
    return m_text->toPlainText();
}

void NoteComposer::setText(const QString& text)
{
    m_text->setPlainText(text);
}

QString NoteComposer::visibility() const
{
    return m_visibility->currentData().toString();
}

void NoteComposer::setVisibility(const QString& visibility)
{
    const int index = m_visibility->findData(visibility);
    if (index >= 0)
        m_visibility->setCurrentIndex(index);
}

void NoteComposer::clear()
{
    m_text->clear();
    setError({});
}

void NoteComposer::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    updateState();
}

void NoteComposer::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void NoteComposer::setError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool NoteComposer::isSendable() const
{
    const int count = characterCount(text());
    return m_blockedReason.isEmpty() && !m_busy && !text().trimmed().isEmpty() && count <= MaxLength;
}

void NoteComposer::updateState()
{
    const int count = characterCount(text());
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(count), locale.toString(MaxLength)));
    m_counter->setAccessibleName(tr("%1 of %2 characters").arg(locale.toString(count), locale.toString(MaxLength)));
    m_counter->setStyleSheet(count > MaxLength ? QStringLiteral("color: #9b2c2c; font-weight: 600;") : QString());
    m_send->setEnabled(isSendable());
    m_text->setReadOnly(!m_blockedReason.isEmpty());
    if (!m_blockedReason.isEmpty())
        m_send->setToolTip(m_blockedReason);
    else if (count > MaxLength)
        m_send->setToolTip(tr("A note can have at most %1 characters.").arg(locale.toString(MaxLength)));
    else
        m_send->setToolTip(tr("Send the note (Ctrl+Return)"));
}

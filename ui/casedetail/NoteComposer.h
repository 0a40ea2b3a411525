#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

/*
 * Writes a note: text with a live length counter (1 to 4000 characters), visibility, a place for attachments,
 * and Send (also Ctrl+Return). The text stays until the owner says the note was accepted (clear()); a failed
 * send never loses it.
 */
class NoteComposer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxLength = 4000;

    explicit NoteComposer(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    QString visibility() const; // INTERNAL or EXTERNAL
    void setVisibility(const QString& visibility);
    void clear();
    // Blocks sending with a reason shown in place of the button's tooltip (closed case, offline outbox, ...).
    void setBlockedReason(const QString& reason);
    void setBusy(bool busy);
    void setError(const QString& message);
    // Where the attachments issue puts its list; empty until then.
    QVBoxLayout* attachmentArea() const { return m_attachmentArea; }
    // Allows sending with no text when something else (attachments) makes the note worth sending.
    bool isSendable() const;

    static int characterCount(const QString& text);

signals:
    void submitted(const QString& text, const QString& visibility);
    void textEdited();

private:
    void updateState();

    QPlainTextEdit* m_text;
    QLabel* m_counter;
    QComboBox* m_visibility;
    QPushButton* m_send;
    QLabel* m_message;
    QVBoxLayout* m_attachmentArea;
    QString m_blockedReason;
    bool m_busy = false;
};

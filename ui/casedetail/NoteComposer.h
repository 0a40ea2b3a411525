#pragma once

#include "models/domain/AttachmentRef.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace CaseDesk
{

class AttachmentListWidget;
class AttachmentService;
class NoteTemplates;
class NoteTextEdit;

/*
 * Writes a note: text with a live length counter (1 to 4000 characters), visibility, a place for attachments,
 * and Send (also Ctrl+Return). The text stays until the owner says the note was accepted (clear()); a failed
 * send never loses it.
 * Templates (setTemplates) come from the Template button's menu or by typing "/" at the start of a line; their
 * placeholders are filled from the case, and one with no value stays visible as typed, with a word saying so.
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
    // Holds the attachment list.
    QVBoxLayout* attachmentArea() const { return m_attachmentArea; }
    // Text is required even with attachments: the API takes 1 to 4000 characters.
    bool isSendable() const;

    // Attachments: files dropped or pasted on the composer, or added with its buttons, upload at once.
    // Send waits until every upload has finished, and refuses while one has failed (the user retries or
    // removes it), so by the time submitted() fires attachmentReferences() is complete.
    AttachmentListWidget* attachments() const { return m_attachments; }
    void setAttachmentService(AttachmentService* service);
    void addAttachments(const QStringList& paths);
    QList<AttachmentRef> attachmentReferences() const;
    bool attachmentsSettled() const;
    void whenAttachmentsSettled(QObject* context, std::function<void()> callback);

    static int characterCount(const QString& text);

    // The environment's templates (not owned) and the values of this case's placeholders, asked at each use.
    using TemplateValues = std::function<QHash<QString, QString>()>;
    void setTemplates(NoteTemplates* templates, TemplateValues values);
    // Inserts the template of that name at the cursor, filled in.
    void insertTemplate(const QString& name);
    QToolButton* templateButton() const { return m_templateButton; }
    NoteTextEdit* textEdit() const { return m_text; }

signals:
    void submitted(const QString& text, const QString& visibility);
    void textEdited();
    // The text grew or shrank by a line (within the text field's limits): sizeHint() changed.
    void heightWanted();

private:
    void submit();
    void updateState();
    void fillTemplateMenu();
    void updateTemplateNames();

    NoteTextEdit* m_text;
    QToolButton* m_templateButton;
    QMenu* m_templateMenu;
    QPointer<NoteTemplates> m_templates;
    TemplateValues m_templateValues;
    QLabel* m_counter;
    QComboBox* m_visibility;
    QPushButton* m_send;
    QLabel* m_message;
    QVBoxLayout* m_attachmentArea;
    AttachmentListWidget* m_attachments;
    QString m_blockedReason;
    bool m_busy = false;
    bool m_waitingForUploads = false;
};

} // namespace CaseDesk

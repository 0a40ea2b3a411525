#pragma once

#include "models/domain/AttachmentRef.h"
#include "models/wizard/DraftAttachment.h"
#include "ui/wizard/CaseWizardPage.h"

#include <functional>

class QLabel;

namespace CaseDesk
{

class AttachmentListWidget;
class AttachmentService;

/*
 * Page 5: the case's files, in the one attachment list of the app (ui/attachments' AttachmentListWidget:
 * drop, paste, "Add files…", upload at once with progress, cancel and retry). The page turns the list into
 * draft entries (by local copy) and the request's attachment references, and waits for uploads before the
 * create is sent.
 */
class AttachmentsPage : public CaseWizardPage
{
    Q_OBJECT

public:
    // `service` may be null (tests, or no connection yet): files then wait in the list, queued.
    explicit AttachmentsPage(AttachmentService* service, QWidget* parent = nullptr);

    AttachmentListWidget* list() const { return m_list; }

    // The files as a draft keeps them: the stashed copy, and the id once uploaded.
    QList<DraftAttachment> entries() const;
    // Adds the draft's files again; each is uploaded anew (ids expire, and only their uploader may use them).
    void restore(const QList<DraftAttachment>& entries);

    // Forgets the files without deleting their uploads (the new case refers to them now).
    void forget();

    bool isSettled() const;
    QStringList problemNames() const;
    void whenSettled(QObject* context, std::function<void()> callback);

    void initializePage() override;
    bool focusPath(const QString& path) override;

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    AttachmentListWidget* m_list;
    QLabel* m_error;
};

} // namespace CaseDesk

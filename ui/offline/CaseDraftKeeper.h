#pragma once

#include "models/offline/Draft.h"
#include "ui/wizard/NewCaseWizard.h"

#include <QObject>
#include <QPointer>

namespace CaseDesk
{

class DraftAutosave;
class OfflineServices;

/*
 * Keeps a create-case wizard as a draft and sends its case through the outbox.
 *
 * Built before the wizard, because the wizard takes its submit function at construction:
 *
 *     auto* keeper = new CaseDraftKeeper(offline);
 *     auto* wizard = new NewCaseWizard({catalogue, keeper->submitFunction(), attachments, QLocale()}, window);
 *     keeper->attach(wizard, restoredDraft);        // optional draft: reopened from the Drafts list
 *     connect(keeper, &CaseDraftKeeper::queued, window, &MainWindow::showStatusMessage);
 *
 * It saves the wizard's whole state as the user works (DraftAutosave) and on close; Create stores the case in
 * the outbox (consuming the draft) and sends it. Delivered: the wizard reports the case as usual. Queued (the
 * server cannot be reached): the wizard closes, and queued() says where the case waits. Refused: the wizard
 * stays open with the server's errors and keeps saving into the same draft.
 */
class CaseDraftKeeper : public QObject
{
    Q_OBJECT

public:
    explicit CaseDraftKeeper(OfflineServices* offline, QObject* parent = nullptr);

    NewCaseWizard::SubmitFunction submitFunction();
    // Takes the wizard (and becomes its child); restores `draft` into it when given.
    void attach(NewCaseWizard* wizard, const std::optional<Draft>& draft = std::nullopt);
    NewCaseWizard* wizard() const { return m_wizard; }
    QString draftId() const;

    // Shows a refused draft's errors beside their fields and lands on the first one.
    static void showRefusal(NewCaseWizard* wizard, const Draft& draft);

signals:
    // The case could not go out now; it waits in the outbox. The message says so in words.
    void queued(const QString& message);
    // The wizard was closed without sending; what it held is kept as this draft.
    void draftKept(const QString& draftId);

private:
    void submit(const CreateCaseRequest& request, QObject* context, ApiCallback<CreateCaseResponse> callback);
    void snapshot();

    QPointer<OfflineServices> m_offline;
    QPointer<NewCaseWizard> m_wizard;
    DraftAutosave* m_autosave;
    bool m_submitted = false;
};

} // namespace CaseDesk

#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace CaseDesk
{

class Outbox;
class OutboxModel;
class OutboxSender;

/*
 * The outbox: every write waiting for the server, in the order it goes out, with its state (waiting,
 * sending, failed, delivered) and the reason or result. "Send now" tries the selected item at once (in its
 * turn), "Edit" turns it back into its draft and asks the owner to open it, "Discard" asks, then deletes it.
 * Buttons are enabled only where the action can work, and say why not in their tooltips.
 *
 *     auto* view = new OutboxView(offline->outbox(), offline->sender());
 *     connect(view, &OutboxView::draftReopenRequested, this, &OfflineWorkspace::reopenDraft);
 */
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    OutboxView(Outbox* outbox, OutboxSender* sender, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    OutboxModel* model() const { return m_model; }
    QString currentItemId() const;
    bool selectItem(const QString& itemId);
    // The last message of an action that did not work ("It is being sent right now."), empty when none.
    QString message() const;

public slots:
    void sendCurrentNow();
    void editCurrent();
    void discardCurrent();

signals:
    void draftReopenRequested(const QString& draftId);
    void caseOpenRequested(const QString& caseNumber);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void showMessage(const QString& message);

    Outbox* m_outbox;
    OutboxSender* m_sender;
    OutboxModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_message;
    QCheckBox* m_showDelivered;
    QPushButton* m_sendNow;
    QPushButton* m_edit;
    QPushButton* m_discard;
};

} // namespace CaseDesk

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace CaseDesk
{

class DraftListModel;
class DraftStore;

/*
 * The Drafts list: every new case and note not sent yet, newest first, with what it is, its first words and
 * when it was last edited. Reopen (Enter, double-click) asks the owner to open it where it was written;
 * Discard (Delete) asks first, then deletes it. Unreadable drafts are listed with their reason and can only
 * be discarded.
 *
 *     auto* view = new DraftsView(offline->drafts());
 *     connect(view, &DraftsView::reopenRequested, this, &OfflineWorkspace::reopenDraft);
 */
class DraftsView : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsView(DraftStore* drafts, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    DraftListModel* model() const { return m_model; }
    QString currentDraftId() const;
    bool selectDraft(const QString& draftId);

public slots:
    void reopenCurrent();
    // Asks (without blocking) before discarding; the question is the view's child while it is open.
    void discardCurrent();

signals:
    void reopenRequested(const QString& draftId);
    void countChanged(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();

    DraftStore* m_drafts;
    DraftListModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_detail;
    QPushButton* m_reopen;
    QPushButton* m_discard;
};

} // namespace CaseDesk

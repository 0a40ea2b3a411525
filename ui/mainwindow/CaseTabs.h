#pragma once

#include "models/domain/Case.h"
#include "models/presentation/TimeDisplay.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTabWidget;

namespace CaseDesk
{

class AttachmentService;
class CaseActions;
class CaseDetailView;
class CaseRepository;
class CaseSelectionActions;
class NoteTemplates;
class ViewState;

/*
 * The open cases as tabs of the main window: opening a case already open switches to it; each tab gets a
 * CaseDetailView with its controller. Several cases can be open at once.
 */
class CaseTabs : public QObject
{
    Q_OBJECT

public:
    using LabelProvider = std::function<QString(const QString& code)>;

    CaseTabs(QTabWidget* tabs, CaseRepository* repository, CaseActions* actions, LabelProvider labels,
             QObject* parent = nullptr);

    void setAttachmentService(AttachmentService* service);
    void setTimeDisplay(const TimeDisplay& display);
    void setServerReachable(bool reachable);
    // The environment a case's Copy link names.
    void setEnvironmentKey(const QString& key) { m_environmentKey = key; }
    // A case tab's context menu (right click, or Menu key / Shift+F10 on the tab bar) offers these (not owned).
    void setSelectionActions(CaseSelectionActions* actions);
    // The environment's note templates, offered in every case's note composer (not owned).
    void setNoteTemplates(NoteTemplates* templates);
    // Where the handle of a case's Notes tab was left: each case opens with it, and a drag in any case is kept
    // for the next (not owned; it must outlive this).
    void setViewState(ViewState* state) { m_viewState = state; }

    CaseDetailView* openCase(const QString& key);
    // Opens tabs for cases from the last run, from the store only (nothing is fetched), and puts `current`
    // in front (none: the list stays in front).
    void restoreCases(const QStringList& keys, const QString& current);
    // The store keys of the open case tabs, in tab order, and the one in front (empty: the list is).
    QStringList openKeys() const;
    QString currentKey() const;
    CaseDetailView* currentCase() const;
    CaseDetailView* viewFor(const QString& key) const;
    QList<CaseDetailView*> openCases() const;

signals:
    void currentCaseChanged(CaseDetailView* view);
    // A case tab opened, closed or moved, another came in front, or a tab's key became the case number.
    void openCasesChanged();
    void newCaseLikeRequested(const Case& source);
    // An open case's Export as PDF, Print and Export evidence pack, with its store key.
    void exportPdfRequested(const QString& key);
    void printRequested(const QString& key);
    void exportEvidencePackRequested(const QString& key);

private:
    CaseDetailView* open(const QString& key, bool fetch);
    void showTabMenu(int index, const QPoint& globalPosition);

    QTabWidget* m_tabs;
    QPointer<CaseSelectionActions> m_selectionActions;
    QPointer<NoteTemplates> m_templates;
    void offerTemplates(CaseDetailView* view);
    CaseRepository* m_repository;
    CaseActions* m_actions;
    LabelProvider m_labels;
    QPointer<AttachmentService> m_attachments;
    TimeDisplay m_time;
    bool m_reachable = true;
    QString m_environmentKey;
    ViewState* m_viewState = nullptr;
};

} // namespace CaseDesk

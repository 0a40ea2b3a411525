#pragma once

#include "models/store/FullTextQuery.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace CaseDesk
{

class CaseRepository;
class CaseSortFilterModel;

/*
 * Runs the list's quick-filter text through the store's full-text index (notes and descriptions) and hands
 * the ranked hits to the list. The keystroke itself only filters in memory; the index is asked on the store
 * thread, at most one question at a time (while one runs, only the latest text waits), and an answer for text
 * no longer in the filter is dropped. Text that asks the index what it was last asked (only a short word
 * added: "carrier z" after "carrier") takes the last answer without a question. When the store's cases
 * change, the current text is asked again.
 *
 *     new FullTextSearch(listView->proxy(), repository, listView);
 */
class FullTextSearch : public QObject
{
    Q_OBJECT

public:
    FullTextSearch(CaseSortFilterModel* proxy, CaseRepository* repository, QObject* parent = nullptr);

    // Questions asked of the store so far (tests see that typing does not pile them up).
    int questionsAsked() const { return m_asked; }

signals:
    // An answer arrived and was handed to the list (for tests and the bench).
    void answered(const QString& text, int hits);

private:
    void onFilterChanged();
    void ask(const QString& text);

    QPointer<CaseSortFilterModel> m_proxy;
    QPointer<CaseRepository> m_repository;
    QString m_text;   // the filter's text as last seen
    QString m_asking; // the text of the question running
    struct Answer
    {
        QString match; // the FTS5 query it answered
        QList<FullTextHit> hits;
    };
    Answer m_answered; // the last answer, for text that asks the index the same (until the store changes)
    bool m_busy = false;
    bool m_again = false; // ask m_text again when the running question returns
    int m_asked = 0;
    QTimer m_storeChanged;
};

} // namespace CaseDesk

#pragma once

#include "models/presentation/TimeDisplay.h"
#include "models/store/CaseDetail.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace CaseDesk
{

class CaseActions;
class CaseDetailView;
class CaseRepository;

/*
 * Connects one CaseDetailView to the store and the actions. It shows what the store has at once, fetches a
 * fresh answer (the view says it is loading, and stays usable), marks the case seen, reloads when the store
 * says the case changed, and turns the view's requests (note, cancel, refresh) into actions with their
 * outcome explained in words. Owned by its view.
 */
class CaseDetailController : public QObject
{
    Q_OBJECT

public:
    using LabelProvider = std::function<QString(const QString& code)>;

    CaseDetailController(CaseDetailView* view, CaseRepository* repository, CaseActions* actions,
                         LabelProvider codeLabel);

    void setTimeDisplay(const TimeDisplay& display);
    void setServerReachable(bool reachable);
    // Loads from the store, marks the case seen and (with `fetch`) fetches it from the server. A tab that
    // comes back at start shows the stored copy only; the refresher and Refresh bring it up to date.
    void open(bool fetch = true);
    void refresh();
    // The store key of the case shown (the case number once known; the order number before that).
    QString key() const { return m_key; }
    // The last answer shown, for "New case like this"; empty until one has been read.
    const std::optional<Case>& answer() const { return m_answer; }

signals:
    // The case behind an order number turned out to have this case number.
    void keyChanged(const QString& oldKey, const QString& newKey);
    void titleChanged(const QString& title);

private:
    void reload();
    void show(const CaseDetail& detail);
    void updateFreshness();
    void sendNote(const QString& text, const QString& visibility);
    void cancel(const QString& reason);

    QPointer<CaseDetailView> m_view;
    CaseRepository* m_repository;
    CaseActions* m_actions;
    LabelProvider m_codeLabel;
    TimeDisplay m_time;
    QString m_key;
    QDateTime m_fetchedAt;
    std::optional<Case> m_answer;
    QTimer m_freshnessTimer;
    bool m_reachable = true;
    bool m_fetching = false;
};

} // namespace CaseDesk

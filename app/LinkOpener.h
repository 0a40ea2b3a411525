#pragma once

#include "models/desktop/CaseLink.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace CaseDesk
{

class AppController;
class Session;

/*
 * Opens the cases a command line asks for (`--open 11150929`, casedesk://case/11150929?environment=...),
 * at start and when a later start hands its command line over. A link naming another environment switches
 * to it first; a case is fetched (once the session is signed in) and then opened in a tab. A bad link or a
 * case the server does not know is said in the window, never fatal.
 *
 *     m_links = new LinkOpener(this);
 *     m_links->openAll(options.openRequests);   // at start and for each later start
 *     m_links->sessionStarted(session);          // from AppController::startSession
 */
class LinkOpener : public QObject
{
    Q_OBJECT

public:
    explicit LinkOpener(AppController* app);

    void openAll(const QStringList& requests);
    void open(const CaseLink& link);
    void sessionStarted(Session* session);

private:
    void openInSession();
    void fetchAndOpen(const QString& caseNumber);
    void showProblem(const QString& message);

    AppController* m_app;
    std::optional<CaseLink> m_pending; // until its environment's session is signed in
    QPointer<Session> m_waitingOn;
};

} // namespace CaseDesk

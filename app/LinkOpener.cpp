#include "app/LinkOpener.h"

#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/api/ApiClient.h"
#include "models/core/Logging.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/store/CaseRepository.h"
#include "ui/mainwindow/CaseTabs.h"
#include "ui/mainwindow/MainWindow.h"

namespace CaseDesk
{

LinkOpener::LinkOpener(AppController* app)
    : QObject(app)
    , m_app(app)
{}

void LinkOpener::openAll(const QStringList& requests)
{
    const QStringList known = m_app->environments()->registry()->keys();
    for (const QString& request : requests) {
        const CaseLink::Parsed parsed = CaseLink::parseOpenArgument(request, known);
        if (!parsed.link) {
            showProblem(parsed.error);
            continue;
        }
        open(*parsed.link);
    }
}

void LinkOpener::open(const CaseLink& link)
{
    qCInfo(lcApp).noquote() << "opening" << link.toString();
    m_pending = link; // a later link replaces one still waiting
    openInSession();  // without a session yet (starting), sessionStarted() comes back here
}

void LinkOpener::sessionStarted(Session* session)
{
    Q_UNUSED(session)
    openInSession();
}

void LinkOpener::openInSession()
{
    Session* session = m_app->session();
    if (!m_pending || !session)
        return;
    const QString environment = m_pending->environment;
    if (!environment.isEmpty() && session->config().key != environment) {
        // Switching starts that environment's session, which comes back here; when another CaseDesk holds
        // it, the switch says so and the link is dropped.
        m_app->environments()->switchTo(environment);
        if (m_app->session() == session || m_app->session()->config().key != environment)
            m_pending.reset();
        return;
    }
    if (session->client()->userName().isEmpty()) {
        // Not signed in yet (the local sandbox starting, a secret being read): once it is.
        if (m_waitingOn != session) {
            m_waitingOn = session;
            connect(session, &Session::connected, this, [this, session] {
                if (m_app->session() == session)
                    openInSession();
            });
        }
        return;
    }
    const QString number = std::exchange(m_pending, std::nullopt)->caseNumber;
    fetchAndOpen(number);
}

void LinkOpener::fetchAndOpen(const QString& caseNumber)
{
    Session* session = m_app->session();
    m_app->window()->showStatusMessage(tr("Opening case %1…").arg(caseNumber));
    session->repository()->fetch(
        caseNumber, session, [this, session, caseNumber](const CaseRepository::FetchOutcome& outcome) {
            if (m_app->session() != session)
                return;
            if (outcome.ok()) {
                const QString opened = outcome.caseNumber.isEmpty() ? caseNumber : outcome.caseNumber;
                session->caseTabs()->openCase(opened);
                qCInfo(lcApp).noquote() << "opened case" << opened << "in a tab";
                return;
            }
            if (outcome.error.kind == ApiError::Kind::NotFound) {
                showProblem(tr("The server knows no case %1, so the link cannot open it.").arg(caseNumber));
                return;
            }
            // Offline, say: what is stored of it still opens, with the reason it is not fresh.
            session->caseTabs()->openCase(caseNumber);
            m_app->window()->showStatusMessage(outcome.error.userMessage());
        });
}

void LinkOpener::showProblem(const QString& message)
{
    qCWarning(lcApp).noquote() << "link:" << message;
    m_app->window()->showLinkProblem(message);
}

} // namespace CaseDesk

#include "AppController.h"

#include "api/ApiClient.h"
#include "core/Logging.h"
#include "environment/LocalSandbox.h"
#include "mainwindow/MainWindow.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AppController::AppController(const AppOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_window(std::make_unique<MainWindow>())
    , m_client(new ApiClient(this))
{
    connect(m_client, &ApiClient::signedIn, this,
            [this](const QString& user) { setConnectionText(tr("Connected as %1").arg(user)); });
    connect(m_client, &ApiClient::serverReachabilityChanged, this, [this](bool reachable) {
        setConnectionText(reachable ? tr("Connected as %1").arg(m_client->userName())
                                    : tr("Offline: the server cannot be reached"));
    });
    connect(m_client, &ApiClient::authenticationFailed, this,
            [this](const ApiError& error) { setConnectionText(error.userMessage()); });
}

AppController::~AppController() = default;

void AppController::setConnectionText(const QString& text)
{
    m_window->setConnectionText(text);
}

void AppController::start()
{
    m_window->show();
    if (m_options.baseUrl.isValid()) {
        m_window->setEnvironmentName(tr("Custom server: %1").arg(m_options.baseUrl.toDisplayString()));
        connectTo(m_options.baseUrl, LocalSandbox::clientId(), LocalSandbox::clientSecret());
        return;
    }
    m_window->setEnvironmentName(tr("Local sandbox"));
    setConnectionText(tr("Starting the local sandbox…"));
    const QString dataDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"local-sandbox/server"_s);
    m_sandbox = new LocalSandbox(dataDir, this);
    if (!m_options.sandboxProgram.isEmpty())
        m_sandbox->setProgram(m_options.sandboxProgram);
    connect(m_sandbox, &LocalSandbox::ready, this,
            [this](const QUrl& url) { connectTo(url, LocalSandbox::clientId(), LocalSandbox::clientSecret()); });
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString& message) {
        setConnectionText(tr("Local sandbox unavailable"));
        m_window->showProblem(message);
    });
    m_sandbox->start();
}

void AppController::connectTo(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.clientId = clientId;
    endpoint.clientSecret = clientSecret;
    m_client->setEndpoint(endpoint);
    setConnectionText(tr("Connecting to %1…").arg(baseUrl.toDisplayString()));
    m_client->requestToken(this, [this](const ApiResult<AccessToken>& result) {
        if (!result.ok()) {
            setConnectionText(result.error.kind == ApiError::Kind::Offline ? tr("Offline: the server cannot be reached")
                                                                           : tr("Not connected"));
            m_window->showProblem(result.error.userMessage());
        }
    });
}

#include "sandbox/server/SandboxServer.h"

#include "sandbox/attachments/AttachmentService.h"
#include "sandbox/auth/TokenService.h"
#include "sandbox/cases/CaseBuilder.h"
#include "sandbox/cases/CaseLifecycle.h"
#include "sandbox/cases/CaseSeeder.h"
#include "sandbox/cases/CaseService.h"
#include "sandbox/cases/CodeCatalog.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/http/Router.h"
#include "sandbox/orderhistory/OrderHistoryService.h"
#include "sandbox/server/ApiDispatcher.h"
#include "sandbox/server/ApiHttpServer.h"
#include "sandbox/store/AttachmentStore.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/store/SandboxDatabase.h"
#include "sandbox/validation/SpecValidator.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

SandboxServer::~SandboxServer()
{
    // The HTTP server and the timers go first: nothing may reach the services while they are torn down.
    m_http.reset();
    m_lifecycle.reset();
}

bool SandboxServer::start(QString* error)
{
    SandboxTime::offsetMs() = m_options.clockOffsetSeconds * SandboxTime::kSecond;
    m_validator = std::make_unique<SpecValidator>();
    if (!m_validator->loadError().isEmpty()) {
        *error = m_validator->loadError();
        return false;
    }
    m_catalog = std::make_unique<CodeCatalog>();
    if (!m_catalog->isLoaded()) {
        *error = u"cannot read :/api/code-labels.json"_s;
        return false;
    }
    m_database = std::make_unique<SandboxDatabase>();
    if (!m_database->open(m_options.databasePath, error))
        return false;
    m_cases = std::make_unique<CaseStore>(*m_database);
    m_attachments = std::make_unique<AttachmentStore>(*m_database);
    m_builder = std::make_unique<CaseBuilder>(*m_database, *m_catalog);
    m_tokens = std::make_unique<TokenService>(m_options.clients, m_options.tokenTtlSeconds);
    m_caseService = std::make_unique<CaseService>(*m_database, *m_cases, *m_attachments, *m_builder, *m_validator,
                                                  qint64(m_options.noteDelaySeconds * 1000));
    m_attachmentService = std::make_unique<AttachmentService>(*m_attachments, *m_cases, *m_validator);
    m_orderHistory =
        std::make_unique<OrderHistoryService>(*m_cases, *m_validator, qint64(m_options.searchLagSeconds * 1000));
    m_faults = std::make_unique<FaultInjector>(m_options.faults);
    m_router = std::make_unique<Router>();
    addRoutes();
    m_dispatcher = std::make_unique<ApiDispatcher>(*m_router, *m_tokens, *m_faults);

    QStringList detailCodes;
    for (const QString& code : m_catalog->codes()) {
        if (m_validator->hasDetailsSchema(code))
            detailCodes.append(code);
    }
    CaseSeeder seeder(*m_database, *m_cases, *m_attachments, *m_builder, *m_catalog, detailCodes);
    m_seeded = seeder.seed(m_options.seedCases, m_options.seed);

    m_lifecycle = std::make_unique<CaseLifecycle>(*m_database, *m_cases, *m_builder);
    m_lifecycle->start(m_options.paceSeconds);

    GuardedSocket::Limits limits;
    limits.maxBodyBytes =
        qMax(m_validator->attachmentMaxBytes() + AttachmentService::kMultipartOverhead, JsonBody::kMaxBytes);
    limits.requestTimeoutMs = m_options.requestTimeoutSeconds * 1000;
    limits.maxConnections = m_options.maxConnections;
    m_http = std::make_unique<ApiHttpServer>(*m_dispatcher, limits);
    m_port = m_http->listenLocal(m_options.port, error);
    return m_port != 0;
}

void SandboxServer::addRoutes()
{
    Router& r = *m_router;
    CaseService& cases = *m_caseService;
    AttachmentService& files = *m_attachmentService;
    OrderHistoryService& history = *m_orderHistory;
    TokenService& tokens = *m_tokens;
    const auto caseApi = ErrorStyle::CaseApi;
    r.add(
        "POST", u"/oauth2/v1/token"_s, ErrorStyle::OAuth, [&tokens](const ApiRequest& q) { return tokens.issue(q); },
        false);
    r.add("POST", u"/support/v2/tickets"_s, caseApi, [&cases](const ApiRequest& q) { return cases.create(q); });
    r.add("GET", u"/support/v2/tickets/{id}"_s, caseApi, [&cases](const ApiRequest& q) { return cases.get(q); });
    r.add("POST", u"/support/v1/tickets/{caseNumber}/notes"_s, caseApi,
          [&cases](const ApiRequest& q) { return cases.addNote(q); });
    r.add("POST", u"/support/v2/tickets/{caseNumber}/notes"_s, caseApi,
          [&cases](const ApiRequest& q) { return cases.addNote(q); });
    r.add("POST", u"/support/v2/tickets/{id}/cancel"_s, caseApi,
          [&cases](const ApiRequest& q) { return cases.cancel(q); });
    r.add("GET", u"/support/v2/tickets/attachment/download/{caseId}/{attachmentId}"_s, caseApi,
          [&files](const ApiRequest& q) { return files.download(q); });
    r.add("POST", u"/v1/attachments/file"_s, caseApi, [&files](const ApiRequest& q) { return files.upload(q); });
    r.add("GET", u"/v1/attachments/{attachmentId}"_s, caseApi,
          [&files](const ApiRequest& q) { return files.metadata(q); });
    r.add("DELETE", u"/v1/attachments/{attachmentId}"_s, caseApi,
          [&files](const ApiRequest& q) { return files.remove(q); });
    r.add("POST", u"/v1/retrieve-orders"_s, ErrorStyle::OrderHistory,
          [&history](const ApiRequest& q) { return history.search(q); });
}

} // namespace Sandbox

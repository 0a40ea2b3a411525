#pragma once

#include "sandbox/server/SandboxOptions.h"

#include <QObject>

#include <memory>

namespace Sandbox
{

class ApiDispatcher;
class ApiHttpServer;
class AttachmentService;
class AttachmentStore;
class CaseBuilder;
class CaseLifecycle;
class CaseService;
class CaseStore;
class CodeCatalog;
class FaultInjector;
class OrderHistoryService;
class Router;
class SandboxDatabase;
class SpecValidator;
class TokenService;

/*
 * The sandbox put together: database, services, routes and the HTTP server.
 *
 *     SandboxServer server(options);
 *     if (!server.start(&error)) ...
 *     std::printf("listening on http://127.0.0.1:%u\n", server.port());
 */
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(QString* error);
    quint16 port() const { return m_port; }
    int seededCases() const { return m_seeded; }

private:
    void addRoutes();

    SandboxOptions m_options;
    std::unique_ptr<SpecValidator> m_validator;
    std::unique_ptr<CodeCatalog> m_catalog;
    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<CaseBuilder> m_builder;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<CaseService> m_caseService;
    std::unique_ptr<AttachmentService> m_attachmentService;
    std::unique_ptr<OrderHistoryService> m_orderHistory;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    std::unique_ptr<CaseLifecycle> m_lifecycle;
    std::unique_ptr<ApiHttpServer> m_http;
    quint16 m_port = 0;
    int m_seeded = 0;
};

} // namespace Sandbox

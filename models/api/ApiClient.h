#pragma once

#include "models/api/ApiResult.h"
#include "models/api/Transfer.h"
#include "models/domain/AccessToken.h"
#include "models/domain/AttachmentInfo.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/Case.h"
#include "models/domain/CaseUpdateResponse.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/domain/CreateCaseResponse.h"
#include "models/domain/NoteRequest.h"
#include "models/domain/OrderHistoryPage.h"
#include "models/domain/OrderHistoryQuery.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkProxy;
QT_END_NAMESPACE

namespace CaseDesk
{

class ApiRequest;
class TokenProvider;

// Where and how to reach one server. A proxy of our own shape, so that ui/ never needs Qt Network.
struct ApiEndpoint
{
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    int transferTimeoutMs = 30000;
    int maxReadRetries = 3;          // reads only; writes never retry by themselves
    int retryBaseDelayMs = 400;      // doubled each attempt, with jitter
    int tokenRefreshMarginSecs = 60; // ask for a new token this long before the old one expires
};

struct ProxySettings
{
    enum class Mode
    {
        System,
        None,
        Manual,
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password;
    bool operator==(const ProxySettings&) const = default;
};

/*
 * The typed, asynchronous client of the whole API (cases, attachments, order history, tokens), over one
 * QNetworkAccessManager that it owns (its own, or one handed to the constructor).
 *
 * Every call returns at once. Its result reaches `callback` later, from the event loop, and only if `context`
 * still exists (a closed view is never called back). Tokens are fetched, shared by concurrent calls, renewed
 * before they expire and once after a 401, transparently. Reads (get, search, metadata, download) retry on
 * network errors, timeouts and 5xx with backoff and jitter; writes never retry by themselves.
 *
 *     client.getCase(u"11150929"_s, this, [this](const ApiResult<Case>& result) {
 *         if (!result.ok()) return showError(result.error.userMessage());
 *         show(*result.value);
 *     });
 *
 * HTTPS is required for any host that is not loopback; certificate errors are never ignored. Redirects are
 * followed only to the same origin (a download also to another origin, without the token; the token request
 * follows none); answers are capped while they stream; a proxy never carries loopback traffic; HTTP/2 is off
 * on Qt versions with CVE-2023-51714. The rules themselves are in NetworkRules.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    // Sends through `network` instead of a manager of its own, and takes it over (tests pass a fake one that
    // answers from a script: tests/support/FakeNetwork.h).
    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const ApiEndpoint& endpoint);
    ApiEndpoint endpoint() const { return m_endpoint; }
    void setProxy(const ProxySettings& proxy);
    ProxySettings proxy() const { return m_proxy; }
    // The proxy a request to `url` goes through (NoProxy: direct). Loopback hosts are always direct.
    QNetworkProxy proxyFor(const QUrl& url) const;
    // Forgets the token (sign out, or credentials changed).
    void resetAuthentication();
    // The account name from the last token answer, empty when not signed in.
    QString userName() const;

    void requestToken(QObject* context, ApiCallback<AccessToken> callback);
    void createCase(const CreateCaseRequest& request, QObject* context, ApiCallback<CreateCaseResponse> callback);
    void getCase(const QString& caseOrOrderNumber, QObject* context, ApiCallback<Case> callback);
    void addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                 ApiCallback<CaseUpdateResponse> callback);
    void cancelCase(const QString& caseOrOrderNumber, const CancelRequest& request, QObject* context,
                    ApiCallback<CaseUpdateResponse> callback);
    void searchOrders(const OrderHistoryQuery& query, QObject* context, ApiCallback<OrderHistoryPage> callback);
    void attachmentInfo(const QString& attachmentId, QObject* context, ApiCallback<AttachmentInfo> callback);
    void deleteAttachment(const QString& attachmentId, QObject* context, ApiCallback<bool> callback);
    // Streams the file from disk. The returned Transfer reports progress and can be cancelled.
    Transfer* uploadAttachment(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback);
    // Streams the answer to `destinationPath` (written to a temporary file, renamed on success).
    // A download larger than `maxBytes` is stopped while it streams, and nothing is kept.
    Transfer* downloadAttachment(const QString& caseId, const QString& attachmentId, const QString& destinationPath,
                                 qint64 maxBytes, QObject* context, ApiCallback<QString> callback);

    // The server's clock now, estimated from the Date header of its answers (this computer's clock until the
    // server has answered). The outbox compares the server's own times with it, never this computer's.
    qint64 serverNowMs() const;
    bool knowsServerClock() const { return m_serverOffsetMs.has_value(); }

    // Validates a base URL as this client would use it: http only for loopback hosts. Empty when fine.
    static QString checkBaseUrl(const QUrl& url);

    // The largest JSON answer (or error body) the client holds; a larger one is stopped while it streams.
    static constexpr qint64 MaxJsonAnswerBytes = 16 * 1024 * 1024;
    // Whether this process's requests may use HTTP/2: decided once from the Qt library loaded at run time.
    static bool http2Allowed();

signals:
    // The server answered (any HTTP status) or could not be reached at all. Drives the connectivity banner.
    void serverReachabilityChanged(bool reachable);
    void signedIn(const QString& userName);
    // The token endpoint refused the credentials (or the account is locked); calls fail until they change.
    void authenticationFailed(const ApiError& error);

private:
    friend class ApiRequest;
    friend class TokenProvider;

    QNetworkAccessManager* network() const { return m_network; }
    void noteReachability(bool reachable);
    void noteServerDate(qint64 serverDateMs, qint64 localMs);
    void start(ApiRequest* request);

    QNetworkAccessManager* m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    ApiEndpoint m_endpoint;
    ProxySettings m_proxy;
    bool m_reachable = true;
    std::optional<qint64> m_serverOffsetMs;
};

} // namespace CaseDesk

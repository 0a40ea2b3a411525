#include "models/api/ApiClient.h"

#include "models/api/ApiRequest.h"
#include "models/api/NetworkRules.h"
#include "models/api/TokenProvider.h"
#include "models/core/Logging.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Path segments come from users ("go to case 1-2345…"): encode them, never let them change the path.
QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Turns a raw response into the typed result, and calls back only while `context` lives.
template <typename T, typename Decode>
std::function<void(const RawResponse&)> deliverTo(QObject* context, ApiCallback<T> callback, Decode decode)
{
    const bool hadContext = context != nullptr;
    return [context = QPointer<QObject>(context), hadContext, callback = std::move(callback),
            decode = std::move(decode)](const RawResponse& response) {
        if (hadContext && !context)
            return;
        ApiResult<T> result;
        result.raw = response.body;
        result.httpStatus = response.httpStatus;
        result.serverDateMs = response.serverDateMs;
        result.error = response.error;
        if (!result.error.isError()) {
            std::optional<T> value = decode(response, &result.error);
            if (value)
                result.value = std::move(*value);
        }
        callback(result);
    };
}

template <JsonObjectType T>
std::optional<T> decodeBody(const RawResponse& response, ApiError* error)
{
    auto decoded = decodeJson<T>(response.body);
    if (decoded.ok())
        return std::move(decoded.value); // not a copy of the whole decoded tree
    *error = ApiError::badPayload(describeDecodeErrors(decoded.errors));
    error->httpStatus = response.httpStatus;
    return std::nullopt;
}

// The proxy the user chose (or the system's), except for this computer: the local sandbox and any server on a
// loopback address are always reached directly, never through a corporate proxy that would see their traffic.
class LoopbackDirectProxyFactory : public QNetworkProxyFactory
{
public:
    // Nothing: the system's configuration.
    explicit LoopbackDirectProxyFactory(std::optional<QNetworkProxy> manual)
        : m_manual(std::move(manual))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (NetworkRules::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (m_manual)
            return {*m_manual};
        return systemProxyForQuery(query);
    }

private:
    std::optional<QNetworkProxy> m_manual;
};

template <JsonObjectType T>
std::function<void(const RawResponse&)> deliverJson(QObject* context, ApiCallback<T> callback)
{
    return deliverTo<T>(context, std::move(callback), &decodeBody<T>);
}
} // namespace

ApiClient::ApiClient(QObject* parent)
    : ApiClient(new QNetworkAccessManager, parent)
{}

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(std::make_unique<TokenProvider>(this))
{
    m_network->setParent(this);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    // Requests are children: they abort their replies as they go.
    const auto requests = findChildren<ApiRequest*>(Qt::FindDirectChildrenOnly);
    for (ApiRequest* request : requests)
        request->abandon();
}

void ApiClient::setEndpoint(const ApiEndpoint& endpoint)
{
    const bool credentialsChanged = endpoint.baseUrl != m_endpoint.baseUrl || endpoint.clientId != m_endpoint.clientId
                                    || endpoint.clientSecret != m_endpoint.clientSecret;
    m_endpoint = endpoint;
    if (credentialsChanged)
        m_tokens->reset();
}

void ApiClient::setProxy(const ProxySettings& proxy)
{
    m_proxy = proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        m_network->setProxyFactory(new LoopbackDirectProxyFactory(std::nullopt));
        break;
    case ProxySettings::Mode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); // also drops any proxy factory
        break;
    case ProxySettings::Mode::Manual:
        m_network->setProxyFactory(new LoopbackDirectProxyFactory(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port, proxy.user, proxy.password)));
        break;
    }
}

QNetworkProxy ApiClient::proxyFor(const QUrl& url) const
{
    if (QNetworkProxyFactory* factory = m_network->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        return proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    return m_network->proxy();
}

void ApiClient::noteServerDate(qint64 serverDateMs, qint64 localMs)
{
    // Date has whole seconds: the server's clock was somewhere in [date, date + 1 s) when it answered.
    m_serverOffsetMs = serverDateMs + 500 - localMs;
}

qint64 ApiClient::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_serverOffsetMs.value_or(0);
}

void ApiClient::resetAuthentication()
{
    m_tokens->reset();
}

QString ApiClient::userName() const
{
    return m_tokens->userName();
}

bool ApiClient::http2Allowed()
{
    static const bool allowed = NetworkRules::http2Allowed(QString::fromLatin1(qVersion()));
    return allowed;
}

QString ApiClient::checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid server address.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return tr("“%1” must start with https://.").arg(url.toDisplayString());
    const QString host = url.host();
    if (host == u"localhost" || QHostAddress(host).isLoopback())
        return {};
    return tr("“%1” uses plain http; only https is allowed for servers other than this computer.")
        .arg(url.toDisplayString());
}

void ApiClient::noteReachability(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit serverReachabilityChanged(reachable);
}

void ApiClient::start(ApiRequest* request)
{
    request->start();
}

void ApiClient::requestToken(QObject* context, ApiCallback<AccessToken> callback)
{
    // The explicit sign-in check: forget the token and any refusal, so the credentials are really tried.
    m_tokens->reset();
    m_tokens->withToken(context, [this, context = QPointer<QObject>(context),
                                  callback = std::move(callback)](const QString& token, const ApiError& error) {
        if (!context)
            return;
        ApiResult<AccessToken> result;
        result.error = error;
        if (!error.isError()) {
            AccessToken value;
            value.accessToken = token;
            value.userName = m_tokens->userName();
            result.value = value;
        }
        callback(result);
    });
}

void ApiClient::createCase(const CreateCaseRequest& request, QObject* context, ApiCallback<CreateCaseResponse> callback)
{
    ApiRequest::Spec spec;
    spec.verb = "POST";
    spec.path = u"/support/v2/tickets"_s;
    spec.body = compact(request.toJson());
    spec.contentType = "application/json";
    spec.label = u"create"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::getCase(const QString& caseOrOrderNumber, QObject* context, ApiCallback<Case> callback)
{
    ApiRequest::Spec spec;
    spec.path = u"/support/v2/tickets/"_s + segment(caseOrOrderNumber);
    spec.idempotent = true;
    spec.label = u"get"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::addNote(const QString& caseNumber, const NoteRequest& request, QObject* context,
                        ApiCallback<CaseUpdateResponse> callback)
{
    ApiRequest::Spec spec;
    spec.verb = "POST";
    spec.path = u"/support/v1/tickets/"_s + segment(caseNumber) + u"/notes"_s;
    spec.body = compact(request.toJson());
    spec.contentType = "application/json";
    spec.label = u"note"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::cancelCase(const QString& caseOrOrderNumber, const CancelRequest& request, QObject* context,
                           ApiCallback<CaseUpdateResponse> callback)
{
    ApiRequest::Spec spec;
    spec.verb = "POST";
    spec.path = u"/support/v2/tickets/"_s + segment(caseOrOrderNumber) + u"/cancel"_s;
    spec.body = compact(request.toJson());
    spec.contentType = "application/json";
    spec.label = u"cancel"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::searchOrders(const OrderHistoryQuery& query, QObject* context, ApiCallback<OrderHistoryPage> callback)
{
    ApiRequest::Spec spec;
    spec.verb = "POST"; // a search: POST by the API's design, but it changes nothing, so it may be retried
    spec.path = u"/v1/retrieve-orders"_s;
    spec.body = compact(query.toJson());
    spec.contentType = "application/json";
    spec.idempotent = true;
    spec.label = u"search"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::attachmentInfo(const QString& attachmentId, QObject* context, ApiCallback<AttachmentInfo> callback)
{
    ApiRequest::Spec spec;
    spec.path = u"/v1/attachments/"_s + segment(attachmentId);
    spec.idempotent = true;
    spec.label = u"attachment-info"_s;
    start(new ApiRequest(this, spec, deliverJson(context, std::move(callback))));
}

void ApiClient::deleteAttachment(const QString& attachmentId, QObject* context, ApiCallback<bool> callback)
{
    ApiRequest::Spec spec;
    spec.verb = "DELETE";
    spec.path = u"/v1/attachments/"_s + segment(attachmentId);
    spec.label = u"attachment-delete"_s;
    start(new ApiRequest(this, spec, deliverTo<bool>(context, std::move(callback), [](const RawResponse&, ApiError*) {
                             return std::optional<bool>(true);
                         })));
}

Transfer* ApiClient::uploadAttachment(const QString& filePath, QObject* context, ApiCallback<AttachmentInfo> callback)
{
    auto* transfer = new Transfer(QFileInfo(filePath).fileName(), this);
    ApiRequest::Spec spec;
    spec.verb = "POST";
    spec.path = u"/v1/attachments/file"_s;
    spec.uploadFile = filePath;
    spec.label = u"upload"_s;
    auto done = deliverJson(context, std::move(callback));
    auto* request = new ApiRequest(this, spec, [transfer, done = std::move(done)](const RawResponse& response) {
        done(response);
        transfer->deleteLater();
    });
    request->setTransfer(transfer);
    start(request);
    return transfer;
}

Transfer* ApiClient::downloadAttachment(const QString& caseId, const QString& attachmentId,
                                        const QString& destinationPath, qint64 maxBytes, QObject* context,
                                        ApiCallback<QString> callback)
{
    auto* transfer = new Transfer(QFileInfo(destinationPath).fileName(), this);
    ApiRequest::Spec spec;
    spec.path = u"/support/v2/tickets/attachment/download/"_s + segment(caseId) + u'/' + segment(attachmentId);
    spec.downloadPath = destinationPath;
    spec.maxDownloadBytes = maxBytes;
    spec.idempotent = true;
    spec.label = u"download"_s;
    auto done = deliverTo<QString>(context, std::move(callback), [destinationPath](const RawResponse&, ApiError*) {
        return std::optional<QString>(destinationPath);
    });
    auto* request = new ApiRequest(this, spec, [transfer, done = std::move(done)](const RawResponse& response) {
        done(response);
        transfer->deleteLater();
    });
    request->setTransfer(transfer);
    start(request);
    return transfer;
}

} // namespace CaseDesk

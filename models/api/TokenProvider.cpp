#include "models/api/TokenProvider.h"

#include "models/api/ApiClient.h"
#include "models/api/ApiRequest.h"
#include "models/core/Logging.h"
#include "models/domain/AccessToken.h"
#include "models/domain/TokenRequest.h"

#include <QJsonDocument>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The provider words a locked account in its error text, not in a status of its own.
bool looksLocked(const ApiError& error)
{
    const QString text = error.errorCode + u' ' + error.message + u' ' + error.technicalDetails;
    return text.contains(u"lock", Qt::CaseInsensitive);
}
} // namespace

TokenProvider::TokenProvider(ApiClient* client)
    : m_client(client)
{}

bool TokenProvider::hasUsableToken() const
{
    return !m_token.isEmpty() && !m_renewAt.hasExpired();
}

void TokenProvider::withToken(QObject* context, Waiter waiter)
{
    if (hasUsableToken()) {
        waiter(m_token, {});
        return;
    }
    if (m_refusal.isError()) {
        // Answer later, never from inside the caller's own call.
        QMetaObject::invokeMethod(
            this,
            [context = QPointer<QObject>(context), waiter = std::move(waiter), error = m_refusal] {
                if (context)
                    waiter({}, error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(waiter)});
    if (!m_requesting)
        requestToken();
}

void TokenProvider::invalidate(const QString& token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcAuth) << "token refused by the server; asking for a new one";
        m_token.clear();
    }
}

void TokenProvider::reset()
{
    ++m_generation;
    m_token.clear();
    m_userName.clear();
    m_refusal = {};
}

void TokenProvider::requestToken()
{
    const ApiEndpoint endpoint = m_client->endpoint();
    TokenRequest body;
    body.clientId = endpoint.clientId;
    body.clientSecret = endpoint.clientSecret;

    ApiRequest::Spec spec;
    spec.verb = "POST";
    spec.path = u"/oauth2/v1/token"_s;
    spec.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.authenticated = false;
    spec.idempotent = true;
    spec.followRedirects = false; // the client secret goes to the token endpoint and nowhere else
    spec.label = u"token"_s;

    m_requesting = true;
    const int generation = m_generation;
    auto* request = new ApiRequest(m_client, spec, [this, generation](const RawResponse& response) {
        m_requesting = false;
        if (generation != m_generation) {
            // Credentials changed while this request ran: its answer belongs to the old ones.
            if (!m_waiters.isEmpty())
                requestToken();
            return;
        }
        ApiError error = response.error;
        std::optional<AccessToken> token;
        if (!error.isError()) {
            const auto decoded = decodeJson<AccessToken>(response.body);
            if (!decoded.ok()) {
                error = ApiError::badPayload(describeDecodeErrors(decoded.errors));
            } else {
                const std::optional<qint64> lifetime = decoded.value->lifetimeSecs();
                const qint64 seconds = lifetime.value_or(0);
                if (!lifetime)
                    error = ApiError::badPayload(
                        ApiError::tr("token_timeout is not a number of seconds: %1").arg(decoded.value->tokenTimeout));
                else
                    token = decoded.value;
                if (token) {
                    // Renew a little before the end; for very short tokens (tests), at 90% of their life.
                    const qint64 margin = qMin<qint64>(m_client->endpoint().tokenRefreshMarginSecs, seconds / 10);
                    m_renewAt = QDeadlineTimer((seconds - margin) * 1000);
                }
            }
        }
        if (token) {
            m_token = token->accessToken;
            m_userName = token->userName.value_or(m_client->endpoint().clientId);
            qCInfo(lcAuth) << "signed in as" << m_userName;
            emit m_client->signedIn(m_userName);
            deliver(m_token, {});
            return;
        }
        if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::Unauthorized
            || error.kind == ApiError::Kind::Forbidden) {
            error.kind = looksLocked(error) ? ApiError::Kind::AccountLocked : ApiError::Kind::Unauthorized;
            error.fieldErrors.clear();
            m_refusal = error;
            qCWarning(lcAuth) << "the token endpoint refused the credentials:" << error.errorCode;
            emit m_client->authenticationFailed(error);
        }
        deliver({}, error);
    });
    m_client->start(request);
}

void TokenProvider::deliver(const QString& token, const ApiError& error)
{
    const QList<Pending> waiters = std::exchange(m_waiters, {});
    for (const Pending& pending : waiters) {
        if (pending.context)
            pending.waiter(token, error);
    }
}

} // namespace CaseDesk

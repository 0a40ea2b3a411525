#include "models/api/ApiRequest.h"

#include "models/api/ApiClient.h"
#include "models/api/OneShotBody.h"
#include "models/api/TokenProvider.h"
#include "models/core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 413:
        return ApiError::Kind::TooLarge;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Validation; // other 4xx: the request itself was not acceptable
}

// Multipart body for the Attachments API, streamed from the file (never read whole into memory).
QHttpMultiPart* multipartFor(const QString& path, QString* problem)
{
    auto* file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *problem = file->errorString();
        delete file;
        return nullptr;
    }
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    QString name = QFileInfo(path).fileName();
    name.replace(u'"', u'_');
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QString(u"form-data; name=\"uploadFile\"; filename=\"" + name + u'"'));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QMimeDatabase().mimeTypeForFile(path).name());
    part.setBodyDevice(file);
    file->setParent(multipart);
    multipart->append(part);
    return multipart;
}
} // namespace

ApiRequest::ApiRequest(ApiClient* client, Spec spec, std::function<void(const RawResponse&)> done)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
{}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::setTransfer(Transfer* transfer)
{
    m_transfer = transfer;
    connect(transfer, &Transfer::cancelRequested, this, [this] {
        m_cancelled = true;
        if (m_reply)
            m_reply->abort();
        else
            finish({0, {}, ApiError::make(ApiError::Kind::Cancelled)});
    });
}

void ApiRequest::abandon()
{
    m_done = nullptr;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        deleteLater();
}

void ApiRequest::start()
{
    if (m_finished)
        return;
    m_clock.start();
    // No server yet (an environment nobody has signed in to) is not an insecure one.
    const QUrl baseUrl = m_client->endpoint().baseUrl;
    const QString problem = baseUrl.isEmpty() ? QString() : ApiClient::checkBaseUrl(baseUrl);
    if (baseUrl.isEmpty() || !problem.isEmpty()) {
        const ApiError::Kind kind = baseUrl.isEmpty() ? ApiError::Kind::SignInRequired : ApiError::Kind::InsecureUrl;
        // Answer asynchronously: a caller is never called back from inside its own call.
        QTimer::singleShot(0, this, [this, kind, problem] { finish({0, {}, ApiError::make(kind, problem)}); });
        return;
    }
    if (!m_spec.authenticated) {
        send({});
        return;
    }
    m_client->m_tokens->withToken(this, [this](const QString& token, const ApiError& error) {
        if (error.isError())
            return finish({0, {}, error});
        send(token);
    });
}

void ApiRequest::send(const QString& token)
{
    if (m_cancelled)
        return finish({0, {}, ApiError::make(ApiError::Kind::Cancelled)});
    const ApiEndpoint endpoint = m_client->endpoint();
    QUrl url = endpoint.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + m_spec.path);
    if (!m_spec.query.isEmpty())
        url.setQuery(m_spec.query);

    QNetworkRequest request(url);
    request.setTransferTimeout(endpoint.transferTimeoutMs);
    request.setRawHeader("Accept", m_spec.downloadPath.isEmpty() ? "application/json" : "*/*");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_tokenUsed = token;
    m_sslErrors.clear();

    QNetworkAccessManager* network = m_client->network();
    if (!m_spec.uploadFile.isEmpty()) {
        QString problem;
        QHttpMultiPart* multipart = multipartFor(m_spec.uploadFile, &problem);
        if (!multipart)
            return finish({0, {}, ApiError::make(ApiError::Kind::Local, problem)});
        m_reply = network->post(request, multipart);
        multipart->setParent(m_reply);
    } else if (!m_spec.idempotent && !m_spec.body.isEmpty()) {
        // A write: its body goes out once; see OneShotBody for why.
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_spec.body);
        m_reply = network->sendCustomRequest(request, m_spec.verb, body);
        body->setParent(m_reply);
    } else {
        if (!m_spec.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
        m_reply = network->sendCustomRequest(request, m_spec.verb, m_spec.body);
    }
    if (!m_spec.downloadPath.isEmpty()) {
        m_download = std::make_unique<QSaveFile>(m_spec.downloadPath);
        if (!m_download->open(QIODevice::WriteOnly)) {
            const QString problem = m_download->errorString();
            m_reply->abort();
            return finish({0, {}, ApiError::make(ApiError::Kind::Local, problem)});
        }
        m_reply->setReadBufferSize(256 * 1024);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    }
    if (m_transfer) {
        auto progress = [this](qint64 done, qint64 total) {
            if (m_transfer)
                m_transfer->setProgress(done, total);
        };
        connect(m_reply, &QNetworkReply::uploadProgress, this, progress);
        connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message; never ignored.
        for (const QSslError& error : errors)
            m_sslErrors << error.errorString();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || !m_download)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body: read whole in onFinished, never into the file
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(64 * 1024);
        if (m_download->write(chunk) != chunk.size()) {
            m_download->cancelWriting();
            m_reply->abort();
            return;
        }
    }
}

ApiError ApiRequest::classify(QNetworkReply* reply, int httpStatus, const QByteArray& body) const
{
    if (m_cancelled)
        return ApiError::make(ApiError::Kind::Cancelled);
    if (httpStatus >= 200 && httpStatus < 300 && reply->error() == QNetworkReply::NoError)
        return {};
    if (httpStatus >= 300) {
        ApiError error = ApiError::make(kindForStatus(httpStatus));
        error.httpStatus = httpStatus;
        ApiError::readServerBody(body, &error);
        return error;
    }
    ApiError error;
    error.technicalDetails = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ContentReSendError: // the connection broke after the body went out (OneShotBody)
        error.kind = ApiError::Kind::Offline;
        error.technicalDetails = ApiError::tr("The connection closed before the server answered; the request "
                                              "may have reached the server.");
        break;
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::Tls;
        if (!m_sslErrors.isEmpty())
            error.technicalDetails = m_sslErrors.join(u"; ");
        break;
    default:
        error.kind = m_sslErrors.isEmpty() ? ApiError::Kind::Offline : ApiError::Kind::Tls;
        if (!m_sslErrors.isEmpty())
            error.technicalDetails = m_sslErrors.join(u"; ");
        break;
    }
    return error;
}

void ApiRequest::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    QByteArray body;
    if (m_download && success)
        onReadyRead();
    else
        body = reply->readAll();

    RawResponse response{status, body, classify(reply, status, body)};
    qCInfo(lcApi).noquote() << m_spec.label << m_spec.verb << m_spec.path << "->" << status << response.error.kind
                            << m_clock.elapsed() << "ms";
    if (status > 0)
        m_client->noteReachability(true);
    else if (response.error.kind == ApiError::Kind::Offline || response.error.kind == ApiError::Kind::Timeout)
        m_client->noteReachability(false);

    if (status == 401 && m_spec.authenticated && !m_reauthenticated && !m_cancelled) {
        // The token may have expired early or been revoked: one new token, one more try.
        m_reauthenticated = true;
        m_client->m_tokens->invalidate(m_tokenUsed);
        m_download.reset();
        start();
        return;
    }
    if (shouldRetry(response.error)) {
        m_download.reset();
        retryLater();
        return;
    }
    if (m_download) {
        if (!response.error.isError() && !m_download->commit())
            response.error = ApiError::make(ApiError::Kind::Local, m_download->errorString());
        if (response.error.isError())
            m_download->cancelWriting();
        m_download.reset();
    }
    finish(response);
}

bool ApiRequest::shouldRetry(const ApiError& error) const
{
    return m_spec.idempotent && !m_cancelled && error.isTransient() && m_attempt < m_client->endpoint().maxReadRetries;
}

void ApiRequest::retryLater()
{
    const int base = m_client->endpoint().retryBaseDelayMs;
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    const int delay = int(base * (1 << qMin(m_attempt, 10)) * jitter);
    ++m_attempt;
    qCInfo(lcApi) << m_spec.label << "retry" << m_attempt << "in" << delay << "ms";
    QTimer::singleShot(delay, this, [this] {
        if (m_cancelled)
            return finish({0, {}, ApiError::make(ApiError::Kind::Cancelled)});
        start(); // a fresh token if the old one ran out meanwhile
    });
}

void ApiRequest::finish(const RawResponse& response)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(response);
    deleteLater();
}

} // namespace CaseDesk

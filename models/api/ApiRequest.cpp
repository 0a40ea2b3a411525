#include "models/api/ApiRequest.h"

#include "models/api/ApiClient.h"
#include "models/api/HttpHeaders.h"
#include "models/api/OneShotBody.h"
#include "models/api/TokenProvider.h"
#include "models/core/Logging.h"

#include <QDateTime>
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
            finish(RawResponse{0, {}, ApiError::make(ApiError::Kind::Cancelled), {}});
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
        QTimer::singleShot(0, this, [this, kind, problem] {
            finish(RawResponse{0, {}, ApiError::make(kind, problem), {}});
        });
        return;
    }
    if (!m_spec.authenticated) {
        send({});
        return;
    }
    m_client->m_tokens->withToken(this, [this](const QString& token, const ApiError& error) {
        if (error.isError())
            return finish(RawResponse{0, {}, error, {}});
        send(token);
    });
}

void ApiRequest::send(const QString& token)
{
    if (m_cancelled)
        return finish(RawResponse{0, {}, ApiError::make(ApiError::Kind::Cancelled), {}});
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
            return finish(RawResponse{0, {}, ApiError::make(ApiError::Kind::Local, problem), {}});
        m_reply = network->post(request, multipart);
        multipart->setParent(m_reply);
    } else if (!m_spec.idempotent) {
        // A write: its body goes out once; see OneShotBody for why. A DELETE has none, but Qt would resend it
        // just the same on a connection closed without an answer: an empty one-shot body stops that too.
        if (!m_spec.contentType.isEmpty())
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
            return finish(RawResponse{0, {}, ApiError::make(ApiError::Kind::Local, problem), {}});
        }
        m_reply->setReadBufferSize(256 * 1024);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    }
    m_bytesSent = 0;
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) { m_bytesSent = sent; });
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

ApiError::Delivery ApiRequest::delivery(QNetworkReply* reply, int httpStatus) const
{
    using Delivery = ApiError::Delivery;
    if (m_cancelled)
        return Delivery::Cancelled;
    if (httpStatus > 0)
        return Delivery::Answered;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Delivery::NotConnected;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return Delivery::TlsFailed;
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Delivery::TimedOut;
    case QNetworkReply::ContentReSendError: // the connection broke after the body went out (OneShotBody)
        return Delivery::ResetAfterSending;
    default:
        break;
    }
    if (!m_sslErrors.isEmpty())
        return Delivery::TlsFailed;
    // A request with a body is carried out only once the body has arrived: none of it sent, nothing done.
    // Without a body (GET, DELETE) the request line itself may have been enough.
    const bool hasBody = !m_spec.body.isEmpty() || !m_spec.uploadFile.isEmpty();
    return hasBody && m_bytesSent == 0 ? Delivery::ResetBeforeSending : Delivery::ResetAfterSending;
}

ApiError ApiRequest::classify(QNetworkReply* reply, int httpStatus, const QByteArray& body) const
{
    const ApiError::Delivery how = delivery(reply, httpStatus);
    // A 2xx whose body was cut short (the connection closed early) is an answer we cannot trust.
    const bool complete = reply->error() == QNetworkReply::NoError || httpStatus >= 300;
    ApiError error = ApiError::forAnswer(httpStatus, how, complete);
    if (!error.isError())
        return error;
    if (how == ApiError::Delivery::Answered && httpStatus >= 300) {
        ApiError::readServerBody(body, &error);
        error.retryAfterMs =
            HttpHeaders::retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
        return error;
    }
    error.technicalDetails = reply->errorString();
    switch (how) {
    case ApiError::Delivery::ResetAfterSending:
        error.technicalDetails = ApiError::tr("The connection closed before the server answered; the request "
                                              "may have reached the server.");
        break;
    case ApiError::Delivery::TlsFailed:
        if (!m_sslErrors.isEmpty())
            error.technicalDetails = m_sslErrors.join(u"; ");
        break;
    default:
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

    RawResponse response{status, body, classify(reply, status, body), {}};
    if (status > 0)
        response.serverDateMs = HttpHeaders::parseDate(reply->rawHeader("Date"));
    qCInfo(lcApi).noquote() << m_spec.label << m_spec.verb << m_spec.path << "->" << status << response.error.kind
                            << m_clock.elapsed() << "ms";
    if (status > 0) {
        m_client->noteReachability(true);
        if (response.serverDateMs)
            m_client->noteServerDate(*response.serverDateMs, QDateTime::currentMSecsSinceEpoch());
    } else if (response.error.kind == ApiError::Kind::Offline || response.error.kind == ApiError::Kind::Timeout)
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
        retryLater(response.error.retryAfterMs);
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

void ApiRequest::retryLater(int notBeforeMs)
{
    const int base = m_client->endpoint().retryBaseDelayMs;
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    const int delay = qMax(notBeforeMs, int(base * (1 << qMin(m_attempt, 10)) * jitter));
    ++m_attempt;
    qCInfo(lcApi) << m_spec.label << "retry" << m_attempt << "in" << delay << "ms";
    QTimer::singleShot(delay, this, [this] {
        if (m_cancelled)
            return finish(RawResponse{0, {}, ApiError::make(ApiError::Kind::Cancelled), {}});
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

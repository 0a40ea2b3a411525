#include "models/api/ApiRequest.h"

#include "models/api/ApiClient.h"
#include "models/api/HttpHeaders.h"
#include "models/api/NetworkRules.h"
#include "models/api/OneShotBody.h"
#include "models/api/TokenProvider.h"
#include "models/core/Backoff.h"
#include "models/core/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

#include <limits>

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

constexpr int kMaxRedirects = 5;

bool isRedirect(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307 || httpStatus == 308;
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
    m_target.clear(); // a retry starts again where the call was meant to go
    m_redirects = 0;
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
    QUrl url = m_target;
    if (url.isEmpty()) {
        url = endpoint.baseUrl;
        url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + m_spec.path);
        if (!m_spec.query.isEmpty())
            url.setQuery(m_spec.query);
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(endpoint.transferTimeoutMs);
    request.setRawHeader("Accept", m_spec.downloadPath.isEmpty() ? "application/json" : "*/*");
    // Qt would carry every header, Authorization included, to wherever a redirect points: redirects are
    // decided here, in onFinished(), instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, ApiClient::http2Allowed());
    // The token goes only to the server it was issued by, never to where a download was handed on to.
    if (!token.isEmpty() && NetworkRules::sameOrigin(url, endpoint.baseUrl))
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_tokenUsed = token;
    m_sslErrors.clear();
    m_stopped.reset();
    m_written = 0;

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
    } else if (m_spec.verb == "GET" && m_spec.body.isEmpty()) {
        // get(), not sendCustomRequest(): a custom verb wraps the empty body in a QBuffer, which makes Qt start
        // the request one event-loop turn later and set up an upload device for nothing. That late start
        // also lost the read buffer limit below (Qt 6.4 hands it to the network thread only once the
        // request has started), so a download was read from the socket as fast as it came: megabytes held.
        m_reply = network->get(request);
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
        // Bounds what the network thread reads ahead of the file (Qt 6.4 applies it only to a request that has
        // already started, as a get() has: see above).
        m_reply->setReadBufferSize(256 * 1024);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    }
    // Sizes are checked as the answer streams in, never once it is all in memory.
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiRequest::checkSize);
    m_bytesSent = 0;
    m_requestSent = false;
    // Only a request with a body needs to know how much of it left (see delivery()); a GET spares the
    // connections (each costs, and bench_apiclient sends a thousand).
    if (!m_spec.body.isEmpty() || !m_spec.uploadFile.isEmpty()) {
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) { m_bytesSent = sent; });
        // Upload progress alone is not proof: a small body can leave with the headers before any progress is
        // reported. requestSent (Qt 6.3) says the whole request was written to the connection.
        connect(m_reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    }
    if (m_transfer) {
        auto progress = [this](qint64 done, qint64 total) {
            if (m_transfer)
                m_transfer->setProgress(done, total);
        };
        connect(m_reply, &QNetworkReply::uploadProgress, this, progress);
        connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
    }
    if (url.scheme() == u"https") {
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
            // Recorded for the message; never ignored.
            for (const QSslError& error : errors)
                m_sslErrors << error.errorString();
        });
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
}

void ApiRequest::onReadyRead()
{
    if (m_reply)
        drain(m_reply);
}

void ApiRequest::drain(QNetworkReply* reply)
{
    if (!m_download || m_stopped)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body: read whole in onFinished, never into the file
    const qint64 cap = sizeCap(reply);
    while (reply->bytesAvailable() > 0) {
        if (m_written + reply->bytesAvailable() > cap)
            return stop(tooLarge(-1, cap), reply); // also when the last bytes are read after the answer finished
        const QByteArray chunk = reply->read(64 * 1024);
        if (m_download->write(chunk) != chunk.size()) {
            m_download->cancelWriting();
            reply->abort();
            return;
        }
        m_written += chunk.size();
    }
}

qint64 ApiRequest::sizeCap(QNetworkReply* reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool intoFile = m_download && status >= 200 && status < 300;
    return intoFile && m_spec.maxDownloadBytes > 0 ? m_spec.maxDownloadBytes : ApiClient::MaxJsonAnswerBytes;
}

void ApiRequest::checkSize(qint64 received, qint64 announced)
{
    if (!m_reply || m_stopped)
        return;
    const qint64 cap = sizeCap(m_reply);
    if (received > cap || announced > cap)
        stop(tooLarge(announced, cap), m_reply);
}

ApiError ApiRequest::tooLarge(qint64 announced, qint64 cap)
{
    const QLocale locale;
    const QString limit = locale.formattedDataSize(cap);
    return ApiError::make(ApiError::Kind::AnswerTooLarge,
                          announced > cap
                              ? ApiError::tr("the server announced %1, more than the %2 CaseDesk accepts here")
                                    .arg(locale.formattedDataSize(announced), limit)
                              : ApiError::tr("it grew past the %1 CaseDesk accepts here").arg(limit));
}

void ApiRequest::stop(const ApiError& reason, QNetworkReply* reply)
{
    m_stopped = reason;
    m_stopped->httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCWarning(lcApi) << m_spec.label << "answer stopped:" << reason.technicalDetails;
    if (m_download)
        m_download->cancelWriting(); // the partial file is never kept
    reply->abort();                  // nothing more is read; when it has already finished, this does nothing
}

ApiError ApiRequest::followRedirect(int httpStatus, const QUrl& from, const QUrl& to)
{
    auto refuse = [&](const QString& reason) {
        ApiError error = ApiError::make(ApiError::Kind::RedirectRefused, reason);
        error.httpStatus = httpStatus;
        qCWarning(lcApi) << m_spec.label << "redirect refused:" << reason;
        return error;
    };
    if (!m_spec.followRedirects)
        return refuse(u"the %1 request follows no redirect (to \"%2\")"_s.arg(m_spec.label, to.toDisplayString()));
    if (++m_redirects > kMaxRedirects)
        return refuse(u"more than %1 redirects"_s.arg(kMaxRedirects));
    // 301, 302 and 303 turn a request into a GET: for anything but a GET that would be a different call.
    if (httpStatus != 307 && httpStatus != 308 && m_spec.verb != "GET")
        return refuse(u"the server answered a %1 with HTTP %2 to \"%3\""_s.arg(
            QString::fromLatin1(m_spec.verb), QString::number(httpStatus), to.toDisplayString()));
    const NetworkRules::RedirectDecision decision =
        NetworkRules::decideRedirect(from, to, !m_spec.downloadPath.isEmpty());
    if (decision.action == NetworkRules::Redirect::Refuse)
        return refuse(decision.reason);
    qCInfo(lcApi) << m_spec.label << "redirected to" << to.toDisplayString()
                  << (decision.action == NetworkRules::Redirect::Follow ? "" : "without credentials");
    m_target = to;
    m_download.reset();
    send(m_tokenUsed);
    return {};
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
    return hasBody && m_bytesSent == 0 && !m_requestSent ? Delivery::ResetBeforeSending : Delivery::ResetAfterSending;
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
        drain(reply);
    else if (!m_stopped)
        body = reply->readAll();

    RawResponse response{status, body, m_stopped ? *m_stopped : classify(reply, status, body), {}};
    if (!m_stopped && !m_cancelled && isRedirect(status)) {
        const QUrl to = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        if (reply->hasRawHeader("Location")) {
            response.error = followRedirect(status, reply->url(), to);
            if (!response.error.isError())
                return; // a new attempt is under way
            response.body.clear();
        }
    }
    if (status > 0)
        response.serverDateMs = HttpHeaders::parseDate(reply->rawHeader("Date"));
    qCInfo(lcApi).noquote() << m_spec.label << m_spec.verb << m_spec.path << "->" << status << response.error.kind
                            << m_clock.elapsed() << "ms";
    // The server's own words, quoted: a newline or an escape sequence in them cannot start a log line of its own.
    if (status > 0 && response.error.isError()
        && !(response.error.errorCode.isEmpty() && response.error.message.isEmpty()
             && response.error.technicalDetails.isEmpty()))
        qCInfo(lcApi).quote() << m_spec.label << "server said:" << response.error.errorCode << response.error.message
                              << response.error.technicalDetails.left(300);
    if (status > 0) {
        m_client->noteReachability(true);
        if (response.serverDateMs)
            m_client->noteServerDate(*response.serverDateMs, QDateTime::currentMSecsSinceEpoch());
    } else if (response.error.kind == ApiError::Kind::Offline || response.error.kind == ApiError::Kind::Timeout)
        m_client->noteReachability(false);

    if (status == 401 && m_spec.authenticated && !m_reauthenticated && !m_cancelled && !m_stopped) {
        // The token may have expired early or been revoked: one new token, one more try.
        m_reauthenticated = true;
        m_client->m_tokens->invalidate(m_tokenUsed);
        m_download.reset();
        start();
        return;
    }
    if (!m_stopped && shouldRetry(response.error)) {
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
    // The base delay doubled with each retry, at most 1024 times over, each pause 50 % either way.
    const qint64 base = m_client->endpoint().retryBaseDelayMs;
    const Backoff backoff(base, qMin<qint64>(base * 1024, std::numeric_limits<int>::max()), 0.5);
    const int delay = qMax(notBeforeMs, int(backoff.delayMs(m_attempt + 1)));
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

#include "tests/support/FakeNetwork.h"

#include <QTimer>

namespace CaseDesk
{

namespace
{
// What QNetworkReplyHttpImpl sets for an HTTP error status (Qt 6.4's statusCodeFromHttp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    if (status >= 400)
        return QNetworkReply::UnknownContentError;
    return QNetworkReply::NoError;
}

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest& request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return {};
}
} // namespace

FakeNetwork::FakeNetwork(QObject* parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

void FakeNetwork::enqueue(const QString& path, const Answer& answer)
{
    m_queues[path].enqueue(answer);
}

void FakeNetwork::setStandingAnswer(const QString& path, const Answer& answer)
{
    m_standing.insert(path, answer);
}

QList<FakeNetwork::Sent> FakeNetwork::sentTo(const QString& path) const
{
    QList<Sent> matching;
    for (const Sent& sent : m_sent) {
        if (sent.url.path() == path)
            matching.append(sent);
    }
    return matching;
}

QNetworkReply* FakeNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    Sent sent;
    sent.verb = verbOf(op, request);
    sent.url = request.url();
    sent.request = request;
    if (outgoingData)
        sent.body = outgoingData->readAll();
    sent.atMs = nowMs();
    const int index = int(m_sent.size());
    m_sent.append(sent);

    const QString path = request.url().path();
    Answer answer;
    if (QQueue<Answer>& queue = m_queues[path]; !queue.isEmpty()) {
        answer = queue.dequeue();
    } else if (m_standing.contains(path)) {
        answer = m_standing.value(path);
    } else {
        ++m_unexpected;
        qWarning("FakeNetwork: nothing scripted for %s %s", sent.verb.constData(), qPrintable(path));
        answer.status = 0;
        answer.error = QNetworkReply::ContentNotFoundError;
    }
    return new FakeReply(this, index, op, request, answer, sent.body.size());
}

void FakeNetwork::noteEnded(int index, QNetworkReply::NetworkError error)
{
    m_sent[index].endedAtMs = nowMs();
    m_sent[index].endedWith = error;
}

FakeReply::FakeReply(FakeNetwork* network, int index, QNetworkAccessManager::Operation op,
                     const QNetworkRequest& request, const FakeNetwork::Answer& answer, qint64 bodySize)
    : QNetworkReply(network)
    , m_network(network)
    , m_index(index)
    , m_answer(answer)
    , m_bodySize(bodySize)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    if (!answer.never)
        QTimer::singleShot(answer.delayMs, this, &FakeReply::play);
    // Qt's HTTP reply aborts when nothing has arrived for the transfer timeout.
    if (const int timeout = request.transferTimeout(); timeout > 0 && (answer.never || answer.delayMs >= timeout))
        QTimer::singleShot(timeout, this, [this] {
            if (!m_done)
                abort();
        });
}

void FakeReply::play()
{
    if (m_done)
        return;
    const bool connected = m_answer.status > 0;
    if (connected || m_answer.sentBeforeError) {
        // The request went out whole before the server answered (or the connection broke).
        emit uploadProgress(m_bodySize, m_bodySize);
        emit requestSent();
    }
    if (connected) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto& [name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        m_buffer = m_answer.body;
        emit metaDataChanged();
        emit downloadProgress(m_buffer.size(), m_buffer.size());
        if (m_done) // a size check may have stopped it
            return;
        if (!m_buffer.isEmpty())
            emit readyRead();
        if (m_done)
            return;
    }
    QNetworkReply::NetworkError error = m_answer.error;
    if (error == QNetworkReply::NoError)
        error = errorForStatus(m_answer.status);
    end(error, error == QNetworkReply::NoError ? QString() : QStringLiteral("scripted error %1").arg(int(error)));
}

void FakeReply::abort()
{
    if (m_done)
        return;
    end(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void FakeReply::end(QNetworkReply::NetworkError error, const QString& text)
{
    m_done = true;
    if (error != QNetworkReply::NoError)
        setError(error, text);
    setFinished(true);
    if (m_network)
        m_network->noteEnded(m_index, error);
    if (error != QNetworkReply::NoError)
        emit errorOccurred(error);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_position + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_buffer.size()) - m_position);
    if (count <= 0)
        return 0;
    memcpy(data, m_buffer.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

} // namespace CaseDesk

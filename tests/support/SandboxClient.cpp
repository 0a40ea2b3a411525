#include "tests/support/SandboxClient.h"

#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace
{

QJsonObject firstError(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? document.array().first().toObject() : QJsonObject();
}

} // namespace

QString HttpReply::errorCode() const
{
    return firstError(body).value(u"errorCode"_s).toString();
}

QString HttpReply::property() const
{
    return firstError(body).value(u"additionalInfo"_s)[u"property"_s].toString();
}

QString HttpReply::describe() const
{
    return u"HTTP %1 (network error %2): %3"_s.arg(status).arg(int(error)).arg(QString::fromUtf8(body.left(600)));
}

SandboxClient::SandboxClient(const QUrl& baseUrl)
    : m_baseUrl(baseUrl)
{}

HttpReply SandboxClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers,
                              int timeoutMs)
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!contentType.isEmpty() && !body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpReply SandboxClient::requestToken(const QString& clientId, const QString& secret)
{
    const QJsonObject body{
        {u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, clientId}, {u"client_secret"_s, secret}};
    const QByteArray saved = m_token;
    m_token.clear();
    HttpReply reply = postJson(u"/oauth2/v1/token"_s, body);
    m_token = saved;
    return reply;
}

bool SandboxClient::signIn(const QString& clientId, const QString& secret)
{
    const HttpReply reply = requestToken(clientId.isEmpty() ? SandboxProcess::builtInClientId() : clientId,
                                         clientId.isEmpty() ? SandboxProcess::builtInClientSecret() : secret);
    m_token = reply.object().value(u"access_token"_s).toString().toUtf8();
    return reply.status == 200 && !m_token.isEmpty();
}

HttpReply SandboxClient::upload(const QString& fileName, const QByteArray& data, const QString& purpose)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QVariant(u"form-data; name=\"uploadFile\"; filename=\"%1\""_s.arg(fileName)));
    part.setBody(data);
    multipart->append(part);
    QUrl url = m_baseUrl;
    url.setPath(u"/v1/attachments/file"_s);
    if (!purpose.isEmpty())
        url.setQuery(u"purpose="_s + purpose);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply* reply = m_network.post(request, multipart);
    multipart->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    if (!reply->isFinished() && !finished.wait(60000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QString SandboxClient::createCase(const QJsonObject& request, HttpReply* reply)
{
    const HttpReply answer = postJson(u"/support/v2/tickets"_s, request);
    if (reply)
        *reply = answer;
    return answer.status == 200 ? answer.object().value(u"id"_s).toString() : QString();
}

QJsonObject SandboxClient::caseRequest(const QString& code, const QString& customerReference)
{
    QJsonObject request{
        {u"code"_s, code},
        {u"description"_s, u"Cabinet lost power on the B feed."_s},
        {u"primaryId"_s, u"AM5:01:001234"_s},
        {u"secondaryId"_s, u"0104"_s},
        {u"occurredDateTime"_s, u"2024-05-22T19:23:51Z"_s},
        {u"contacts"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"TECHNICAL"_s},
                                {u"firstName"_s, u"Ana"_s},
                                {u"lastName"_s, u"Okafor"_s},
                                {u"details"_s,
                                 QJsonArray{QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"ana@example.com"_s}}}}},
                    QJsonObject{{u"type"_s, u"NOTIFICATION"_s}, {u"registeredUsers"_s, QJsonArray{u"jdoe"_s}}}}},
    };
    if (!customerReference.isEmpty())
        request.insert(u"customerReferenceId"_s, customerReference);
    if (code.startsWith(u"0302"_s) || code.startsWith(u"0305"_s) || code.startsWith(u"0306"_s)) {
        request.insert(u"details"_s,
                       QJsonObject{{u"documents"_s, QJsonObject{{u"transactionIds"_s, QJsonArray{u"1234567890"_s}},
                                                                {u"type"_s, u"DETAILED"_s},
                                                                {u"formats"_s, QJsonArray{u"XLS"_s, u"PDF"_s}}}}});
    }
    return request;
}

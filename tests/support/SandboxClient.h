#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// One HTTP answer as a test sees it. status 0: no HTTP answer at all (see error).
struct HttpReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    // The case API's error array: the first entry's errorCode and additionalInfo.property.
    QString errorCode() const;
    QString property() const;
    QString describe() const; // for failure messages
};

/*
 * A small HTTP client for the sandbox over real loopback HTTP (QNetworkAccessManager), for tests.
 * Waits with QSignalSpy::wait, never sleeps.
 *
 *     SandboxClient client(sandbox.baseUrl());
 *     QVERIFY(client.signIn());
 *     const HttpReply reply = client.postJson(u"/support/v2/tickets"_s, request);
 */
class SandboxClient
{
public:
    explicit SandboxClient(const QUrl& baseUrl);

    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QByteArray& contentType = "application/json",
                   const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 30000);
    HttpReply get(const QString& path) { return send("GET", path); }
    HttpReply postJson(const QString& path, const QJsonObject& body) { return send("POST", path, toJson(body)); }

    HttpReply requestToken(const QString& clientId, const QString& secret);
    // Gets a token (built-in client unless given) and sends it with every later request.
    bool signIn(const QString& clientId = {}, const QString& secret = {});
    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpReply upload(const QString& fileName, const QByteArray& data, const QString& purpose = {});
    // Creates a case and returns its id (order number or case number), empty on failure.
    QString createCase(const QJsonObject& request, HttpReply* reply = nullptr);
    // A valid create request for `code`; details are added for the detail codes.
    static QJsonObject caseRequest(const QString& code, const QString& customerReference = {});

    static QByteArray toJson(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};

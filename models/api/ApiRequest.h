#pragma once

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QSaveFile;
QT_END_NAMESPACE

namespace CaseDesk
{

class ApiClient;
class Transfer;

// What came back for one request, before it is decoded into a type.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error;
    std::optional<qint64> serverDateMs; // the answer's Date header: the server's clock
};

/*
 * One logical API call and its attempts (ApiClient internals, not for other layers).
 *
 * It asks the TokenProvider for a token, sends, and on the answer: retries a read after a transient failure
 * (backoff with jitter), asks once for a new token after a 401 and sends again, streams uploads from and
 * downloads to disk, and finally hands a RawResponse to `done` exactly once, then deletes itself.
 */
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QByteArray verb = "GET";
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        bool authenticated = true;
        bool idempotent = false;     // reads: retried on transient failures
        bool followRedirects = true; // to the same origin (a download: anywhere, without credentials)
        QString uploadFile;          // multipart upload of this file as field uploadFile
        QString downloadPath;        // stream the answer body to this file
        qint64 maxDownloadBytes = 0; // a download larger than this is stopped while it streams
        QString label;               // for the log: the operation name
    };

    ApiRequest(ApiClient* client, Spec spec, std::function<void(const RawResponse&)> done);
    ~ApiRequest() override;

    void setTransfer(Transfer* transfer);
    // Stops the call without calling back (its owner is gone).
    void abandon();
    void start();

private:
    void send(const QString& token);
    void onFinished();
    void onReadyRead();
    void drain(QNetworkReply* reply);
    void checkSize(qint64 received, qint64 announced);
    qint64 sizeCap(QNetworkReply* reply) const;
    static ApiError tooLarge(qint64 announced, qint64 cap);
    void stop(const ApiError& reason, QNetworkReply* reply);
    // Empty when the redirect is followed (a new attempt is under way); the refusal otherwise.
    ApiError followRedirect(int httpStatus, const QUrl& from, const QUrl& to);
    void finish(const RawResponse& response);
    bool shouldRetry(const ApiError& error) const;
    void retryLater(int notBeforeMs);
    ApiError::Delivery delivery(QNetworkReply* reply, int httpStatus) const;
    ApiError classify(QNetworkReply* reply, int httpStatus, const QByteArray& body) const;

    ApiClient* m_client;
    Spec m_spec;
    std::function<void(const RawResponse&)> m_done;
    QPointer<QNetworkReply> m_reply;
    QUrl m_target; // where a followed redirect sent this call; empty: the endpoint's own path
    int m_redirects = 0;
    std::optional<ApiError> m_stopped; // why this client stopped the answer (too large, a refused redirect)
    qint64 m_written = 0;
    QPointer<Transfer> m_transfer;
    std::unique_ptr<QSaveFile> m_download;
    QString m_tokenUsed;
    QStringList m_sslErrors;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    qint64 m_bytesSent = 0;
    bool m_requestSent = false;
    bool m_reauthenticated = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
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
        bool idempotent = false; // reads: retried on transient failures
        QString uploadFile;      // multipart upload of this file as field uploadFile
        QString downloadPath;    // stream the answer body to this file
        QString label;           // for the log: the operation name
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
    void finish(const RawResponse& response);
    bool shouldRetry(const ApiError& error) const;
    void retryLater(int notBeforeMs);
    ApiError::Delivery delivery(QNetworkReply* reply, int httpStatus) const;
    ApiError classify(QNetworkReply* reply, int httpStatus, const QByteArray& body) const;

    ApiClient* m_client;
    Spec m_spec;
    std::function<void(const RawResponse&)> m_done;
    QPointer<QNetworkReply> m_reply;
    QPointer<Transfer> m_transfer;
    std::unique_ptr<QSaveFile> m_download;
    QString m_tokenUsed;
    QStringList m_sslErrors;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    qint64 m_bytesSent = 0;
    bool m_reauthenticated = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace CaseDesk

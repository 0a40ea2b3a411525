#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QUrl>

namespace CaseDesk
{

/*
 * A QNetworkAccessManager that never touches the network: each request takes the next answer scripted for its
 * path and gets a FakeReply that plays it (status, headers, body, error, after a delay, or never). Every request
 * is recorded with its time on the fake's own clock, so a test reads pauses from timestamps, not from sleeps.
 *
 *     auto* network = new FakeNetwork;                   // ApiClient takes it over
 *     ApiClient client(network);
 *     network->enqueue(u"/support/v2/tickets/1"_s, FakeNetwork::Answer::http(503));
 *     network->enqueue(u"/support/v2/tickets/1"_s, FakeNetwork::Answer::http(200, caseJson));
 *     ... network->sentTo(u"/support/v2/tickets/1"_s).size() == 2 ...
 *
 * Like Qt's own HTTP replies it applies the request's transfer timeout: an answer that has not come when the
 * timeout runs out is aborted with OperationCanceledError. A request with nothing scripted for it fails with
 * ContentNotFoundError and is counted in unexpected().
 */
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200; // 0: no HTTP answer at all (set `error`)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // NoError: what Qt sets for `status`
        int delayMs = 0;
        bool never = false;          // no answer ever: only the transfer timeout or an abort ends it
        bool sentBeforeError = true; // status 0: the request went out before `error` (false: refused at once)

        static Answer http(int status, const QByteArray& body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
        {
            Answer answer;
            answer.status = status;
            answer.body = body;
            answer.headers = std::move(headers);
            return answer;
        }
        // No HTTP answer: the connection failed with `error`, after the request went out or before.
        static Answer failure(QNetworkReply::NetworkError error, bool sentBeforeError)
        {
            Answer answer;
            answer.status = 0;
            answer.error = error;
            answer.sentBeforeError = sentBeforeError;
            return answer;
        }
        static Answer silence()
        {
            Answer answer;
            answer.never = true;
            return answer;
        }
    };

    struct Sent
    {
        QByteArray verb;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;
        qint64 atMs = 0;       // on the fake's clock
        qint64 endedAtMs = -1; // when its reply finished (answered, timed out or aborted)
        QNetworkReply::NetworkError endedWith = QNetworkReply::NoError;
    };

    explicit FakeNetwork(QObject* parent = nullptr);

    // Answers the next request to `path` (the URL's path) with `answer`, after those queued before it.
    void enqueue(const QString& path, const Answer& answer);
    // Answers every request to `path` whose queue is empty (a token endpoint that always says yes).
    void setStandingAnswer(const QString& path, const Answer& answer);

    QList<Sent> sent() const { return m_sent; }
    QList<Sent> sentTo(const QString& path) const;
    int unexpected() const { return m_unexpected; }
    qint64 nowMs() const { return m_clock.elapsed(); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    friend class FakeReply;
    void noteEnded(int index, QNetworkReply::NetworkError error);

    QHash<QString, QQueue<Answer>> m_queues;
    QHash<QString, Answer> m_standing;
    QList<Sent> m_sent;
    QElapsedTimer m_clock;
    int m_unexpected = 0;
};

// One scripted answer, played like a QNetworkReplyHttpImpl would: metadata, progress, body, finished.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetwork* network, int index, QNetworkAccessManager::Operation op, const QNetworkRequest& request,
              const FakeNetwork::Answer& answer, qint64 bodySize);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void play();
    void end(QNetworkReply::NetworkError error, const QString& text);

    QPointer<FakeNetwork> m_network;
    int m_index;
    FakeNetwork::Answer m_answer;
    qint64 m_bodySize;
    QByteArray m_buffer;
    qint64 m_position = 0;
    bool m_done = false;
};

} // namespace CaseDesk

#pragma once

#include "models/api/ApiError.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace CaseDesk
{

class ApiClient;

/*
 * Holds the client-credentials token for ApiClient (internal).
 *
 * withToken() hands out the current token, or asks the token endpoint for one; calls that arrive while a token
 * request runs wait for that same request. A token is renewed shortly before it expires. After the endpoint
 * refuses the credentials, no further automatic attempt is made until they change (reset()): the provider locks
 * an account after 5 failed attempts, and background refreshes must not be what locks it.
 */
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Waiter = std::function<void(const QString& token, const ApiError& error)>;

    explicit TokenProvider(ApiClient* client);

    void withToken(QObject* context, Waiter waiter);
    // Drops `token` if it is still the current one (a 401 said it is no longer good).
    void invalidate(const QString& token);
    void reset();
    QString userName() const { return m_userName; }

private:
    void requestToken();
    void deliver(const QString& token, const ApiError& error);
    bool hasUsableToken() const;

    struct Pending
    {
        QPointer<QObject> context;
        Waiter waiter;
    };

    ApiClient* m_client;
    QString m_token;
    QString m_userName;
    QDeadlineTimer m_renewAt;
    QList<Pending> m_waiters;
    bool m_requesting = false;
    ApiError m_refusal; // set after the endpoint refused the credentials
    int m_generation = 0;
};

} // namespace CaseDesk

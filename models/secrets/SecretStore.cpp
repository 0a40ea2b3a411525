#include "models/secrets/SecretStore.h"

#include "models/core/Logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore() = default;

void SecretStore::later(std::function<void()> work)
{
    // Answers from the event loop, never from inside the caller's own call, as the keychain jobs do.
    QTimer::singleShot(0, this, std::move(work));
}

QString SecretStore::defaultService()
{
    return u"CaseDesk"_s;
}

QString SecretStore::entryKey(const QString& scope, const QString& account)
{
    return scope + u'/' + account;
}

void SecretStore::markUnavailable(int error, const QString& details)
{
    if (!m_unavailableReason.isEmpty())
        return;
    const QString why = details.isEmpty() ? tr("error %1").arg(error) : details;
    m_unavailableReason =
        error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied
            ? tr("The system keychain refused access (%1); the secret is kept until CaseDesk "
                 "quits.")
                  .arg(why)
            : tr("No system keychain is available (%1); the secret is kept until CaseDesk quits.").arg(why);
    qCWarning(lcAuth) << "keychain unavailable, keeping secrets in memory for this run:" << error << details;
    emit keychainUnavailable(m_unavailableReason);
}

void SecretStore::read(const QString& scope, const QString& account, QObject* context, ReadCallback callback)
{
    const QString key = entryKey(scope, account);
    const QPointer<QObject> guard(context);
    if (!isKeychainAvailable()) {
        std::optional<QString> secret;
        if (m_memory.contains(key))
            secret = m_memory.value(key);
        later([guard, callback = std::move(callback), secret] {
            if (guard)
                callback(secret);
        });
        return;
    }
    // Jobs have no parent: QtKeychain finishes them even if this store goes first, and they delete themselves.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, guard, callback = std::move(callback)](QKeychain::Job* finished) {
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                std::optional<QString> secret;
                switch (readJob->error()) {
                case QKeychain::NoError:
                    secret = readJob->textData();
                    break;
                case QKeychain::EntryNotFound:
                    break;
                default:
                    markUnavailable(readJob->error(), readJob->errorString());
                    if (m_memory.contains(key))
                        secret = m_memory.value(key);
                    break;
                }
                if (guard)
                    callback(secret);
            });
    job->start();
}

void SecretStore::write(const QString& scope, const QString& account, const QString& secret, QObject* context,
                        WriteCallback callback)
{
    const QString key = entryKey(scope, account);
    const QPointer<QObject> guard(context);
    const bool hasCallback = bool(callback);
    if (!isKeychainAvailable()) {
        m_memory.insert(key, secret);
        if (hasCallback) {
            later([guard, callback = std::move(callback)] {
                if (guard)
                    callback(false);
            });
        }
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, secret, guard, hasCallback, callback = std::move(callback)](QKeychain::Job* finished) {
                const bool stored = finished->error() == QKeychain::NoError;
                if (!stored) {
                    markUnavailable(finished->error(), finished->errorString());
                    m_memory.insert(key, secret);
                }
                if (hasCallback && guard)
                    callback(stored);
            });
    job->start();
}

void SecretStore::remove(const QString& scope, const QString& account, QObject* context, std::function<void()> callback)
{
    const QString key = entryKey(scope, account);
    const QPointer<QObject> guard(context);
    const bool hasCallback = bool(callback);
    m_memory.remove(key);
    if (!isKeychainAvailable()) {
        if (hasCallback) {
            later([guard, callback = std::move(callback)] {
                if (guard)
                    callback();
            });
        }
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [guard, hasCallback, callback = std::move(callback)](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
                    qCWarning(lcAuth) << "the keychain could not delete a secret:" << finished->errorString();
                if (hasCallback && guard)
                    callback();
            });
    job->start();
}

} // namespace CaseDesk
